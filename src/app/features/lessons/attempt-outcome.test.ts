import { describe, expect, it } from 'vitest'
import type { EngineResult } from '../../engine/types.ts'
import { attemptOutcome, outcomeSentence, spanWords } from './attempt-outcome.ts'

const sentAt = Date.parse('2026-01-01T00:00:00Z')

function result(part: Partial<EngineResult>): EngineResult {
  return { response: { status: 200, headers: {}, body: '' }, requestId: 'r', checks: [], ...part } as EngineResult
}

describe('attemptOutcome', () => {
  it('reads an issued lifetime from the structured result', () => {
    const found = attemptOutcome({
      operation: 'AssumeRole',
      sentAt,
      result: result({ outcome: 'success', issued: { accessKeyId: 'A', secretAccessKey: 'S', sessionToken: 'T', expiration: '2026-01-01T01:00:00Z', arn: 'x', account: '1' } }),
    })
    expect(found).toEqual({ outcome: 'success', operation: 'AssumeRole', issuedSeconds: 3600 })
    expect(outcomeSentence(found)).toBe('AssumeRole succeeded: credentials for 1 h.')
  })

  it('counts from the second the request was sent in: one hour sent at .700 s is still one hour (STS cuts Expiration to the second)', () => {
    const found = attemptOutcome({
      operation: 'AssumeRole',
      sentAt: sentAt + 700,
      result: result({ outcome: 'success', issued: { accessKeyId: 'A', secretAccessKey: 'S', sessionToken: 'T', expiration: '2026-01-01T01:00:00Z', arn: 'x', account: '1' } }),
    })
    expect(found.issuedSeconds).toBe(3600)
  })

  it('reads a fault code', () => {
    const found = attemptOutcome({ operation: 'AssumeRole', sentAt, result: result({ outcome: 'error', fault: { code: 'AccessDenied', type: 'Sender', status: 403 } }) })
    expect(found.faultCode).toBe('AccessDenied')
    expect(outcomeSentence(found)).toBe('AssumeRole failed with AccessDenied.')
  })
})

describe('spanWords', () => {
  it('says a span briefly', () => {
    expect(spanWords(45)).toBe('45 s')
    expect(spanWords(900)).toBe('15 min')
    expect(spanWords(5400)).toBe('1 h 30 min')
    expect(spanWords(129600)).toBe('36 h')
  })
})
