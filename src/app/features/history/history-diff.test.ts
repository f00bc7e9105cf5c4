import { describe, expect, it } from 'vitest'
import { createEngine, demoWorld, fixedDeps, parseQuery, type Check, type EngineResult } from '../../../engine/index.ts'
import { buildQueryRequest } from '../../engine/sign-query-request.ts'
import type { Exchange } from '../../state/exchange.ts'
import { initialDraft } from '../../state/request-draft.ts'
import { compareValues, diffExchanges, differenceText, namedParameters, type DiffRow } from './history-diff.ts'

const FORM = { host: 'sts.amazonaws.com', 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }
const T0 = Date.UTC(2026, 0, 1)

interface Fixture {
  callerLabel?: string
  operation?: string
  endpoint?: string
  body?: string
  status?: number
  errorCode?: string
  checks?: Check[]
  decidingIndex?: number
}

/** An exchange built by hand, with the structured facts the engine reports: only what the diff reads is meaningful. */
function exchange(id: string, fixture: Fixture = {}): Exchange {
  const operation = fixture.operation ?? 'GetCallerIdentity'
  const checks = fixture.checks ?? [{ id: 'operation', title: 'The operation ran', outcome: 'pass', detail: '' }]
  const status = fixture.status ?? 200
  const body = fixture.body ?? `Action=${operation}&Version=2011-06-15`
  const result: EngineResult = {
    response: { status, headers: {}, body: '' },
    requestId: `request-${id}`,
    checks,
    parameters: parseQuery(body),
    ...(fixture.errorCode === undefined ? {} : { fault: { code: fixture.errorCode, type: 'Sender' as const, status } }),
    ...(fixture.decidingIndex === undefined ? {} : { decidingIndex: fixture.decidingIndex }),
  }
  return {
    id,
    callerLabel: fixture.callerLabel ?? 'arn:aws:iam::111111111111:user/alice',
    operation,
    endpoint: fixture.endpoint ?? 'global',
    draft: initialDraft('AKIARTXV5AHDSAGTTNG7', operation),
    request: { method: 'POST', url: '/', headers: FORM, body },
    result,
    sentAt: T0 + Number(id) * 1000,
  }
}

const byKey = (rows: readonly DiffRow[], key: string) => rows.find((row) => row.key === key)

describe('compareValues', () => {
  it('names each way two optional values relate', () => {
    expect(compareValues('a', 'a')).toBe('same')
    expect(compareValues(undefined, undefined)).toBe('same')
    expect(compareValues('a', 'b')).toBe('changed')
    expect(compareValues('a', '')).toBe('changed')
    expect(compareValues('a', undefined)).toBe('only-first')
    expect(compareValues(undefined, 'b')).toBe('only-second')
  })
})

describe('namedParameters', () => {
  it('leaves Action out (the operation row shows it) and keeps wire order', () => {
    expect([...namedParameters([['Action', 'AssumeRole'], ['Version', '2011-06-15'], ['RoleArn', 'r']])]).toEqual([
      ['Version', '2011-06-15'],
      ['RoleArn', 'r'],
    ])
  })

  it('keeps every occurrence of a repeated name under its own label', () => {
    const named = namedParameters([['A', '1'], ['A', '2'], ['A', '3'], ['B', 'x']])
    expect([...named]).toEqual([
      ['A', '1'],
      ['A (2nd)', '2'],
      ['A (3rd)', '3'],
      ['B', 'x'],
    ])
  })
})

