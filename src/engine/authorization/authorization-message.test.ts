import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Principal } from '../identity/principal.ts'
import { authorize, type AuthorizationInput } from '../policy/authorize.ts'
import { parsePolicy } from '../policy/parse-policy.ts'
import type { Policy, PolicyKind } from '../policy/policy-types.ts'
import { contextKeys } from '../policy/request-context.ts'
import { fromBase64 } from '../sessions/base64.ts'
import { BOB_PUT_OBJECT_DECODED, bobPutObject } from '../testing/denied-request.ts'
import { demoWorld } from '../world/demo-world.ts'
import {
  authorizationMessage,
  authorizationMessageJson,
  authorizationMessagePrincipal,
  decodeAuthorizationMessage,
  encodeAuthorizationMessage,
  ENCODED_MESSAGE_MAX_LENGTH,
  type AuthorizationMessageInput,
} from './authorization-message.ts'

const KEY = Uint8Array.from({ length: 32 }, (_, i) => i + 1)
const OTHER_KEY = Uint8Array.from({ length: 32 }, (_, i) => 200 - i)
const BOB: Principal = { kind: 'user', partition: 'aws', account: '111111111111', name: 'bob', path: '/division/', userId: 'AIDARTXV5AHDTBOB2K4MX' }

function policy(document: unknown, kind: PolicyKind, name: string = kind): Policy {
  const parsed = parsePolicy(document, kind, name)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.policy
}

const bobPutObjectWith = (extraIdentity: Policy[] = []): AuthorizationMessageInput => bobPutObject(demoWorld, extraIdentity)

