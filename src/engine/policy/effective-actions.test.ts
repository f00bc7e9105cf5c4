import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { authorize } from './authorize.ts'
import { loadIamCatalogue, type IamCatalogue } from './catalogue/iam-catalogue.ts'
import { effectiveActions, type EffectiveInput } from './effective-actions.ts'
import { parsePolicy } from './parse-policy.ts'
import type { Policy, PolicyKind } from './policy-types.ts'
import { contextKeys } from './request-context.ts'

let catalogue: IamCatalogue
beforeAll(async () => {
  catalogue = await loadIamCatalogue()
})

function policy(kind: PolicyKind, statements: unknown[]): Policy {
  const parsed = parsePolicy({ Version: '2012-10-17', Statement: statements }, kind, kind)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return parsed.policy
}

const readOnlySession: EffectiveInput = {
  context: {
    resource: '*',
    resourceAccount: '111111111111',
    principal: { type: 'AssumedRole', arn: 'arn:aws:sts::111111111111:assumed-role/ReadOnly/s', account: '111111111111', roleArn: 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly' },
    keys: contextKeys({}),
  },
  // The demo role teams/analytics/ReadOnly and its permissions boundary AnalyticsBoundary.
  identity: [policy('identity', [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 'athena:*', 'glue:Get*'], Resource: '*' }])],
  boundary: policy('boundary', [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket', 'athena:*'], Resource: '*' }]),
}

describe(effectiveActions, () => {
  it('intersects identity policy and boundary: the demo ReadOnly role keeps exactly s3:GetObject and s3:ListBucket of S3', () => {
    const result = effectiveActions(readOnlySession, { catalogue, service: 's3' })
    expect(result.allowed.map((a) => a.action)).toEqual(['s3:GetObject', 's3:ListBucket'])
    expect(result.deniedBy.boundary).toBeGreaterThan(10)
    expect(result.deniedBy.identity).toBeGreaterThan(10)
  })

  it('expands wildcards to the real actions: athena:* survives both layers, glue:Get* none', () => {
    const result = effectiveActions(readOnlySession, { catalogue })
    const services = new Set(result.allowed.map((a) => a.action.split(':')[0]))
    expect([...services].sort()).toEqual(['athena', 's3'])
    expect(result.allowed.filter((a) => a.action.startsWith('athena:')).length).toBe(catalogue.actionsOf('athena').length)
  })

  it('a session policy narrows further', () => {
    const result = effectiveActions({ ...readOnlySession, session: [policy('session', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }])] }, { catalogue })
    expect(result.allowed.map((a) => a.action)).toEqual(['s3:GetObject'])
  })

  it('GetFederationToken without a session policy: nothing', () => {
    const federated: EffectiveInput = {
      context: { ...readOnlySession.context, principal: { type: 'FederatedUser', arn: 'arn:aws:sts::111111111111:federated-user/jane', account: '111111111111', federatingUserArn: 'arn:aws:iam::111111111111:user/alice' } },
      identity: [policy('identity', [{ Effect: 'Allow', Action: '*', Resource: '*' }])],
      session: [],
    }
    expect(effectiveActions(federated, { catalogue }).allowed).toEqual([])
  })

  it('agrees with authorize, action by action (differential property)', () => {
    const actions = catalogue.expand('s3:*').map((a) => a.action)
    const input: EffectiveInput = {
      ...readOnlySession,
      context: { ...readOnlySession.context, resource: 'arn:aws:s3:::reports/q1.csv' },
      session: [policy('session', [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: 'arn:aws:s3:::reports/*' }, { Effect: 'Deny', Action: 's3:GetObjectAcl', Resource: '*' }])],
    }
    const effective = effectiveActions(input, { catalogue, service: 's3', matchResource: true })
    fc.assert(
      fc.property(fc.constantFrom(...actions), (action) => {
        const single = authorize({ ...input, context: { ...input.context, action } })
        const many = effective.decisionOf(action)
        expect({ result: many?.result, layer: many?.layer }).toEqual({ result: single.result, layer: single.layer })
      }),
      { numRuns: 300 },
    )
  })
})
