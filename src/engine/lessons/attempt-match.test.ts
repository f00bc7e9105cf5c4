import { describe, expect, it } from 'vitest'
import { signExperiment } from '../compare/sign-experiment.ts'
import type { EngineResult } from '../engine-result.ts'
import type { HttpRequest } from '../http.ts'
import { T0 } from '../testing/sign-request.ts'
import type { AttemptRecord } from './attempt-record.ts'
import { attemptMatches } from './attempt-match.ts'
import type { AttemptMatch } from './lesson-types.ts'

const LONG_TERM = { accessKeyId: 'AKIARTXV5AHDSAGTTNG7', secretAccessKey: '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' }
const SESSION = { accessKeyId: 'ASIARTXV5AHDSESSION1', secretAccessKey: 'x'.repeat(40), sessionToken: 'token' }
const ISSUED = { ...SESSION, expiration: '2026-01-01T01:00:00Z', arn: 'arn:aws:sts::111111111111:assumed-role/Dev/alice', account: '111111111111' }

function result(over: Partial<EngineResult> = {}): EngineResult {
  return { response: { status: 200, headers: {}, body: '' }, requestId: 'r', checks: [], outcome: 'success', parameters: [['Action', 'AssumeRole'], ['Version', '2011-06-15']], ...over }
}

function record(request: HttpRequest, over: Partial<AttemptRecord> = {}): AttemptRecord {
  return { callerLabel: 'arn:aws:iam::111111111111:user/alice', operation: 'AssumeRole', request, result: result(), sentAt: T0, ...over }
}

const signedGlobal = signExperiment('Action=AssumeRole', LONG_TERM, 'sts.amazonaws.com', 'us-east-1', T0)
const signedRegional = signExperiment('Action=AssumeRole', LONG_TERM, 'sts.eu-west-1.amazonaws.com', 'eu-west-1', T0)
const signedLocal = signExperiment('Action=AssumeRole', LONG_TERM, '127.0.0.1:8080', 'ap-southeast-2', T0)
const bySession = signExperiment('Action=GetCallerIdentity', SESSION, 'sts.amazonaws.com', 'us-east-1', T0)
const unsigned = signExperiment('Action=AssumeRoleWithWebIdentity', undefined, 'sts.amazonaws.com', 'us-east-1', T0)
const presigned: HttpRequest = {
  method: 'GET',
  url: `/?Action=GetCallerIdentity&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${SESSION.accessKeyId}%2F20260101%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-SignedHeaders=host&X-Amz-Signature=00`,
  headers: { host: 'sts.amazonaws.com' },
  body: '',
}

/** An earlier AssumeRole that issued SESSION. */
const issuer = record(signedGlobal, { result: result({ issued: ISSUED }) })

