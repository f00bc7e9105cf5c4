import { faults, type StsFault } from '../../errors/faults.ts'
import { modeledFault } from '../caller-side/modeled-fault.ts'

/**
 * The errors of the two federation operations. Codes and statuses come from the model
 * (InvalidIdentityToken 400, ExpiredTokenException 400, spec/sts-service-2.json); the texts are AWS's where a
 * source recorded them (cited where used). Where no source recorded AWS's text, the operations use
 * the model's own description of the error (`modelText`), as GetWebIdentityToken does for
 * JWTPayloadSizeExceededException, so no wording is invented.
 */
export const federationFaults = {
  invalidIdentityToken: (message: string): StsFault => modeledFault('InvalidIdentityTokenException', message),
  expiredToken: (message: string): StsFault => modeledFault('ExpiredTokenException', message),
  /** IAM User Guide: Troubleshoot SAML federation with IAM; aws/aws-sdk-js-v3#6225: the trust policy, a missing role, a missing TagSession/SetSourceIdentity. */
  notAuthorized: (action: string): StsFault => faults.accessDenied(`Not authorized to perform ${action}`),
} as const

/**
 * An invalid source identity from the IdP: InvalidIdentityToken with this text (IAM User Guide,
 * "Troubleshoot SAML federation with IAM"; recorded for SAML, assumed the same for the OIDC claim).
 */
export const SOURCE_IDENTITY_MESSAGE = 'Source Identity must match [a-zA-Z_0-9+=,.@-]{2,64} and not begin with "aws:"'

/** The STS model's descriptions of the two token errors (sts-service-2.json, InvalidIdentityTokenException and ExpiredTokenException). */
export const modelText = {
  invalidIdentityToken: 'The web identity token that was passed could not be validated by Amazon Web Services. Get a new identity token from the identity provider and then retry the request.',
  expiredToken: 'The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.',
} as const
