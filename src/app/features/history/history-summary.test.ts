import { describe, expect, it } from 'vitest'
import { createEngine, demoWorld, fixedDeps, type Check, type EngineResult, type HttpResponse } from '../../../engine/index.ts'
import { clockTime } from '../../ui/clock-text.ts'
import { decidingCheck, errorCode, outcomeOf, sentParameters } from './history-summary.ts'

const response = (status: number, body: string): HttpResponse => ({ status, headers: {}, body })
const check = (id: string, outcome: Check['outcome'], title = id): Check => ({ id, title, outcome, detail: '' })
const result = (checks: Check[], decidedBy?: string): EngineResult => ({
  response: response(200, ''),
  requestId: 'r',
  checks,
  ...(decidedBy === undefined ? {} : { decidedBy }),
})

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded', Host: 'sts.amazonaws.com' }

describe('errorCode', () => {
  it('reads the Code of an XML ErrorResponse', () => {
    const body = '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <Error>\n    <Type>Sender</Type>\n    <Code>AccessDenied</Code>\n    <Message>no</Message>\n  </Error>\n</ErrorResponse>\n'
    expect(errorCode(response(403, body))).toBe('AccessDenied')
  })

  it('reads the Code of the legacy JSON error form', () => {
    expect(errorCode(response(403, '{"Error":{"Code":"ExpiredToken","Message":"m","Type":"Sender"},"RequestId":"x"}'))).toBe('ExpiredToken')
  })

  it('finds no code in a success, a redirect or a body that is not an error', () => {
    expect(errorCode(response(200, '<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>a</Arn></GetCallerIdentityResult></GetCallerIdentityResponse>'))).toBeUndefined()
    expect(errorCode(response(200, '{"GetCallerIdentityResponse":{"GetCallerIdentityResult":{"Code":"not an error"}}}'))).toBeUndefined()
    expect(errorCode(response(302, ''))).toBeUndefined()
    expect(errorCode(response(500, '{not json'))).toBeUndefined()
    expect(errorCode(response(400, '{"Error":{"Code":7}}'))).toBeUndefined()
    expect(errorCode(response(400, '<ErrorResponse><Error><Code></Code></Error></ErrorResponse>'))).toBeUndefined()
  })

  it('reads the codes of answers the engine really gives, XML and JSON', async () => {
    const engine = createEngine({ world: demoWorld, deps: fixedDeps(Date.UTC(2026, 0, 1)) })
    const body = 'Action=GetCallerIdentity&Version=2011-06-15'
    const xml = await engine.handle({ method: 'POST', url: '/', headers: FORM, body })
    const json = await engine.handle({ method: 'POST', url: '/', headers: { ...FORM, Accept: 'application/json' }, body })
    const invalid = await engine.handle({ method: 'POST', url: '/', headers: FORM, body: 'Action=Nope&Version=2011-06-15' })
    expect(errorCode(xml.response)).toBe('MissingAuthenticationToken')
    expect(errorCode(json.response)).toBe('MissingAuthenticationToken')
    expect(errorCode(invalid.response)).toBe('InvalidAction')
  })
})

describe('outcomeOf', () => {
  it('gives each kind of status its own icon and word, with the error code in the text', () => {
    expect(outcomeOf(response(200, '<X/>'))).toEqual({ tone: 'success', icon: '✓', word: 'Succeeded', text: '200' })
    expect(outcomeOf(response(302, ''))).toEqual({ tone: 'redirect', icon: '↪', word: 'Redirected', text: '302' })
    expect(outcomeOf(response(403, '<ErrorResponse><Error><Code>AccessDenied</Code></Error></ErrorResponse>'))).toEqual({
      tone: 'client-error',
      icon: '✗',
      word: 'Failed',
      text: '403 AccessDenied',
    })
    expect(outcomeOf(response(500, '<ErrorResponse><Error><Code>InternalFailure</Code></Error></ErrorResponse>'))).toMatchObject({
      tone: 'server-error',
      icon: '!',
      text: '500 InternalFailure',
    })
  })
})

describe('decidingCheck', () => {
  it('is the failure of the deciding id when it failed, even after a pass of the same id', () => {
    const failed = check('policy', 'fail', 'second')
    expect(decidingCheck(result([check('policy', 'pass', 'first'), failed, check('later', 'pass')], 'policy'))).toBe(failed)
  })

  it('is the last occurrence when the deciding id never failed', () => {
    const last = check('operation', 'pass', 'last')
    expect(decidingCheck(result([check('operation', 'pass', 'first'), check('x', 'pass'), last], 'operation'))).toBe(last)
  })

  it('is undefined without decidedBy, or when no check has that id', () => {
    expect(decidingCheck(result([check('a', 'fail')]))).toBeUndefined()
    expect(decidingCheck(result([check('a', 'fail')], 'b'))).toBeUndefined()
  })
})

describe('clockTime', () => {
  it('writes the engine instant as UTC hours, minutes and seconds', () => {
    expect(clockTime(Date.UTC(2026, 0, 1, 0, 0, 0))).toBe('00:00:00 UTC')
    expect(clockTime(Date.UTC(2026, 6, 31, 23, 59, 59, 999))).toBe('23:59:59 UTC')
    expect(clockTime(Date.UTC(2026, 0, 1, 9, 5, 7))).toBe('09:05:07 UTC')
  })
})

describe('sentParameters', () => {
  it('decodes the form body of a POST, in wire order, whatever the header case or charset', () => {
    const request = { method: 'POST', url: '/?Ignored=1', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: 'Action=AssumeRole&RoleSessionName=my+session&Policy=%7B%22a%22%3A1%7D' }
    expect(sentParameters(request)).toEqual([
      ['Action', 'AssumeRole'],
      ['RoleSessionName', 'my session'],
      ['Policy', '{"a":1}'],
    ])
  })

  it('reads the URL query of a GET, and of a POST whose body is not a form (as the engine does)', () => {
    expect(sentParameters({ method: 'GET', url: '/?Action=GetCallerIdentity&Version=2011-06-15#frag', headers: {}, body: '' })).toEqual([
      ['Action', 'GetCallerIdentity'],
      ['Version', '2011-06-15'],
    ])
    expect(sentParameters({ method: 'POST', url: '/?Action=GetSessionToken', headers: { 'Content-Type': 'text/plain' }, body: 'Action=AssumeRole' })).toEqual([['Action', 'GetSessionToken']])
    expect(sentParameters({ method: 'POST', url: '/', headers: {}, body: 'Action=AssumeRole' })).toEqual([])
  })
})
