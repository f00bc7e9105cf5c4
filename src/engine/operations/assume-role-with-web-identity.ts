/**
 * AssumeRoleWithWebIdentity for OpenID Connect ID tokens: unsigned (the token is the proof of
 * identity; the engine skips SigV4 for it, fact 71), verified against the IAM OIDC provider of the
 * role's account with that provider's keys, authorized by the role's trust policy alone.
 *
 * Order of checks (sts-facts §2.5, §4.3, §6.9; the order among the token checks is inferred — no
 * recording has a token that fails two of them):
 * 1. model validation (RoleSessionName 2..64, WebIdentityToken 4..20000, Policy ≤ 2048,
 *    DurationSeconds 900..43200, ProviderId 4..2048);
 * 2. RoleArn shape ("<RoleArn> is invalid", as AssumeRole); ProviderId (OAuth 2.0 access tokens
 *    of Login with Amazon / Facebook) is not simulated; PolicyArns are not simulated (as AssumeRole);
 *    the session policy document (MalformedPolicyDocument); STS active in the region for the role's account;
 * 3. the token is a JWT with an `iss` (else "The ID Token provided is not a valid JWT. …");
 * 4. `iss` is the URL of an IAM OIDC provider in the role's account ("No OpenIDConnect provider
 *    found in your account for <iss>", fact 66);
 * 5. `aud` (or `azp`) is one of the provider's client ids ("Incorrect token audience", fact 67);
 * 6. STS can fetch the provider's keys (the world's `keysUnreachable` says it cannot), and the
 *    signature verifies with the provider's JWKS, RS256/384/512 or ES256/384/512 only: both fail
 *    with InvalidIdentityToken "Couldn't retrieve verification key …" (oidc/verify-signature.ts
 *    says why unreachable keys get this answer and not IDPCommunicationError);
 * 7. `exp` (with IAM's five-minute leeway): ExpiredTokenException "Token expired: current date/time
 *    <now> must be before the expiration date/time <exp>" (fact 68); `nbf`/`iat` sane; `sub` present;
 * 8. session tags from the `https://aws.amazon.com/tags` claim and the source identity from
 *    `https://aws.amazon.com/source_identity` follow the session-tag and source-identity rules;
 * 9. the trust policy allows sts:AssumeRoleWithWebIdentity for Federated = the provider's ARN, with
 *    `<host/path>:aud`, `<host/path>:sub` and (when the token has one) `<host/path>:amr`, plus
 *    sts:TagSession / sts:SetSourceIdentity when the token passes tags / a source identity; a
 *    missing role gets the same answer (fact 69);
 * 10. DurationSeconds against the role's MaxSessionDuration; packed size; credentials.
 *
 * The result, in the order AWS sends it (a raw capture of sts.amazonaws.com answering an Identity
 * Platform token, 2020, and EKS IRSA fixtures copied from real answers all agree): Audience,
 * AssumedRoleUser, Provider, Credentials, SubjectFromWebIdentityToken; then PackedPolicySize and
 * SourceIdentity, whose places are unrecorded. Provider is the OIDC provider's ARN
 * (`arn:aws:iam::<account>:oidc-provider/<host/path>`), as every recorded answer for an IAM OIDC
 * provider shows, not the bare `iss` the model's documentation suggests (fact 70).
 *
 * Simplified: tokens from the built-in providers that need no IAM provider (Google, Cognito,
 * Facebook, Login with Amazon) and OAuth 2.0 access tokens (ProviderId) are not simulated, and
 * with them IDPCommunicationError and IDPRejectedClaim (the answers of an OAuth 2.0 provider STS asks
 * to check a token); the provider's JWKS comes from the world instead of being fetched, so
 * thumbprint checks never happen.
 */
