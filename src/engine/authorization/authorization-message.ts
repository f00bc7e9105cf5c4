import { callerIdentity, type Principal } from '../identity/principal.ts'
import type { AuthorizationInput, Decision, LayerTrace } from '../policy/authorize.ts'
import type { LayerName } from '../policy/layers.ts'
import type { Policy, Statement } from '../policy/policy-types.ts'
import { openSealedText, sealText } from './sealed-text.ts'

/**
 * Encoded authorization messages: what AWS services (EC2 and others) append to some AccessDenied
 * errors as "Encoded authorization failure message: <opaque>", and what DecodeAuthorizationMessage
 * turns back into JSON (STS API Reference, DecodeAuthorizationMessage).
 *
 * The decoded JSON has AWS's shape, lists wrapped in `{"items": [...]}` as real decoded messages show
 * them (aws/aws-sdk-go#1536, vmware-archive/terraforming-aws#73):
 *
 *     {"allowed":false,"explicitDeny":false,"matchedStatements":{"items":[]},"failures":{"items":[]},
 *      "context":{"principal":{"id":"AIDA…","name":"bob","arn":"arn:aws:iam::…:user/division/bob"},
 *                 "action":"s3:PutObject","resource":"arn:aws:s3:::reports/q1.csv",
 *                 "conditions":{"items":[{"key":"aws:username","values":{"items":[{"value":"bob"}]}}]}}}
 *
 * (The DecodeAuthorizationMessage example in AWS's examples-1.json writes the same fields with
 * string booleans and bare arrays; it is not valid JSON and real messages do not look like it.)
 *
 * The encoding: the UTF-8 JSON behind a version byte, encrypted and authenticated under a key only
 * the engine holds (the session key that also seals session tokens), in a synthetic-IV construction
 * built from HMAC-SHA256 alone: tag = HMAC(macKey, plaintext); keystream block i =
 * HMAC(encKey, tag ‖ i); message = base64url(tag ‖ plaintext ⊕ keystream), without padding. Like
 * AWS's messages it is opaque (the requester must not read it), one long line of `A-Z a-z 0-9 - _`;
 * any altered character, a line break, or a message this engine did not seal fails to decode.
 * Sealing is deterministic: the same decision and request always give the same message.
 */

/** Who made the request, as the message's `context.principal` names them. */
export interface AuthorizationMessagePrincipal {
  /** The unique id: `AIDA…` for an IAM user, `AROA…:<session>` for a role session (GetCallerIdentity's UserId). */
  id: string
  /** The IAM user's name; AWS's example shows it for a user. Omitted when absent. */
  name?: string
  arn: string
}

/** What `encodeAuthorizationMessage` needs: an authorize() decision and what was authorized. */
export interface AuthorizationMessageInput {
  /** The decision authorize() returned for `request`. */
  decision: Decision
  /** The exact input given to authorize(): its `context` (action, resource, condition keys) and the policies whose statements the message quotes. */
  request: AuthorizationInput
  /** The caller, e.g. `authorizationMessagePrincipal(principal)`. */
  principal: AuthorizationMessagePrincipal
  /**
   * The request's condition keys with their names as IAM writes them (`aws:PrincipalArn`), e.g.
   * callerContext().keys plus the request's own keys. Optional: `request.context.keys` holds the
   * names in lower case; the global keys the engine sets get their usual spelling back, others stay lower-case.
   */
  conditionKeys?: Readonly<Record<string, string | readonly string[]>>
}

interface Items<T> {
  items: T[]
}

/** A condition key with its values, as the message lists it. */
export interface AuthorizationMessageCondition {
  key: string
  values: Items<{ value: string }>
}

/** One policy statement that decided the request. */
export interface AuthorizationMessageStatement {
  /** The statement's Sid, or "" when it has none (the playground's choice). */
  statementId: string
  /** Upper case, as decoded AWS messages write it (from memory of real messages; no stored sample had a matched statement). */
  effect: 'ALLOW' | 'DENY'
  /** A resource policy's Principal values; for the caller's own policies (identity, boundary, session, SCP), the caller's id. */
  principals: Items<{ value: string }>
  principalGroups: Items<{ value: string }>
  actions: Items<{ value: string }>
  resources: Items<{ value: string }>
  conditions: Items<AuthorizationMessageCondition>
}

/** The decoded message, in AWS's field order. */
export interface AuthorizationMessage {
  allowed: boolean
  explicitDeny: boolean
  matchedStatements: Items<AuthorizationMessageStatement>
  failures: Items<never>
  context: {
    principal: AuthorizationMessagePrincipal
    action: string
    resource: string
    conditions: Items<AuthorizationMessageCondition>
  }
}

/** The most DecodeAuthorizationMessage accepts (the model's `encodedMessageType`): longer messages cannot be decoded. */
export const ENCODED_MESSAGE_MAX_LENGTH = 10240

/**
 * The message's principal for a caller: GetCallerIdentity's UserId and Arn, and the user name for
 * an IAM user (the only kind AWS's example shows; for other callers `name` is left out (unverified)).
 */
export function authorizationMessagePrincipal(principal: Principal): AuthorizationMessagePrincipal {
  const { userId, arn } = callerIdentity(principal)
  return principal.kind === 'user' ? { id: userId, name: principal.name, arn } : { id: userId, arn }
}

/** The message as a JSON object. */
export function authorizationMessage(input: AuthorizationMessageInput): AuthorizationMessage {
  const { decision, request, principal } = input
  const { context } = request
  return {
    allowed: decision.result === 'Allow',
    explicitDeny: decision.result === 'ExplicitDeny',
    matchedStatements: { items: matchedStatements(input) },
    failures: { items: [] },
    context: {
      principal: principal.name === undefined ? { id: principal.id, arn: principal.arn } : { id: principal.id, name: principal.name, arn: principal.arn },
      action: context.action,
      resource: context.resource,
      conditions: { items: contextConditions(input) },
    },
  }
}

