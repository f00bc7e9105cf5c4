import { describe, expect, it } from 'vitest'
import { decide, type DecisionFacts, type LayerVerdicts } from './decide.ts'

// IAM User Guide, "Policy evaluation logic" and "Update a role trust policy".
const USER_SAME_ACCOUNT: DecisionFacts = { principalType: 'User', crossAccount: false, resourceMustAllow: false }
const TRUST: DecisionFacts = { ...USER_SAME_ACCOUNT, resourceMustAllow: true, trustPolicy: true }

describe(decide, () => {
  it.each<{ name: string; verdicts: LayerVerdicts; facts: DecisionFacts; expected: { result: string; layer?: string } }>([
    {
      name: 'a bucket policy naming the user lifts the boundary',
      verdicts: { resource: 'allow', resourceGrant: 'user', identity: 'none', boundary: 'none' },
      facts: USER_SAME_ACCOUNT,
      expected: { result: 'Allow' },
    },
    {
      name: 'a trust policy naming the user does not: the boundary must allow sts:AssumeRole',
      verdicts: { resource: 'allow', resourceGrant: 'user', identity: 'none', boundary: 'none' },
      facts: TRUST,
      expected: { result: 'ImplicitDeny', layer: 'boundary' },
    },
    {
      name: 'a trust policy naming the user needs no identity policy in the role’s account',
      verdicts: { resource: 'allow', resourceGrant: 'user', identity: 'none', boundary: 'allow' },
      facts: TRUST,
      expected: { result: 'Allow' },
    },
    {
      name: 'a trust policy naming a role session is limited by that session’s policies',
      verdicts: { resource: 'allow', resourceGrant: 'role-session', identity: 'none', session: 'none' },
      facts: { ...TRUST, principalType: 'AssumedRole' },
      expected: { result: 'ImplicitDeny', layer: 'session' },
    },
    {
      name: 'a SAML or web-identity caller relies on the trust policy alone',
      verdicts: { resource: 'allow', resourceGrant: 'federated' },
      facts: { ...TRUST, principalType: 'WebIdentity' },
      expected: { result: 'Allow' },
    },
  ])('$name', ({ verdicts, facts, expected }) => expect({ ...decide(verdicts, facts) }).toEqual(expected))
})