import { faults } from '../errors/faults.ts'
import { element, type XmlElement } from '../xml/xml-writer.ts'
import { findRole, roleArnShapeFault } from './assume/role-arn.ts'
import { sessionPolicyFault } from './assume/session-policy.ts'
import { assumeActions } from './assume/authorize-assume.ts'
import { authorizeFederated, logTrustDecisions } from './federation/authorize-federated.ts'
import { federatedTagFault, isValidSourceIdentity, tagRequestKeys } from './federation/federated-tags.ts'
import { DEFAULT_DURATION, issueFederatedSession, packedSize, roleDurationFault } from './federation/federated-session.ts'
import { federationFaults, modelText, SOURCE_IDENTITY_MESSAGE } from './federation/federation-faults.ts'
import { decodeWebIdentityToken, NOT_A_JWT } from './federation/oidc/decode-token.ts'
import { findOidcProvider, oidcProviderArn, oidcProviderHost } from './federation/oidc/oidc-provider.ts'
import { claimTags, EXPIRY_LEEWAY_SECONDS, expiredMessage, INCORRECT_AUDIENCE, isTimestamp, SOURCE_IDENTITY_CLAIM, tokenAmr, tokenAudience } from './federation/oidc/token-claims.ts'
import { VERIFICATION_KEY_MESSAGE, verifyTokenSignature } from './federation/oidc/verify-signature.ts'
import { environmentOf, type OperationHandler } from './operation.ts'
import { validatedInput } from './validated-input.ts'

interface AssumeRoleWithWebIdentityInput {
  RoleArn: string
  RoleSessionName: string
  WebIdentityToken: string
  ProviderId?: string
  PolicyArns?: { arn: string }[]
  Policy?: string
  DurationSeconds?: number
}

const ACTION = 'sts:AssumeRoleWithWebIdentity'

