import { describe, expect, it } from 'vitest'
import type { Check } from '../../../engine/index.ts'
import { decidingIndex, startsFolded, verdictSentence, visibleChecks } from './verdict.ts'

const pass = (id: string, title = id): Check => ({ id, title, outcome: 'pass', detail: '' })
const fail = (id: string, title = id): Check => ({ id, title, outcome: 'fail', detail: '' })
const skip = (id: string, title = id): Check => ({ id, title, outcome: 'skip', detail: '' })

const xmlError = (code: string) => `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error>
    <Type>Sender</Type>
    <Code>${code}</Code>
    <Message>m</Message>
  </Error>
  <RequestId>r</RequestId>
</ErrorResponse>
`

describe('decidingIndex', () => {
  it('picks the failure of the deciding check', () => {
    expect(decidingIndex({ checks: [pass('a'), pass('b'), fail('b'), pass('c')], decidedBy: 'b' })).toBe(2)
  })

  it('picks the last occurrence when the deciding check passed', () => {
    expect(decidingIndex({ checks: [pass('a'), pass('b'), pass('a')], decidedBy: 'a' })).toBe(2)
  })

  it('is -1 when nothing decided or the id is unknown', () => {
    expect(decidingIndex({ checks: [pass('a')] })).toBe(-1)
    expect(decidingIndex({ checks: [pass('a')], decidedBy: 'z' })).toBe(-1)
  })
})

describe('verdictSentence', () => {
  const response = (status: number, body = '') => ({ status, headers: {}, body })

  it('names the error code and the deciding check of a failure', () => {
    const result = { response: response(403, xmlError('AccessDenied')), checks: [pass('auth'), fail('trust', 'Role trust policy allows the caller')], decidedBy: 'trust' }
    expect(verdictSentence('AssumeRole', result)).toBe('AssumeRole failed: AccessDenied — decided by “Role trust policy allows the caller”.')
  })

  it('reads the code of a JSON error, and falls back to the status', () => {
    const json = { response: response(400, '{"Error":{"Code":"ValidationError","Message":"m","Type":"Sender"},"RequestId":"r"}'), checks: [fail('v', 'Parameters are valid')], decidedBy: 'v' }
    expect(verdictSentence('AssumeRole', json)).toBe('AssumeRole failed: ValidationError — decided by “Parameters are valid”.')
    expect(verdictSentence('AssumeRole', { response: response(500, 'oops'), checks: [] })).toBe('AssumeRole failed: 500 Internal Server Error.')
  })

  it('says every check passed for a clean success', () => {
    expect(verdictSentence('GetCallerIdentity', { response: response(200, '<X/>'), checks: [pass('a'), pass('b')], decidedBy: 'b' })).toBe(
      'GetCallerIdentity succeeded: every check passed.',
    )
    expect(verdictSentence('GetSessionToken', { response: response(200), checks: [pass('a'), skip('mfa')], decidedBy: 'a' })).toBe(
      'GetSessionToken succeeded: every check passed (1 skipped).',
    )
  })

  it('names the deciding check of a success despite a failed check', () => {
    expect(verdictSentence('AssumeRole', { response: response(200), checks: [fail('x', 'Optional thing'), pass('y', 'Final')], decidedBy: 'y' })).toBe(
      'AssumeRole succeeded — decided by “Final”.',
    )
  })

  it('describes a redirect', () => {
    expect(verdictSentence('GetCallerIdentity', { response: response(302), checks: [fail('protocol.action', 'Request names an Action')], decidedBy: 'protocol.action' })).toBe(
      'GetCallerIdentity was redirected (302 Found) — decided by “Request names an Action”.',
    )
  })
})

describe('visibleChecks', () => {
  const checks = [pass('a'), skip('b'), pass('c'), fail('d'), pass('e')]

  it('lists every check when showing all', () => {
    expect(visibleChecks(checks, 3, true).map(({ index }) => index)).toEqual([0, 1, 2, 3, 4])
  })

  it('folds passed checks away but keeps failures, skips and the deciding check', () => {
    expect(visibleChecks(checks, 3, false).map(({ index }) => index)).toEqual([1, 3])
    expect(visibleChecks(checks, 4, false).map(({ check, index }) => [index, check.id])).toEqual([
      [1, 'b'],
      [3, 'd'],
      [4, 'e'],
    ])
  })

  it('folds only runs longer than twelve checks by default', () => {
    expect(startsFolded(0)).toBe(false)
    expect(startsFolded(12)).toBe(false)
    expect(startsFolded(13)).toBe(true)
  })
})
