// The history reads the engine's structured results (fault, deciding check, parameters), never the body:
// these tests run real requests through the engine and check what the history says about them.
import { describe, expect, it } from 'vitest'
import { createEngine, demoWorld, fixedDeps, type HttpRequest } from '../../../engine/index.ts'
import { clockTime } from '../../ui/clock-text.ts'
import { decidingCheck, errorCode, outcomeOf, sentParameters } from './history-summary.ts'

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded', Host: 'sts.amazonaws.com' }
const engine = createEngine({ world: demoWorld, deps: fixedDeps(Date.UTC(2026, 0, 1)) })
const send = (request: Partial<HttpRequest> & { body: string }) => engine.handle({ method: 'POST', url: '/', headers: FORM, ...request })

describe(errorCode, () => {
  it('is the code of the fault the engine reports, in the XML and the legacy JSON form alike', async () => {
    const body = 'Action=GetCallerIdentity&Version=2011-06-15'
    expect(errorCode(await send({ body }))).toBe('MissingAuthenticationToken')
    expect(errorCode(await send({ body, headers: { ...FORM, Accept: 'application/json' } }))).toBe('MissingAuthenticationToken')
    expect(errorCode(await send({ body: 'Action=Nope&Version=2011-06-15' }))).toBe('InvalidAction')
  })

  it('is undefined for a redirect (no Action) and for a result without a fault', async () => {
    expect(errorCode(await send({ body: 'Version=2011-06-15' }))).toBeUndefined()
    expect(errorCode({})).toBeUndefined()
  })
})

describe(outcomeOf, () => {
  it('gives each kind of answer its own icon and word, with the error code in the text', async () => {
    expect(outcomeOf(await send({ body: 'Version=2011-06-15' }))).toEqual({ tone: 'redirect', icon: '↪', word: 'Redirected', text: '302' })
    expect(outcomeOf(await send({ body: 'Action=GetCallerIdentity&Version=2011-06-15' }))).toEqual({
      tone: 'client-error',
      icon: '✗',
      word: 'Failed',
      text: '403 MissingAuthenticationToken',
    })
    expect(outcomeOf({ response: { status: 200, headers: {}, body: '' } })).toEqual({ tone: 'success', icon: '✓', word: 'Succeeded', text: '200' })
    expect(outcomeOf({ response: { status: 500, headers: {}, body: '' }, fault: { code: 'InternalFailure', type: 'Receiver', status: 500 } })).toMatchObject({
      tone: 'server-error',
      icon: '!',
      text: '500 InternalFailure',
    })
  })
})

describe(decidingCheck, () => {
  it('is the check the engine named for a refusal', async () => {
    const refused = await send({ body: 'Action=GetCallerIdentity&Version=2011-06-15' })
    expect(decidingCheck(refused)).toMatchObject({ outcome: 'fail' })
    expect(decidingCheck(refused)).toBe(refused.checks[refused.decidingIndex ?? -1])
  })

  it('is undefined when nothing decided against the request (a success: every check passed)', () => {
    expect(decidingCheck({ checks: [{ id: 'a', title: 'a', outcome: 'pass', detail: '' }] })).toBeUndefined()
  })
})

describe(clockTime, () => {
  it('writes the engine instant as UTC hours, minutes and seconds', () => {
    expect(clockTime(Date.UTC(2026, 0, 1, 0, 0, 0))).toBe('00:00:00 UTC')
    expect(clockTime(Date.UTC(2026, 6, 31, 23, 59, 59, 999))).toBe('23:59:59 UTC')
    expect(clockTime(Date.UTC(2026, 0, 1, 9, 5, 7))).toBe('09:05:07 UTC')
  })
})

describe(sentParameters, () => {
  it('lists the parameters as STS read them: the form body of a POST, decoded, in wire order', async () => {
    const result = await send({ url: '/?Ignored=1', body: 'Action=AssumeRole&RoleSessionName=my+session&Policy=%7B%22a%22%3A1%7D' })
    expect(sentParameters(result)).toEqual([
      ['Action', 'AssumeRole'],
      ['RoleSessionName', 'my session'],
      ['Policy', '{"a":1}'],
    ])
  })

  it('reads the URL query of a GET, and of a POST whose body is not a form, as the engine does', async () => {
    expect(sentParameters(await send({ method: 'GET', url: '/?Action=GetCallerIdentity&Version=2011-06-15', body: '' }))).toEqual([
      ['Action', 'GetCallerIdentity'],
      ['Version', '2011-06-15'],
    ])
    expect(sentParameters(await send({ url: '/?Action=GetSessionToken', headers: { 'Content-Type': 'text/plain' }, body: 'Action=AssumeRole' }))).toEqual([['Action', 'GetSessionToken']])
  })

  it('is empty for a result saved before the engine reported parameters', () => {
    expect(sentParameters({})).toEqual([])
  })
})