export const assumeRoleWithWebIdentity: OperationHandler = {
  name: 'AssumeRoleWithWebIdentity',
  async run(ctx) {
    const { log, world } = ctx
    const validated = validatedInput<AssumeRoleWithWebIdentityInput>(ctx, 'AssumeRoleWithWebIdentity', 'Required parameters present; lengths, patterns and ranges as the model says.')
    if (!validated.ok) return validated.failure
    const input = validated.input

    const badArn = roleArnShapeFault(input.RoleArn)
    if (badArn) {
      log.fail('web-identity.role-arn', 'RoleArn has the shape of an ARN', 'STS wants arn:partition:service:region:account:resource with a partition, a service and a resource.')
      return { ok: false, fault: badArn }
    }
    if (input.ProviderId !== undefined) {
      log.fail('web-identity.provider-id', 'The token is an OpenID Connect ID token', `ProviderId "${input.ProviderId}" asks STS to check an OAuth 2.0 access token with that provider (Login with Amazon, Facebook): the playground simulates OIDC providers only.`)
      return { ok: false, fault: faults.notSimulated('AssumeRoleWithWebIdentity with OAuth 2.0 access tokens (ProviderId)') }
    }
    if ((input.PolicyArns ?? []).length > 0) return { ok: false, fault: faults.notSimulated('AssumeRoleWithWebIdentity with managed session policies (PolicyArns)') }
    const policyFault = input.Policy === undefined ? undefined : sessionPolicyFault(input.Policy)
    if (policyFault) {
      log.fail('web-identity.session-policy', 'The session policy is a valid policy', policyFault.why)
      return { ok: false, fault: policyFault.fault }
    }

    const role = findRole(world, input.RoleArn)
    const roleAccount = role?.account ?? /^arn:[^:]+:iam::(\d{12}):/.exec(input.RoleArn)?.[1] ?? ''
    const account = world.accounts.find((a) => a.id === roleAccount)
    if (account?.stsDisabledRegions.includes(ctx.region)) {
      log.fail('web-identity.region', 'STS is active in this region for the role’s account', `Account ${account.id} has not activated STS in ${ctx.region}.`)
      return { ok: false, fault: faults.regionDisabled(account.id) }
    }

    // The token: a JWT, from a provider of the role's account, for one of its client ids, signed by it, in date.
    const decoded = decodeWebIdentityToken(input.WebIdentityToken)
    if (!decoded) {
      log.fail('web-identity.token.format', 'The token is a JWT', 'WebIdentityToken is not three base64url parts with a JSON header, a JSON claims set and an iss claim: STS reads it as an OAuth access token or garbage.')
      return { ok: false, fault: federationFaults.invalidIdentityToken(NOT_A_JWT) }
    }
    const { claims, issuer } = decoded
    log.pass('web-identity.token.format', 'The token is a JWT', `Signed with ${String(decoded.header.alg)}${decoded.header.kid !== undefined ? `, key id ${decoded.header.kid}` : ''}; issuer ${issuer}.`)

    const provider = findOidcProvider(world, roleAccount, issuer)
    if (!provider) {
      log.fail('web-identity.token.issuer', 'An IAM OIDC provider of the role’s account is the token’s issuer', `Account ${roleAccount || '(none: RoleArn names no account)'} has no IAM OIDC provider whose URL is exactly ${issuer}.`)
      return { ok: false, fault: federationFaults.invalidIdentityToken(`No OpenIDConnect provider found in your account for ${issuer}`) }
    }
    const providerArn = oidcProviderArn(world, provider)
    log.pass('web-identity.token.issuer', 'An IAM OIDC provider of the role’s account is the token’s issuer', `${providerArn} has the URL ${provider.url}.`)

    const audience = tokenAudience(claims, provider.clientIds)
    if (audience === undefined) {
      log.fail('web-identity.token.audience', 'The token was issued to a client id of the provider', `aud ${JSON.stringify(claims.aud ?? null)} is none of the provider's client ids (${provider.clientIds.join(', ') || 'none'}).`)
      return { ok: false, fault: federationFaults.invalidIdentityToken(INCORRECT_AUDIENCE) }
    }
    log.pass('web-identity.token.audience', 'The token was issued to a client id of the provider', `${audience} is one of the provider's client ids.`)

    if (provider.keysUnreachable === true) {
      log.fail('web-identity.token.keys', 'STS can fetch the provider’s signing keys', `STS could not fetch the keys of ${provider.url} (its /.well-known/openid-configuration and jwks_uri are unreachable: keysUnreachable is set on this provider in the world), so it cannot verify any token of this issuer.`)
      return { ok: false, fault: federationFaults.invalidIdentityToken(VERIFICATION_KEY_MESSAGE) }
    }
    log.pass('web-identity.token.keys', 'STS can fetch the provider’s signing keys', `${provider.url} publishes ${provider.jwks.keys.length} key(s) in its JWKS.`)

    const signature = await verifyTokenSignature(input.WebIdentityToken, provider.jwks)
    if (!signature.ok) {
      log.fail('web-identity.token.signature', 'The provider’s key verifies the token’s signature', signature.why)
      return { ok: false, fault: federationFaults.invalidIdentityToken(VERIFICATION_KEY_MESSAGE) }
    }
    log.pass('web-identity.token.signature', 'The provider’s key verifies the token’s signature', `${signature.alg} signature verified with ${signature.kid !== undefined ? `key ${signature.kid}` : 'the key'} from the provider's JWKS.`)

    const nowSeconds = Math.floor(ctx.nowMs / 1000)
    if (!isTimestamp(claims.exp) || (claims.iat !== undefined && !isTimestamp(claims.iat)) || (claims.nbf !== undefined && !isTimestamp(claims.nbf))) {
      log.fail('web-identity.token.lifetime', 'The token is within its lifetime', 'exp is required, and exp, iat and nbf must be integers (seconds since the epoch).')
      return { ok: false, fault: federationFaults.invalidIdentityToken(modelText.invalidIdentityToken) }
    }
    if (nowSeconds > claims.exp + EXPIRY_LEEWAY_SECONDS) {
      log.fail('web-identity.token.lifetime', 'The token is within its lifetime', `It expired at ${claims.exp}; it is now ${nowSeconds}, past IAM's five-minute leeway.`)
      return { ok: false, fault: federationFaults.expiredToken(expiredMessage(nowSeconds, claims.exp)) }
    }
    const notBefore = Math.max(claims.nbf ?? 0, claims.iat ?? 0)
    if (notBefore > nowSeconds + EXPIRY_LEEWAY_SECONDS) {
      log.fail('web-identity.token.lifetime', 'The token is within its lifetime', `It is not valid before ${notBefore} (nbf/iat); it is now ${nowSeconds}.`)
      return { ok: false, fault: federationFaults.invalidIdentityToken(modelText.invalidIdentityToken) }
    }
    log.pass('web-identity.token.lifetime', 'The token is within its lifetime', `It expires at ${claims.exp} (now ${nowSeconds}; IAM allows five minutes of clock skew).`)

    if (typeof claims.sub !== 'string' || claims.sub === '') {
      log.fail('web-identity.token.subject', 'The token names its subject', 'The sub claim is missing or empty.')
      return { ok: false, fault: federationFaults.invalidIdentityToken(modelText.invalidIdentityToken) }
    }
    const subject = claims.sub

    const tagClaim = claimTags(claims)
    const tagFault = tagClaim.ok ? federatedTagFault(tagClaim.requested) : { fault: federationFaults.invalidIdentityToken(modelText.invalidIdentityToken), why: tagClaim.why }
    if (!tagClaim.ok || tagFault) {
      log.fail('web-identity.token.tags', 'The token’s session tags follow the tag rules', tagFault?.why ?? '')
      return { ok: false, fault: tagFault?.fault ?? federationFaults.invalidIdentityToken(modelText.invalidIdentityToken) }
    }
    const requested = tagClaim.requested
    const sourceIdentity = claims[SOURCE_IDENTITY_CLAIM]
    if (sourceIdentity !== undefined && (typeof sourceIdentity !== 'string' || !isValidSourceIdentity(sourceIdentity))) {
      log.fail('web-identity.token.source-identity', 'The token’s source identity is valid', `${JSON.stringify(sourceIdentity)} is not 2 to 64 of letters, digits and + = , . @ _ -, or starts with aws:.`)
      return { ok: false, fault: federationFaults.invalidIdentityToken(SOURCE_IDENTITY_MESSAGE) }
    }
    log.pass(
      'web-identity.token.claims',
      'The token names its subject; its session tags and source identity are valid',
      `sub ${subject}; ${requested.tags.length} session tag(s)${requested.transitiveTagKeys.length > 0 ? `, transitive: ${requested.transitiveTagKeys.join(', ')}` : ''}${sourceIdentity !== undefined ? `; source identity ${sourceIdentity}` : ''}.`,
    )

    // Trust: the provider is the principal; its condition keys are prefixed with the provider's host/path.
    const host = oidcProviderHost(provider)
    const amr = tokenAmr(claims)
    const requestKeys: Record<string, string | string[]> = {
      [`${host}:aud`]: audience,
      [`${host}:sub`]: subject,
      ...(amr !== undefined ? { [`${host}:amr`]: amr } : {}),
      'sts:RoleSessionName': input.RoleSessionName,
      ...tagRequestKeys(requested),
      ...(sourceIdentity !== undefined ? { 'sts:SourceIdentity': sourceIdentity } : {}),
    }
    const actions = assumeActions(ACTION, requested, sourceIdentity)
    const authorization = authorizeFederated(world, role, input.RoleArn, { type: 'WebIdentity', providerArn, providerAccount: provider.account }, actions, requestKeys, environmentOf(ctx))
    logTrustDecisions(log, 'web-identity', authorization, {
      exists: role !== undefined,
      arn: input.RoleArn,
      allowedWhy: `The role's trust policy allows Federated ${providerArn} with ${host}:aud = ${audience} and ${host}:sub = ${subject}.`,
    })
    if (authorization.deniedAction) return { ok: false, fault: federationFaults.notAuthorized(ACTION) }
    if (!role) throw new Error('an allowed AssumeRoleWithWebIdentity names a role')

    const durationFault = roleDurationFault(log, 'web-identity', role, input.DurationSeconds)
    if (durationFault) return { ok: false, fault: durationFault }
    const packed = packedSize(log, 'web-identity', input.Policy, requested.tags)
    if (!packed.ok) return packed

    const { assumedRoleUser, credentials } = issueFederatedSession(ctx, {
      issuedBy: 'AssumeRoleWithWebIdentity',
      role,
      sessionName: input.RoleSessionName,
      durationSeconds: input.DurationSeconds ?? DEFAULT_DURATION,
      ...(input.Policy !== undefined ? { policy: input.Policy } : {}),
      requested,
      ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
      providerKeys: requestKeys,
    })
    const result: XmlElement[] = [element('Audience', audience), assumedRoleUser, element('Provider', providerArn), credentials, element('SubjectFromWebIdentityToken', subject)]
    if (packed.packed !== undefined) result.push(element('PackedPolicySize', String(packed.packed)))
    if (sourceIdentity !== undefined) result.push(element('SourceIdentity', sourceIdentity))
    return { ok: true, result }
  },
}