describe('authorization messages: the JSON', () => {
  it('has AWS’s shape for an implicit deny, lists wrapped in items', () => {
    expect(JSON.parse(authorizationMessageJson(bobPutObjectWith()))).toEqual(BOB_PUT_OBJECT_DECODED)
  })

  it('keeps AWS’s field order, in one line', () => {
    const json = authorizationMessageJson(bobPutObjectWith())
    expect(json).toMatch(/^\{"allowed":false,"explicitDeny":false,"matchedStatements":\{"items":\[\]\},"failures":\{"items":\[\]\},"context":\{"principal":\{"id":"AIDARTXV5AHDTBOB2K4MX","name":"bob","arn":"[^"]+"\},"action":"s3:PutObject","resource":"arn:aws:s3:::reports\/q1.csv","conditions":\{"items":\[/)
    expect(json).not.toContain('\n')
  })

  it('names the Deny statements that decided an explicit deny', () => {
    const deny = policy(
      { Version: '2012-10-17', Statement: [{ Sid: 'NoWrites', Effect: 'Deny', Action: ['s3:Put*', 's3:Delete*'], Resource: 'arn:aws:s3:::reports/*', Condition: { StringEquals: { 'aws:PrincipalTag/team': ['analytics', 'finance'] } } }] },
      'identity',
      'NoReportWrites',
    )
    const message = authorizationMessage(bobPutObjectWith([deny]))
    expect([message.allowed, message.explicitDeny]).toEqual([false, true])
    expect(message.matchedStatements.items).toEqual([
      {
        statementId: 'NoWrites',
        effect: 'DENY',
        principals: { items: [{ value: 'AIDARTXV5AHDTBOB2K4MX' }] },
        principalGroups: { items: [] },
        actions: { items: [{ value: 's3:Put*' }, { value: 's3:Delete*' }] },
        resources: { items: [{ value: 'arn:aws:s3:::reports/*' }] },
        conditions: { items: [{ key: 'aws:PrincipalTag/team', values: { items: [{ value: 'analytics' }, { value: 'finance' }] } }] },
      },
    ])
  })

  it('quotes a resource policy’s own principals, and the Allow statements of an allowed request', () => {
    const context = { action: 'sts:AssumeRole', resource: 'arn:aws:iam::111111111111:role/Dev', resourceAccount: '111111111111', principal: { type: 'User' as const, arn: 'arn:aws:iam::111111111111:user/alice', account: '111111111111' }, keys: contextKeys({}) }
    const trust = policy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:user/alice' }, Action: 'sts:AssumeRole' }] }, 'trust')
    const request: AuthorizationInput = { context, identity: [], resource: trust, resourceMustAllow: true }
    const message = authorizationMessage({ decision: authorize(request), request, principal: { id: 'AIDARTXV5AHDSALICE7QZ', name: 'alice', arn: context.principal.arn } })
    expect(message.allowed).toBe(true)
    expect(message.matchedStatements.items).toEqual([
      {
        statementId: '',
        effect: 'ALLOW',
        principals: { items: [{ value: 'arn:aws:iam::111111111111:user/alice' }] },
        principalGroups: { items: [] },
        actions: { items: [{ value: 'sts:AssumeRole' }] },
        resources: { items: [] },
        conditions: { items: [] },
      },
    ])
    expect(message.context.conditions.items).toEqual([])
  })

  it('spells the engine’s global keys as IAM does when only the request context is given', () => {
    const { decision, request, principal } = bobPutObjectWith()
    const keys = authorizationMessage({ decision, request, principal }).context.conditions.items.map((c) => c.key)
    expect(keys).toEqual(['aws:PrincipalArn', 'aws:PrincipalAccount', 'aws:PrincipalType', 'aws:userid', 'aws:CurrentTime', 'aws:EpochTime', 'aws:RequestedRegion', 'aws:SecureTransport', 'aws:PrincipalOrgID', 'aws:username', 'aws:PrincipalTag/team'])
  })

  it('gives a user a name and leaves it out for other callers', () => {
    expect(authorizationMessagePrincipal(BOB)).toEqual({ id: 'AIDARTXV5AHDTBOB2K4MX', name: 'bob', arn: 'arn:aws:iam::111111111111:user/division/bob' })
    expect(authorizationMessagePrincipal({ kind: 'assumed-role', partition: 'aws', account: '111111111111', roleName: 'Dev', rolePath: '/', roleId: 'AROARTXV5AHDSDEV2ROLE', sessionName: 's1' })).toEqual({
      id: 'AROARTXV5AHDSDEV2ROLE:s1',
      arn: 'arn:aws:sts::111111111111:assumed-role/Dev/s1',
    })
  })
})

describe('authorization messages: sealing', () => {
  const encoded = encodeAuthorizationMessage(bobPutObjectWith(), KEY)

  it('looks like AWS’s: long, one line of base64url, and opaque', () => {
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(encoded.length).toBeGreaterThan(500)
    expect(encoded.length).toBeLessThan(ENCODED_MESSAGE_MAX_LENGTH)
    expect(encoded).not.toContain('allowed')
    const standard = encoded.replace(/-/g, '+').replace(/_/g, '/')
    const bytes = fromBase64(standard + '='.repeat((4 - (standard.length % 4)) % 4)) ?? new Uint8Array()
    expect(bytes.length).toBeGreaterThan(400)
    expect(String.fromCharCode(...bytes)).not.toContain('s3:PutObject')
  })

  it('decodes back to the JSON under the same key, and is the same for the same input', () => {
    expect(decodeAuthorizationMessage(encoded, KEY)).toBe(authorizationMessageJson(bobPutObjectWith()))
    expect(encodeAuthorizationMessage(bobPutObjectWith(), KEY)).toBe(encoded)
  })

  it.each([
    ['a changed character', `${encoded.slice(0, 100)}${encoded[100] === 'A' ? 'B' : 'A'}${encoded.slice(101)}`],
    ['a line break inside', `${encoded.slice(0, 76)}\n${encoded.slice(76)}`],
    ['a trailing line break', `${encoded}\n`],
    ['a space', `${encoded.slice(0, 10)} ${encoded.slice(10)}`],
    ['standard base64 characters', encoded.replace(/-/g, '+').replace(/_/g, '/')],
    ['a cut', encoded.slice(0, -3)],
    ['an extra character', `${encoded}A`],
    ['the tag alone', encoded.slice(0, 43)],
    ['nothing', ''],
    ['a real AWS message (aws/aws-sdk-go#1536)', '0oaZLrVVIxb8lmPCpj7S11qdDzu_uNi_mBsUZwMj5aWOqnj1VzrfzlQTk1sFa3k_QNGyDNccqpKVsfVfPPjTHtfgXbOUcmOWSfVdbQdChyYtSVR4G8f9PnQVRagacZ3MUnRw6zuQUuPdxWdw5z6cWFRzkk79gxQOa-igUwyjlYPdlGA6Psp-iMrLPrzVu00_VEpZgcVE6pCYrMF5c00ZjPOnBnATr-sO1iFvQLNGew1mBbrbKo5D9ByBIiszGTpOrwFx8553NXkg5v99x_CDhu-VaD9XA_Ey2S5W-NA0noKI_1wJeMFxzInJgxfhReZs1FOLuQhflsSjclMO9NSJM6MdfXX0ZtQs1KCo0Fo7PKvoHEUxUsZhZTklTWAYCdTZaU6-rR-lbE6wW0gwkXpC7xLQ500moKCciPGabilFCNX5XvBT1gCvzXURsmtc4MhyytIr2zTQ_AiMKf5J5Rw49pC8lNTlrKKKhCJQZKgQWJNBjAlLmXjlde443eryjEKakkXNNru6LbQ'],
  ])('refuses %s', (_label, message) => {
    expect(decodeAuthorizationMessage(message, KEY)).toBeUndefined()
  })

  it('refuses a message sealed under another key', () => {
    expect(decodeAuthorizationMessage(encodeAuthorizationMessage(bobPutObjectWith(), OTHER_KEY), KEY)).toBeUndefined()
  })
})

// Property tests over decisions drawn from a small grammar of real-looking policies.
const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:*', 'ec2:Describe*', 'sts:AssumeRole', '*']
const RESOURCES = ['*', 'arn:aws:s3:::reports/*', 'arn:aws:s3:::reports/q1.csv', 'arn:aws:s3:::other/*']
const CONDITIONS = [undefined, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, { StringEquals: { 'aws:username': ['bob', 'ünïcødé "quoted" <x>'] } }, { StringLike: { 'aws:PrincipalTag/team': 'ana*' } }]
const statementArb = fc
  .record({
    Sid: fc.option(fc.string({ maxLength: 12 }).map((s) => s.replace(/[^A-Za-z0-9]/g, '') || 'S'), { nil: undefined }),
    Effect: fc.constantFrom('Allow', 'Deny'),
    Action: fc.subarray(ACTIONS, { minLength: 1 }),
    Resource: fc.subarray(RESOURCES, { minLength: 1 }),
    Condition: fc.constantFrom(...CONDITIONS),
  })
  .map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)))