describe('diffExchanges', () => {
  it('finds nothing different between two identical exchanges, yet lists who, what and how', () => {
    const diff = diffExchanges(exchange('1'), exchange('2'))
    expect(diff.differenceCount).toBe(0)
    expect(diff.parameters).toEqual([])
    expect(diff.sameParameters.map((row) => row.label)).toEqual(['Version'])
    expect(diff.request.map((row) => [row.label, row.difference])).toEqual([
      ['Caller', 'same'],
      ['Operation', 'same'],
      ['Endpoint', 'same'],
    ])
    expect(diff.response.map((row) => [row.label, row.first, row.difference])).toEqual([
      ['HTTP status', '200', 'same'],
      ['Error code', undefined, 'same'],
      ['Deciding check', 'every check passed', 'same'],
    ])
  })

  it('compares caller, operation and endpoint (shown as the host the request went to)', () => {
    const diff = diffExchanges(exchange('1'), exchange('2', { callerLabel: 'arn:aws:iam::111111111111:user/division/bob', operation: 'GetSessionToken', endpoint: 'eu-west-1' }))
    expect(byKey(diff.request, 'caller')).toMatchObject({ first: 'arn:aws:iam::111111111111:user/alice', second: 'arn:aws:iam::111111111111:user/division/bob', difference: 'changed' })
    expect(byKey(diff.request, 'operation')).toMatchObject({ first: 'GetCallerIdentity', second: 'GetSessionToken', difference: 'changed' })
    expect(byKey(diff.request, 'endpoint')).toMatchObject({ first: 'sts.amazonaws.com', second: 'sts.eu-west-1.amazonaws.com', difference: 'changed' })
    expect(diff.differenceCount).toBe(3)
  })

  it('splits parameters into changed, added, removed and the same, decoded, in wire order', () => {
    const first = exchange('3', { operation: 'AssumeRole', body: 'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=one&ExternalId=abc' })
    const second = exchange('5', { operation: 'AssumeRole', body: 'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=two&DurationSeconds=900' })
    const diff = diffExchanges(first, second)
    expect(diff.parameters).toEqual([
      { key: 'parameter:RoleSessionName', label: 'RoleSessionName', first: 'one', second: 'two', difference: 'changed' },
      { key: 'parameter:ExternalId', label: 'ExternalId', first: 'abc', second: undefined, difference: 'only-first' },
      { key: 'parameter:DurationSeconds', label: 'DurationSeconds', first: undefined, second: '900', difference: 'only-second' },
    ])
    expect(diff.sameParameters.map((row) => [row.label, row.first])).toEqual([
      ['Version', '2011-06-15'],
      ['RoleArn', 'arn:aws:iam::111111111111:role/Dev'],
    ])
    expect(diff.differenceCount).toBe(3)
  })

  it('tells an empty value apart from a parameter not sent', () => {
    const diff = diffExchanges(exchange('1', { body: 'Action=AssumeRole&Tags=' }), exchange('2', { body: 'Action=AssumeRole' }))
    expect(diff.parameters).toEqual([{ key: 'parameter:Tags', label: 'Tags', first: '', second: undefined, difference: 'only-first' }])
  })

  it('compares status, error code and the deciding check with its title and outcome', () => {
    const denied = exchange('2', {
      status: 403,
      errorCode: 'AccessDenied',
      checks: [
        { id: 'auth.present', title: 'Request is signed', outcome: 'pass', detail: '' },
        { id: 'policy', title: 'Policies allow the call', outcome: 'fail', detail: '' },
      ],
      decidingIndex: 1,
    })
    const diff = diffExchanges(exchange('1'), denied)
    expect(byKey(diff.response, 'status')).toMatchObject({ first: '200', second: '403', difference: 'changed' })
    expect(byKey(diff.response, 'error-code')).toMatchObject({ first: undefined, second: 'AccessDenied', difference: 'only-second' })
    expect(byKey(diff.response, 'deciding-check')).toMatchObject({
      first: 'every check passed',
      second: 'Policies allow the call (policy: failed)',
      difference: 'changed',
    })
  })

  it('sees a change of deciding outcome even when the check id is the same', () => {
    const passed = exchange('1', { checks: [{ id: 'x', title: 'X holds', outcome: 'pass', detail: '' }] })
    const failed = exchange('2', { status: 403, errorCode: 'AccessDenied', checks: [{ id: 'x', title: 'X holds', outcome: 'fail', detail: '' }], decidingIndex: 0 })
    expect(byKey(diffExchanges(passed, failed).response, 'deciding-check')?.difference).toBe('changed')
  })

  it('shows no deciding check for an error saved before the engine reported one (it never guesses)', () => {
    const old = exchange('2', { status: 403, errorCode: 'AccessDenied' })
    expect(byKey(diffExchanges(exchange('1'), old).response, 'deciding-check')).toMatchObject({ first: 'every check passed', second: undefined, difference: 'only-first' })
  })

  it('explains a real denial: alice may assume Dev but not Admin', async () => {
    const engine = createEngine({ world: demoWorld, deps: fixedDeps(T0) })
    const alice = { accessKeyId: 'AKIARTXV5AHDSAGTTNG7', secretAccessKey: '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' }
    const send = async (id: string, role: string): Promise<Exchange> => {
      const body = `Action=AssumeRole&Version=2011-06-15&RoleArn=${encodeURIComponent(`arn:aws:iam::111111111111:role/${role}`)}&RoleSessionName=demo`
      const request = await buildQueryRequest({ credentials: alice, body, host: 'sts.amazonaws.com', region: 'us-east-1', at: T0 })
      return { ...exchange(id, { operation: 'AssumeRole' }), request, result: await engine.handle(request) }
    }
    const diff = diffExchanges(await send('1', 'Dev'), await send('2', 'Admin'))
    expect(diff.parameters.map((row) => [row.label, row.first, row.second])).toEqual([
      ['RoleArn', 'arn:aws:iam::111111111111:role/Dev', 'arn:aws:iam::111111111111:role/Admin'],
    ])
    expect(diff.sameParameters.map((row) => row.label)).toEqual(['Version', 'RoleSessionName'])
    expect(byKey(diff.response, 'status')).toMatchObject({ first: '200', second: '403' })
    expect(byKey(diff.response, 'error-code')).toMatchObject({ first: undefined, second: 'AccessDenied', difference: 'only-second' })
    expect(byKey(diff.response, 'deciding-check')?.second).toMatch(/\(assume\.authorize\.sts:AssumeRole: failed\)$/)
    expect(diff.differenceCount).toBe(4)
  })
})

describe('differenceText', () => {
  it('puts each difference in words that name the request', () => {
    const first = exchange('3')
    const second = exchange('7')
    expect(differenceText('same', first, second)).toBe('same')
    expect(differenceText('changed', first, second)).toBe('changed')
    expect(differenceText('only-first', first, second)).toBe('only in #3')
    expect(differenceText('only-second', first, second)).toBe('only in #7')
  })
})
