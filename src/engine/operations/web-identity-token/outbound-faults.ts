import { faults, type StsFault } from '../../errors/faults.ts'
import { modeledFault } from '../caller-side/modeled-fault.ts'

/**
 * GetWebIdentityToken's errors with AWS's texts. Codes and statuses of the modeled ones come from
 * the model. Messages captured against AWS in radkawar/stackd testdata/aws/iam/outbound_identity.json,
 * except JWTPayloadSizeExceededException, whose wire message is unrecorded: it uses the API
 * Reference's description of the error.
 */
export const outboundFaults = {
  /** Case original_algorithm_RS384 (also ES256, HS256, rs256): checked before anything else but the model. */
  unsupportedAlgorithm: (): StsFault => faults.validationError('Requested SigningAlgorithm is not supported. See the GetWebIdentityToken documentation for supported algorithms'),
  /** Case original_default (403). */
  disabled: (): StsFault => modeledFault('OutboundWebIdentityFederationDisabledException', 'OutboundWebIdentityFederation is disabled.'),
  /** Case role_exceeds_remaining_duration (403). */
  escalation: (): StsFault => modeledFault('SessionDurationEscalationException', "Requested token expiry time must be before the original session's expiry time."),
  /** API Reference, GetWebIdentityToken, Errors: JWTPayloadSizeExceeded (400). */
  payloadTooLarge: (): StsFault =>
    modeledFault(
      'JWTPayloadSizeExceededException',
      'The requested token payload size exceeds the maximum allowed size. Reduce the number of request tags included in the GetWebIdentityToken API call to reduce the token payload size.',
    ),
  /** Case federation_token_caller (403). */
  federatedUser: (): StsFault => faults.accessDenied('GetWebIdentityToken does not support federated user sessions'),
}
