import { describe, expect, it } from 'vitest'
import { encodeAuthorizationMessage } from '../authorization/authorization-message.ts'
import { BOB_PUT_OBJECT_DECODED, bobPutObject } from '../testing/denied-request.ts'
import { ALICE, BOB, ROOT_WORKLOAD } from '../testing/sign-request.ts'
import { stsTestClient } from '../testing/sts-test-client.ts'
import { aliceAlso } from '../testing/test-worlds.ts'
import { demoWorld } from '../world/demo-world.ts'

const SESSION_KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + 3) & 255)
const world = aliceAlso({ Sid: 'DecodeMessages', Effect: 'Allow', Action: 'sts:DecodeAuthorizationMessage', Resource: '*' })

/** What a data-plane probe does: bob's denied s3:PutObject, sealed as AWS would. */
function bobsDeniedPut(key: Uint8Array = SESSION_KEY): string {
  const input = bobPutObject(world)
  expect(input.decision.result).toBe('ImplicitDeny')
  return encodeAuthorizationMessage(input, key)
}

const decode = (credentials = ALICE, EncodedMessage = bobsDeniedPut(), w = world) => stsTestClient(w, SESSION_KEY).call(credentials, 'DecodeAuthorizationMessage', { EncodedMessage })

describe('DecodeAuthorizationMessage', () => {
  it('decodes bob’s denied s3:PutObject for a principal allowed to decode', async () => {
    const r = await decode()
    expect(r.status).toBe(200)
    const json = r.text('DecodedMessage')?.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') ?? ''
    expect(JSON.parse(json)).toEqual(BOB_PUT_OBJECT_DECODED)
    expect(r.checks.map((c) => [c.id, c.outcome]).slice(-3)).toEqual([
      ['validation', 'pass'],
      ['decode-message.authorize', 'pass'],
      ['decode-message.message', 'pass'],
    ])
  })

  it('sends the JSON as the text of DecodedMessage, in AWS’s XML', async () => {
    const r = await decode()
    expect(r.body).toMatch(/^<DecodeAuthorizationMessageResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/">\n {2}<DecodeAuthorizationMessageResult>\n {4}<DecodedMessage>\{"allowed":false,"explicitDeny":false,"matchedStatements":\{"items":\[\]\},/)
    expect(r.body).toContain('</DecodedMessage>\n  </DecodeAuthorizationMessageResult>\n  <ResponseMetadata>')
  })

  it('the root user needs no policy to decode', async () => {
    expect((await decode(ROOT_WORKLOAD, bobsDeniedPut(), demoWorld)).status).toBe(200)
  })

  it('needs sts:DecodeAuthorizationMessage: alice has no such Allow in the demo world', async () => {
    const r = await decode(ALICE, bobsDeniedPut(), demoWorld)
    expect([r.status, r.code, r.message]).toEqual([403, 'AccessDenied', 'User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:DecodeAuthorizationMessage'])
    expect(r.checks.find((c) => c.outcome === 'fail')?.id).toBe('decode-message.authorize')
  })

  it('bob cannot decode the message about himself', async () => {
    const r = await decode(BOB)
    expect(r.message).toBe('User: arn:aws:iam::111111111111:user/division/bob is not authorized to perform: sts:DecodeAuthorizationMessage')
  })

  it('checks permission before looking at the message', async () => {
    expect((await decode(BOB, 'not a message')).code).toBe('AccessDenied')
  })

  const encoded = bobsDeniedPut()
  it.each([
    ['line breaks, as a terminal wraps it', encoded.replace(/(.{76})/g, '$1\n'), 'line break'],
    ['a changed character', `${encoded.slice(0, 40)}${encoded[40] === 'x' ? 'y' : 'x'}${encoded.slice(41)}`, 'authentication check fails'],
    ['a cut message', encoded.slice(0, 200), 'authentication check fails'],
    ['random text', 'hello, world', 'characters an encoded message never has'],
    ['a message sealed by another engine', bobsDeniedPut(Uint8Array.from({ length: 32 }, () => 9)), 'authentication check fails'],
  ])('refuses %s with InvalidAuthorizationMessageException', async (_label, message, why) => {
    const r = await decode(ALICE, message)
    expect([r.status, r.code, r.message]).toEqual([400, 'InvalidAuthorizationMessageException', 'The encoded authorization message is invalid.'])
    expect(r.body).toContain('<Type>Sender</Type>')
    const check = r.checks.find((c) => c.outcome === 'fail')
    expect(check?.id).toBe('decode-message.message')
    expect(check?.detail).toContain(why)
  })

  it('validates EncodedMessage against the model first (1..10240 characters)', async () => {
    expect((await decode(ALICE, '')).message).toBe("1 validation error detected: Value '' at 'encodedMessage' failed to satisfy constraint: Member must have length greater than or equal to 1")
    const long = await decode(ALICE, 'A'.repeat(10241))
    expect([long.code, long.message]).toEqual(['ValidationError', expect.stringContaining('Member must have length less than or equal to 10240')])
  })
})