/** The JSON text DecodeAuthorizationMessage returns for this input. */
export function authorizationMessageJson(input: AuthorizationMessageInput): string {
  return JSON.stringify(authorizationMessage(input))
}

/** Seals the message under `key` (the engine's session key): an opaque, tamper-evident base64url string. */
export function encodeAuthorizationMessage(input: AuthorizationMessageInput, key: Uint8Array): string {
  return sealText(authorizationMessageJson(input), key)
}

/**
 * The JSON text inside a message this engine sealed under `key`, or undefined when the message is
 * malformed (a character outside base64url, such as a line break), altered, or sealed elsewhere.
 */
export function decodeAuthorizationMessage(encoded: string, key: Uint8Array): string | undefined {
  const text = openSealedText(encoded, key)
  if (text === undefined) return undefined
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? text : undefined
  } catch {
    return undefined
  }
}

// ---------------------------------------------------------------------------------------------
// The statements that decided
// ---------------------------------------------------------------------------------------------

/**
 * The statements that decided: for an explicit deny, every Deny statement that applied; for an
 * allow, every Allow statement that applied; for an implicit deny, none (real messages for a caller
 * with no permission show an empty list; what AWS lists when some layers allowed and another did
 * not is undocumented).
 */
function matchedStatements(input: AuthorizationMessageInput): AuthorizationMessageStatement[] {
  const { decision, request, principal } = input
  if (decision.result === 'ImplicitDeny') return []
  const effect = decision.result === 'Allow' ? 'Allow' : 'Deny'
  const out: AuthorizationMessageStatement[] = []
  for (const layer of decision.layers) {
    const policies = layerPolicies(request, layer.layer)
    layer.policies.forEach((trace, p) => {
      const policy = policies[p]
      if (!policy) return
      trace.statements.forEach((statementTrace, s) => {
        const statement = policy.statements[s]
        if (!statement || !statementTrace.applies || statementTrace.effect !== effect) return
        out.push(messageStatement(statement, layer, principal))
      })
    })
  }
  return out
}

/** The policies of one layer in the order traceLayers() evaluated them. */
function layerPolicies(request: AuthorizationInput, layer: LayerName): readonly Policy[] {
  switch (layer) {
    case 'scp':
      return (request.scps ?? []).flat()
    case 'rcp':
      return (request.rcps ?? []).flat()
    case 'resource':
      return request.resource ? [request.resource] : []
    case 'identity':
      return request.identity ?? []
    case 'boundary':
      return request.boundary ? [request.boundary] : []
    case 'session':
      return request.session ?? []
  }
}

const values = (list: readonly string[]): Items<{ value: string }> => ({ items: list.map((value) => ({ value })) })

function messageStatement(statement: Statement, layer: LayerTrace, principal: AuthorizationMessagePrincipal): AuthorizationMessageStatement {
  // A resource policy names its principals; every other layer is attached to (or limits) the caller.
  const principals = layer.layer === 'resource' || layer.layer === 'rcp' ? (statement.principal?.values.map((p) => p.value) ?? []) : [principal.id]
  return {
    statementId: statement.sid ?? '',
    effect: statement.effect === 'Allow' ? 'ALLOW' : 'DENY',
    principals: values(principals),
    principalGroups: { items: [] },
    actions: values(statement.action?.patterns ?? []),
    resources: values(statement.resource?.patterns ?? []),
    conditions: { items: statement.conditions.map((c) => ({ key: c.key, values: values(c.values) })) },
  }
}

// ---------------------------------------------------------------------------------------------
// The request's condition keys
// ---------------------------------------------------------------------------------------------

/** The global condition keys the engine sets, spelled as IAM writes them (IAM User Guide, "AWS global condition context keys"). */
const KNOWN_KEYS = [
  'aws:CurrentTime',
  'aws:EpochTime',
  'aws:MultiFactorAuthAge',
  'aws:MultiFactorAuthPresent',
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:PrincipalOrgID',
  'aws:PrincipalType',
  'aws:RequestedRegion',
  'aws:SecureTransport',
  'aws:SourceIdentity',
  'aws:SourceIp',
  'aws:TagKeys',
  'aws:TokenIssueTime',
  'aws:userid',
  'aws:username',
  'sts:ExternalId',
  'sts:RoleSessionName',
  'sts:SourceIdentity',
  'sts:TransitiveTagKeys',
]
const KNOWN_BY_LOWER = new Map(KNOWN_KEYS.map((name) => [name.toLowerCase(), name]))
const TAG_PREFIXES = ['aws:PrincipalTag/', 'aws:RequestTag/', 'aws:ResourceTag/']

/** IAM's spelling of a lower-cased key name where the engine knows it; the name itself otherwise. */
function spelled(lower: string): string {
  const known = KNOWN_BY_LOWER.get(lower)
  if (known) return known
  const prefix = TAG_PREFIXES.find((p) => lower.startsWith(p.toLowerCase()))
  return prefix ? prefix + lower.slice(prefix.length) : lower
}

function contextConditions(input: AuthorizationMessageInput): AuthorizationMessageCondition[] {
  const entries: [string, readonly string[]][] = input.conditionKeys
    ? Object.entries(input.conditionKeys).map(([key, value]) => [key, typeof value === 'string' ? [value] : value])
    : [...input.request.context.keys].map(([key, value]) => [spelled(key), value])
  return entries.filter(([, list]) => list.length > 0).map(([key, list]) => ({ key, values: values(list) }))
}
