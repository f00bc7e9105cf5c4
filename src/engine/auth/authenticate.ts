import { faults, type StsFault } from '../errors/faults.ts'
import type { CheckLog } from '../explain/checks.ts'
import type { Principal } from '../identity/principal.ts'
import type { CredentialResolver } from '../sessions/resolve-credentials.ts'
import type { Session } from '../sessions/session.ts'
import type { Endpoint } from './endpoint.ts'
import type { Hashing } from './hashing.ts'
import { formatAmzDate, parseAmzDate, readSignatureInput, SIGV4_ALGORITHM, type SignatureInput } from './signature-input.ts'
import { sameHex } from './sigv4-crypto.ts'
import { signingWork, type SigningWork } from './signing-work.ts'

/** How far the request time may be from the engine clock, either way (AWS STS API Reference: Common Errors, RequestExpired; AWS SigV4 docs). */
export const ALLOWED_SKEW_MS = 15 * 60 * 1000

export interface SignedRequestParts {
  method: string
  wirePath: string
  rawQuery: string
  /** Lower-case names. */
  headers: ReadonlyMap<string, string>
  body: string
}

export type { SigningWork } from './signing-work.ts'

export type AuthOutcome =
  | { ok: true; principal: Principal; session?: Session; accessKeyId: string; region: string; signing: SigningWork }
  | { ok: false; fault: StsFault; signing?: SigningWork }

function scopeFault(input: SignatureInput, endpoint: Endpoint): StsFault | undefined {
  const { scope, amzDate } = input
  if (scope.date !== amzDate.slice(0, 8)) {
    return faults.signatureDoesNotMatch(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scope.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    )
  }
  if (endpoint.kind !== 'local' && scope.region !== endpoint.region) {
    return faults.signatureDoesNotMatch(`Credential should be scoped to a valid region, not '${scope.region}'.`)
  }
  if (scope.service !== 'sts') return faults.signatureDoesNotMatch(`Credential should be scoped to correct service: 'sts'.`)
  if (scope.terminator !== 'aws4_request') {
    return faults.signatureDoesNotMatch(`Credential should be scoped with a valid terminator: 'aws4_request', not '${scope.terminator}'.`)
  }
  return undefined
}

/** The 15-minute rule. STS ignores X-Amz-Expires on presigned URLs, so it applies to both forms (aws/aws-sdk-go#2167). */
function skewFault(amzDate: string, requestMs: number, nowMs: number): StsFault | undefined {
  if (nowMs - requestMs > ALLOWED_SKEW_MS) {
    return faults.signatureDoesNotMatch(
      `Signature expired: ${amzDate} is now earlier than ${formatAmzDate(nowMs - ALLOWED_SKEW_MS)} (${formatAmzDate(nowMs)} - 15 min.)`,
    )
  }
  if (requestMs - nowMs > ALLOWED_SKEW_MS) {
    return faults.signatureDoesNotMatch(
      `Signature not yet current: ${amzDate} is still later than ${formatAmzDate(nowMs + ALLOWED_SKEW_MS)} (${formatAmzDate(nowMs)} + 15 min.)`,
    )
  }
  return undefined
}

/**
 * Verifies a SigV4-signed request and finds who signed it. The order of checks follows what AWS is
 * observed to do where it is known (a missing or wrong session token beats a bad signature,
 * observed against AWS, justincormack/argmin sts_oracle.rs) and is otherwise this engine's documented choice: shape, scope, clock, key, signature.
 */
