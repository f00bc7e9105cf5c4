import type { JWTPayload } from 'jose'
import type { StsFault } from '../../../errors/faults.ts'
import type { CheckLog } from '../../../explain/checks.ts'
import type { RequestedTags } from '../../assume/session-tags.ts'
import { federatedTagFault, isValidSourceIdentity } from '../federated-tags.ts'
import { federationFaults, modelText, SOURCE_IDENTITY_MESSAGE } from '../federation-faults.ts'
import { claimTags, EXPIRY_LEEWAY_SECONDS, expiredMessage, isTimestamp, SOURCE_IDENTITY_CLAIM } from './token-claims.ts'

export type ClaimsCheck = { ok: true; subject: string; requested: RequestedTags; sourceIdentity?: string } | { ok: false; fault: StsFault }

/**
 * The checks every verified ID token goes through, whoever issued it (an IAM OIDC provider or
 * Amazon Cognito), after its signature: `exp` (with IAM's five-minute leeway; ExpiredTokenException
 * "Token expired: …", fact 68), sane `nbf`/`iat`, a `sub`, then the session tags of the
 * `https://aws.amazon.com/tags` claim and the source identity of `https://aws.amazon.com/source_identity`.
 */
export function checkIdTokenClaims(log: CheckLog, claims: JWTPayload, nowMs: number): ClaimsCheck {
  const nowSeconds = Math.floor(nowMs / 1000)
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
  return { ok: true, subject, requested, ...(sourceIdentity !== undefined ? { sourceIdentity } : {}) }
}
