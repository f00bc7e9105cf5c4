import type { StsFault } from '../../errors/faults.ts'
import { sessionTagFault, type RequestedTags } from '../assume/session-tags.ts'
import { federationFaults, modelText } from './federation-faults.ts'

/** The session-tag limits of the model's Tag shape and of AssumeRole's Tags list (spec/sts-service-2.json; IAM User Guide: Tagging IAM resources). */
const KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u
const VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u
const MAX_TAGS = 50

/**
 * Session tags an identity provider passes (SAML `PrincipalTag:*` attributes and `TransitiveTagKeys`,
 * the OIDC `https://aws.amazon.com/tags` claim) follow the same rules as AssumeRole's Tags: at most
 * 50, keys 1..128 and values 0..256 of letters, digits, spaces and `_ . : / = + - @`, no `aws:`
 * keys, keys unique regardless of case, transitive keys among the tags (IAM User Guide, "Passing
 * session tags in AWS STS", "Tagging rules"; the model's Tag shape, spec/sts-service-2.json).
 *
 * The case-insensitive duplicate and transitive-key rules answer with AssumeRole's recorded
 * InvalidParameterValue texts (facts 42–44); that STS words them the same when the tags come from
 * an IdP is unverified. For the shape rules no AWS text is recorded for these operations: they
 * answer InvalidIdentityToken with the model's description of that error, and the trace says which
 * rule failed.
 */
export function federatedTagFault(requested: RequestedTags): { fault: StsFault; why: string } | undefined {
  if (requested.tags.length > MAX_TAGS) return { fault: federationFaults.invalidIdentityToken(modelText.invalidIdentityToken), why: `${requested.tags.length} session tags: at most ${MAX_TAGS} are allowed.` }
  for (const { Key, Value } of requested.tags) {
    if (!KEY.test(Key)) return { fault: federationFaults.invalidIdentityToken(modelText.invalidIdentityToken), why: `Tag key "${Key}" is not 1 to 128 letters, digits, spaces or _ . : / = + - @.` }
    if (Key.toLowerCase().startsWith('aws:')) return { fault: federationFaults.invalidIdentityToken(modelText.invalidIdentityToken), why: `Tag key "${Key}" uses the reserved prefix aws:.` }
    if (!VALUE.test(Value)) return { fault: federationFaults.invalidIdentityToken(modelText.invalidIdentityToken), why: `The value of tag "${Key}" is not 0 to 256 letters, digits, spaces or _ . : / = + - @.` }
  }
  if (requested.transitiveTagKeys.length > MAX_TAGS) return { fault: federationFaults.invalidIdentityToken(modelText.invalidIdentityToken), why: `${requested.transitiveTagKeys.length} transitive tag keys: at most ${MAX_TAGS} are allowed.` }
  const ruleFault = sessionTagFault(requested, undefined)
  return ruleFault ? { fault: ruleFault, why: ruleFault.message ?? '' } : undefined
}

/** The condition keys a request with these session tags carries (aws:RequestTag/…, aws:TagKeys, sts:TransitiveTagKeys). */
export function tagRequestKeys(requested: RequestedTags): Record<string, string | string[]> {
  const keys: Record<string, string | string[]> = {}
  if (requested.tags.length > 0) {
    keys['aws:TagKeys'] = requested.tags.map((t) => t.Key)
    for (const tag of requested.tags) keys[`aws:RequestTag/${tag.Key}`] = tag.Value
  }
  if (requested.transitiveTagKeys.length > 0) keys['sts:TransitiveTagKeys'] = requested.transitiveTagKeys
  return keys
}

/** SourceIdentity: 2..64 of `[\w+=,.@-]`, not starting with `aws:` (spec/sts-service-2.json; IAM User Guide: Troubleshoot SAML federation with IAM). */
export function isValidSourceIdentity(value: string): boolean {
  return /^[a-zA-Z_0-9+=,.@-]{2,64}$/.test(value) && !value.toLowerCase().startsWith('aws:')
}