export function authenticate(
  request: SignedRequestParts,
  context: { credentials: CredentialResolver; endpoint: Endpoint; nowMs: number; hashing: Hashing },
  log: CheckLog,
): AuthOutcome {
  const read = readSignatureInput(request.headers, request.rawQuery)
  if (read === undefined) {
    log.fail('auth.present', 'Request is signed', 'No Authorization header and no X-Amz-Signature query parameter: the request is anonymous, and this operation needs SigV4.')
    return { ok: false, fault: faults.missingAuthenticationToken() }
  }
  if (!read.ok) {
    log.fail('auth.shape', 'Signature is well-formed', read.fault.message ?? read.fault.code)
    return { ok: false, fault: read.fault }
  }
  const input = read.input
  log.pass(
    'auth.shape',
    'Signature is well-formed',
    `${SIGV4_ALGORITHM} in the ${input.form === 'header' ? 'Authorization header' : 'query string (presigned URL)'}; key ${input.accessKeyId}, scope ${input.scope.date}/${input.scope.region}/${input.scope.service}/${input.scope.terminator}, signed headers ${input.signedHeaders.join(';')}.`,
  )

  const requestMs = parseAmzDate(input.amzDate)
  if (requestMs === undefined) {
    const fault = faults.incompleteSignature(`Date must be in ISO-8601 'basic format'. Got '${input.amzDate}'. See http://en.wikipedia.org/wiki/ISO_8601`)
    log.fail('auth.date', 'Request time is readable', fault.message ?? '')
    return { ok: false, fault }
  }

  const badScope = scopeFault(input, context.endpoint)
  if (badScope) {
    log.fail('auth.scope', 'Credential scope fits this endpoint', badScope.message ?? '')
    return { ok: false, fault: badScope }
  }
  const region = context.endpoint.kind === 'local' ? input.scope.region : context.endpoint.region
  log.pass('auth.scope', 'Credential scope fits this endpoint', `Service sts, region ${region}, date ${input.scope.date}.`)

  const skewed = skewFault(input.amzDate, requestMs, context.nowMs)
  if (skewed) {
    log.fail('auth.clock', 'Request time is within 15 minutes of the STS clock', skewed.message ?? '')
    return { ok: false, fault: skewed }
  }
  log.pass('auth.clock', 'Request time is within 15 minutes of the STS clock', `Signed at ${input.amzDate}; STS clock ${formatAmzDate(context.nowMs)}.`)

  const known = context.credentials.resolve(input.accessKeyId, input.securityToken)
  if (!known.ok) {
    log.fail('auth.key', 'Access key exists and its session token matches', known.detail)
    return { ok: false, fault: faults.invalidClientTokenId() }
  }
  log.pass(
    'auth.key',
    'Access key exists',
    `${input.accessKeyId} belongs to ${describePrincipal(known.principal)}${known.session ? `, temporary credentials issued by ${known.session.issuedBy}` : ''}.`,
  )

  const signing = signingWork(request, input, known.secretAccessKey, context.hashing)
  if (!sameHex(signing.expectedSignature, input.signature.toLowerCase())) {
    log.fail(
      'auth.signature',
      'Signature matches',
      'The signature STS computes with the secret of this key differs from the one sent: the secret is wrong, or the request changed after it was signed.',
    )
    return { ok: false, fault: faults.signatureDoesNotMatch(), signing }
  }
  log.pass('auth.signature', 'Signature matches', 'STS recomputed the signature with the secret of this key and got the same value.')
  if (known.session && context.nowMs >= known.session.expiresAt) {
    log.fail('auth.expiry', 'Temporary credentials have not expired', `They expired at ${new Date(known.session.expiresAt).toISOString()}; the STS clock says ${new Date(context.nowMs).toISOString()}.`)
    return { ok: false, fault: faults.expiredToken(), signing }
  }
  return { ok: true, principal: known.principal, ...(known.session ? { session: known.session } : {}), accessKeyId: input.accessKeyId, region, signing }
}

function describePrincipal(principal: Principal): string {
  switch (principal.kind) {
    case 'root':
      return `the root user of account ${principal.account}`
    case 'user':
      return `IAM user ${principal.name} in account ${principal.account}`
    case 'assumed-role':
      return `session ${principal.sessionName} of role ${principal.roleName} in account ${principal.account}`
    case 'federated-user':
      return `federated user ${principal.name} in account ${principal.account}`
  }
}
