import { describe, expect, it } from 'vitest'
import type { Check } from '../../../engine/index.ts'
import { startsFolded, verdictSentence, visibleChecks } from './verdict.ts'

const pass = (id: string, title = id): Check => ({ id, title, outcome: 'pass', detail: '' })
const fail = (id: string, title = id): Check => ({ id, title, outcome: 'fail', detail: '' })
const skip = (id: string, title = id): Check => ({ id, title, outcome: 'skip', detail: '' })

const fault = (code: string, status: number) => ({ code, type: 'Sender' as const, status })

describe('verdictSentence', () => {
  const response = (status: number, body = '') => ({ status, headers: {}, body })

  it('names the error code and the deciding check of a failure, from the engine’s fault and decidingIndex', () => {
    const result = { response: response(403), fault: fault('AccessDenied', 403), checks: [pass('auth'), fail('trust', 'Role trust policy allows the caller')], decidingIndex: 1 }
    expect(verdictSentence('AssumeRole', result)).toBe('AssumeRole failed: AccessDenied — decided by “Role trust policy allows the caller”.')
  })

  it('falls back to the status when there is no fault', () => {
    expect(verdictSentence('AssumeRole', { response: response(500, 'oops'), checks: [] })).toBe('AssumeRole failed: 500 Internal Server Error.')
  })

  it('says every check passed for a clean success, and stars no check', () => {
    expect(verdictSentence('GetCallerIdentity', { response: response(200, '<X/>'), checks: [pass('a'), pass('b')] })).toBe('GetCallerIdentity succeeded: every check passed.')
    expect(verdictSentence('GetSessionToken', { response: response(200), checks: [pass('a'), skip('mfa')] })).toBe('GetSessionToken succeeded: every check passed (1 skipped).')
  })

  it('says how many checks failed without stopping a success', () => {
    expect(verdictSentence('AssumeRole', { response: response(200), checks: [fail('x', 'Optional thing'), pass('y', 'Final')] })).toBe(
      'AssumeRole succeeded; one check failed without stopping it.',
    )
  })

  it('describes a redirect', () => {
    expect(verdictSentence('GetCallerIdentity', { response: response(302), checks: [fail('protocol.action', 'Request names an Action')], decidingIndex: 0 })).toBe(
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