const cases: [string, AttemptMatch, AttemptRecord, AttemptRecord[], boolean][] = [
  ['an empty match holds for any attempt', {}, record(unsigned, { result: result({ outcome: 'error' }) }), [], true],
  ['operation: equal', { operation: 'AssumeRole' }, record(signedGlobal), [], true],
  ['operation: different', { operation: 'GetSessionToken' }, record(signedGlobal), [], false],
  ['operation: one of a list', { operation: ['getSigninToken', 'AssumeRole'] }, record(signedGlobal), [], true],
  ['operation: none of a list', { operation: ['getSigninToken', 'login'] }, record(signedGlobal), [], false],
  ['outcome', { outcome: 'error' }, record(signedGlobal, { result: result({ outcome: 'error' }) }), [], true],
  ['outcome: different', { outcome: 'success' }, record(signedGlobal, { result: result({ outcome: 'redirect' }) }), [], false],
  ['faultCode', { faultCode: 'AccessDenied' }, record(signedGlobal, { result: result({ outcome: 'error', fault: { status: 403, type: 'Sender', code: 'AccessDenied', message: '' } }) }), [], true],
  ['faultCode: none on a success', { faultCode: 'AccessDenied' }, record(signedGlobal), [], false],
  ['decidedBy', { decidedBy: 'trust.policy' }, record(signedGlobal, { result: result({ outcome: 'error', decidedBy: 'trust.policy' }) }), [], true],
  ['decidedBy: different', { decidedBy: 'trust.policy' }, record(signedGlobal, { result: result({ outcome: 'error', decidedBy: 'identity.policy' }) }), [], false],
  ['caller.issuedBy long-term: an AKIA key', { caller: { issuedBy: 'long-term' } }, record(signedGlobal), [], true],
  ['caller.issuedBy unsigned', { caller: { issuedBy: 'unsigned' } }, record(unsigned), [], true],
  ['caller.issuedBy unsigned: a signed request is not', { caller: { issuedBy: 'unsigned' } }, record(signedGlobal), [], false],
  ['caller.issuedBy: the operation of the earlier attempt that issued the key', { caller: { issuedBy: 'AssumeRole' } }, record(bySession), [issuer], true],
  ['caller.issuedBy: a presigned URL is read too', { caller: { issuedBy: 'AssumeRole' } }, record(presigned), [issuer], true],
  ['caller.issuedBy: another operation', { caller: { issuedBy: 'GetSessionToken' } }, record(bySession), [issuer], false],
  ['caller.issuedBy: a key issued outside the attempts matches nothing', { caller: { issuedBy: 'AssumeRole' } }, record(bySession), [], false],
  ['caller.arn: the issuing attempt says who the key acts as', { caller: { arn: 'assumed-role/Dev/alice$' } }, record(bySession, { callerLabel: 'something else' }), [issuer], true],
  ['caller.arn: else the attempt label', { caller: { arn: ':user/alice$' } }, record(signedGlobal), [], true],
  ['caller.arn: no match', { caller: { arn: ':root$' } }, record(signedGlobal), [], false],
  ['parameters: a pattern the first value matches', { parameters: { Action: '^Assume' } }, record(signedGlobal), [], true],
  ['parameters: not sent (null)', { parameters: { DurationSeconds: null } }, record(signedGlobal), [], true],
  ['parameters: null but sent', { parameters: { Action: null } }, record(signedGlobal), [], false],
  ['parameters: a pattern, not sent', { parameters: { DurationSeconds: '.*' } }, record(signedGlobal), [], false],
  ['parameters: an invalid pattern matches nothing', { parameters: { Action: '(' } }, record(signedGlobal), [], false],
  ['region: the global endpoint is us-east-1', { region: 'us-east-1' }, record(signedGlobal), [], true],
  ['region: a regional host', { region: 'eu-west-1' }, record(signedRegional), [], true],
  ['region: a regional host is not us-east-1', { region: 'us-east-1' }, record(signedRegional), [], false],
  ['region: another host reads the signing scope', { region: 'ap-southeast-2' }, record(signedLocal), [], true],
  ['issued.lifetimeSeconds: expiration − sent, in range', { issued: { lifetimeSeconds: { min: 3600, max: 3600 } } }, record(signedGlobal, { result: result({ issued: ISSUED }) }), [], true],
  // Sent at T0 + 0.7 s for an hour: STS writes Expiration T0 + 3600 s (to the second), still one hour.
  ['issued.lifetimeSeconds: counted from the second it was sent in', { issued: { lifetimeSeconds: { min: 3600, max: 3600 } } }, record(signedGlobal, { sentAt: T0 + 700, result: result({ issued: ISSUED }) }), [], true],
  ['issued.lifetimeSeconds: out of range', { issued: { lifetimeSeconds: { max: 3599 } } }, record(signedGlobal, { result: result({ issued: ISSUED }) }), [], false],
  ['issued: nothing issued', { issued: {} }, record(signedGlobal), [], false],
  ['issued: implies a success', { issued: {} }, record(signedGlobal, { result: result({ outcome: 'error', issued: ISSUED }) }), [], false],
  ['issued.arn', { issued: { arn: 'assumed-role/Dev/' } }, record(signedGlobal, { result: result({ issued: ISSUED }) }), [], true],
  ['issued.arn: different', { issued: { arn: 'assumed-role/Admin/' } }, record(signedGlobal, { result: result({ issued: ISSUED }) }), [], false],
  ['issued: a GetWebIdentityToken token has a lifetime', { issued: { lifetimeSeconds: { min: 300, max: 300 } } }, record(signedGlobal, { result: result({ issuedToken: { expiration: '2026-01-01T00:05:00Z' } }) }), [], true],
  ['consoleSessionSeconds', { consoleSessionSeconds: { min: 43200 } }, record(unsigned, { result: result({ console: { principalArn: '', account: '', issuedBy: 'AssumeRole', expiresAt: T0 + 43_200_000 } }) }), [], true],
  ['consoleSessionSeconds: no console session', { consoleSessionSeconds: {} }, record(unsigned), [], false],
  ['every field must hold', { operation: 'AssumeRole', outcome: 'error' }, record(signedGlobal), [], false],
]

describe('attemptMatches', () => {
  it.each(cases)('%s', (_name, match, attempt, earlier, expected) => {
    expect(attemptMatches(match, attempt, earlier)).toBe(expected)
  })
})