const policiesArb = (kind: PolicyKind) => fc.array(fc.array(statementArb, { minLength: 1, maxLength: 3 }).map((statements) => policy({ Version: '2012-10-17', Statement: statements }, kind)), { maxLength: 3 })
const keyValueArb = fc.dictionary(
  fc.constantFrom('aws:username', 'aws:PrincipalTag/team', 'aws:MultiFactorAuthPresent', 's3:prefix', 'ec2:ResourceTag/Name'),
  fc.oneof(fc.string({ maxLength: 20 }), fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 })),
)
const inputArb: fc.Arbitrary<AuthorizationMessageInput> = fc
  .record({
    identity: policiesArb('identity'),
    session: fc.option(policiesArb('session'), { nil: undefined }),
    action: fc.constantFrom('s3:GetObject', 's3:PutObject', 'ec2:DescribeInstances'),
    resource: fc.constantFrom('arn:aws:s3:::reports/q1.csv', '*'),
    keys: keyValueArb,
    name: fc.option(fc.string({ maxLength: 16 }), { nil: undefined }),
  })
  .map(({ identity, session, action, resource, keys, name }) => {
    const principal = { type: 'User' as const, arn: 'arn:aws:iam::111111111111:user/bob', account: '111111111111' }
    const request: AuthorizationInput = { context: { action, resource, resourceAccount: '111111111111', principal, keys: contextKeys(keys) }, identity, ...(session ? { session } : {}) }
    return { decision: authorize(request), request, principal: { id: 'AIDARTXV5AHDTBOB2K4MX', arn: principal.arn, ...(name !== undefined ? { name } : {}) }, conditionKeys: keys }
  })

describe('authorization messages (properties)', () => {
  it('encode → decode gives back the JSON of any decision, which reports that decision', () => {
    fc.assert(
      fc.property(inputArb, ({ decision, ...rest }) => {
        const input = { decision, ...rest }
        const json = decodeAuthorizationMessage(encodeAuthorizationMessage(input, KEY), KEY)
        expect(json).toBe(authorizationMessageJson(input))
        const message = JSON.parse(json ?? 'null') as ReturnType<typeof authorizationMessage>
        expect(message.allowed).toBe(decision.result === 'Allow')
        expect(message.explicitDeny).toBe(decision.result === 'ExplicitDeny')
        const effects = new Set(message.matchedStatements.items.map((s) => s.effect))
        if (decision.result === 'ImplicitDeny') expect(effects.size).toBe(0)
        if (decision.result === 'ExplicitDeny') expect([...effects]).toEqual(['DENY'])
        if (decision.result === 'Allow') expect([...effects]).toEqual(['ALLOW'])
      }),
      { numRuns: 150 },
    )
  })

  it('any one changed character makes the message undecodable', () => {
    const encoded = encodeAuthorizationMessage(bobPutObjectWith(), KEY)
    fc.assert(
      fc.property(fc.nat({ max: encoded.length - 1 }), fc.constantFrom(...'ABCabc019-_+/=\n '), (at, char) => {
        fc.pre(encoded[at] !== char)
        expect(decodeAuthorizationMessage(encoded.slice(0, at) + char + encoded.slice(at + 1), KEY)).toBeUndefined()
      }),
      { numRuns: 300 },
    )
  })

  it('never throws and never decodes arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 600 }), fc.base64String({ maxLength: 600 }), fc.stringMatching(/^[A-Za-z0-9_-]{0,600}$/)), (text) => {
        expect(decodeAuthorizationMessage(text, KEY)).toBeUndefined()
      }),
    )
  })
})
