import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { authorize, traceLayers, type AuthorizationInput } from './authorize.ts'
import { parsePolicy } from './parse-policy.ts'
import type { Policy, PolicyKind } from './policy-types.ts'
import { contextKeys, type RequestPrincipal } from './request-context.ts'

// Property tests of the evaluator over policies drawn from a small grammar of real-looking pieces.
const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:Get*', 's3:*', 'ec2:Describe*', 'sts:AssumeRole', '*']
const RESOURCES = ['*', 'arn:aws:s3:::reports/*', 'arn:aws:s3:::reports/q1.csv', 'arn:aws:s3:::other/*', 'arn:aws:s3:::home/${aws:username}/*']
const CONDITIONS = [
  undefined,
  { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
  { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
  { StringEquals: { 'aws:username': 'alice' } },
  { StringNotEquals: { 'aws:PrincipalTag/team': 'platform' } },
  { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } },
  { Null: { 'aws:SourceIdentity': 'true' } },
]

const statement = (effect?: 'Allow' | 'Deny'): fc.Arbitrary<Record<string, unknown>> =>
  fc.record({
    Effect: effect ? fc.constant(effect) : fc.constantFrom('Allow', 'Deny'),
    Action: fc.subarray(ACTIONS, { minLength: 1 }),
    Resource: fc.subarray(RESOURCES, { minLength: 1 }),
    Condition: fc.constantFrom(...CONDITIONS),
  }).map((s) => (s.Condition === undefined ? { Effect: s.Effect, Action: s.Action, Resource: s.Resource } : s))

const documentOf = (statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements })

function parsed(document: unknown, kind: PolicyKind): Policy {
  const result = parsePolicy(document, kind, kind)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.policy
}

const SESSION: RequestPrincipal = { type: 'AssumedRole', arn: 'arn:aws:sts::111111111111:assumed-role/Dev/s', account: '111111111111', roleArn: 'arn:aws:iam::111111111111:role/Dev' }
const context = (action: string, resource: string) => ({
  action,
  resource,
  resourceAccount: '111111111111',
  principal: SESSION,
  keys: contextKeys({ 'aws:username': 'alice', 'aws:PrincipalTag/team': 'platform', 'aws:MultiFactorAuthPresent': 'true', 'aws:TagKeys': ['team'] }),
})
const requestArb = fc.tuple(fc.constantFrom('s3:GetObject', 's3:PutObject', 'ec2:DescribeInstances', 'sts:AssumeRole'), fc.constantFrom('arn:aws:s3:::reports/q1.csv', 'arn:aws:s3:::home/alice/x', '*'))
const layersArb = fc.record({
  identity: fc.array(fc.array(statement(), { minLength: 1, maxLength: 4 }), { maxLength: 3 }),
  boundary: fc.option(fc.array(statement(), { minLength: 1, maxLength: 3 }), { nil: undefined }),
  session: fc.option(fc.array(fc.array(statement(), { minLength: 1, maxLength: 3 }), { maxLength: 2 }), { nil: undefined }),
})

function inputOf(layers: { identity: unknown[][]; boundary: unknown[] | undefined; session: unknown[][] | undefined }, action: string, resource: string): AuthorizationInput {
  const input: AuthorizationInput = { context: context(action, resource), identity: layers.identity.map((s) => parsed(documentOf(s), 'identity')) }
  if (layers.boundary) input.boundary = parsed(documentOf(layers.boundary), 'boundary')
  if (layers.session) input.session = layers.session.map((s) => parsed(documentOf(s), 'session'))
  return input
}

describe('the evaluator (properties)', () => {
  it('never throws on any JSON in any layer', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), requestArb, (a, b, [action, resource]) => {
        const identity = parsePolicy(a, 'identity', 'a')
        const trust = parsePolicy(b, 'trust', 'b')
        const decision = authorize({
          context: context(action, resource),
          ...(identity.ok ? { identity: [identity.policy] } : {}),
          ...(trust.ok ? { resource: trust.policy, resourceMustAllow: true } : {}),
        })
        expect(['Allow', 'ExplicitDeny', 'ImplicitDeny']).toContain(decision.result)
      }),
      { numRuns: 500 },
    )
  })

  it('adding a Deny statement never turns a denial into an Allow', () => {
    fc.assert(
      fc.property(layersArb, statement('Deny'), fc.constantFrom('identity', 'boundary', 'session'), requestArb, (layers, deny, where, [action, resource]) => {
        const before = authorize(inputOf(layers, action, resource))
        const more = structuredClone(layers)
        if (where === 'identity') more.identity.push([deny])
        else if (where === 'boundary') more.boundary = [...(more.boundary ?? [{ Effect: 'Allow', Action: '*', Resource: '*' }]), deny]
        else more.session = [...(more.session ?? [[{ Effect: 'Allow', Action: '*', Resource: '*' }]]), [deny]]
        const after = authorize(inputOf(more, action, resource))
        if (before.result !== 'Allow') expect(after.result).not.toBe('Allow')
      }),
      { numRuns: 400 },
    )
  })

  it('a session policy never widens what a session may do', () => {
    fc.assert(
      fc.property(layersArb, fc.array(fc.array(statement(), { minLength: 1, maxLength: 3 }), { maxLength: 2 }), requestArb, (layers, session, [action, resource]) => {
        const without = authorize(inputOf({ ...layers, session: undefined }, action, resource))
        const withSession = authorize(inputOf({ ...layers, session }, action, resource))
        if (withSession.result === 'Allow') expect(without.result).toBe('Allow')
      }),
      { numRuns: 400 },
    )
  })

  it('the fast path and the explained trace agree, layer by layer', () => {
    fc.assert(
      fc.property(layersArb, requestArb, (layers, [action, resource]) => {
        const input = inputOf(layers, action, resource)
        const decision = authorize(input)
        const traced = traceLayers(input)
        expect(decision.layers).toEqual(traced)
        const tracedDeny = traced.some((layer) => layer.verdict === 'deny')
        expect(decision.result === 'ExplicitDeny').toBe(tracedDeny)
        if (decision.result === 'Allow') for (const layer of traced) expect(layer.verdict).not.toBe('deny')
        if (decision.layer) expect(traced.find((layer) => layer.layer === decision.layer)?.verdict).toBe(decision.result === 'ExplicitDeny' ? 'deny' : 'none')
      }),
      { numRuns: 400 },
    )
  })
})
