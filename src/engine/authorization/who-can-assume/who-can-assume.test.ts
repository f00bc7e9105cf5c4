import { describe, expect, it } from 'vitest'
import { worldChangedBy } from '../../testing/test-worlds.ts'
import { demoWorld } from '../../world/demo-world.ts'
import type { World } from '../../world/world-schema.ts'
import { largeWorld, LARGE_WORLD_ROLES } from './large-world.ts'
import type { AssumerVerdict } from './who-can-assume-types.ts'
import { whoCanAssume } from './who-can-assume.ts'

const ENV = { nowMs: Date.UTC(2026, 0, 15, 12), region: 'us-east-1', secureTransport: true }
const arnOf = (name: string, world: World = demoWorld) => {
  const role = world.roles.find((r) => r.name === name)
  if (!role) throw new Error(`no role ${name}`)
  return { arn: `arn:${world.partition}:iam::${role.account}:role${role.path}${role.name}`, trust: role.trustPolicy }
}

function verdicts(world: World, roleName: string, draft?: unknown): AssumerVerdict[] {
  const { arn, trust } = arnOf(roleName, world)
  const result = whoCanAssume(world, arn, draft ?? trust, ENV)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.verdicts
}

/** label → [verdict, decidedBy, condition keys]. */
function summary(list: AssumerVerdict[], labels: string[]) {
  return Object.fromEntries(labels.map((label) => {
    const v = list.find((x) => x.principal.label.startsWith(label))
    return [label, v ? [v.verdict, v.decidedBy ?? '-', v.conditionKeys.join(',')] : 'missing']
  }))
}

const BOB = 'arn:aws:iam::111111111111:user/division/bob'
const trusting = (principal: unknown, extra: Record<string, unknown> = {}) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra }] })

describe('whoCanAssume on the demo world', () => {
  it.each([
    {
      name: 'Dev trusts its account: users whose identity policies allow sts:AssumeRole can, others are stopped by identity; root never',
      role: 'Dev',
      expected: {
        'user alice': ['allowed', '-', ''],
        'user bob': ['denied', 'identity', ''],
        'user vendor-bot': ['denied', 'resource', ''],
        'root user of 111111111111': ['denied', '-', ''],
        'sessions of role Dev ': ['allowed', '-', ''],
        'sessions of role Batch ': ['denied', 'identity', ''],
        'SAML provider ExampleIdP': ['denied', 'resource', ''],
      },
    },
    { name: 'VendorAudit asks for an ExternalId', role: 'VendorAudit', expected: { 'user vendor-bot': ['conditional', 'resource', 'sts:ExternalId'], 'user alice': ['denied', 'resource', ''] } },
    {
      name: 'Admin asks for MFA: alice waits for it; bob would still be stopped by identity',
      role: 'Admin',
      expected: { 'user alice': ['conditional', 'resource', 'aws:MultiFactorAuthPresent'], 'user bob': ['denied', 'identity', 'aws:MultiFactorAuthPresent'] },
    },
    { name: 'SamlDeveloper trusts the SAML provider for one audience', role: 'SamlDeveloper', expected: { 'SAML provider ExampleIdP': ['conditional', 'resource', 'SAML:aud'], 'OIDC provider': ['denied', 'resource', ''], 'user alice': ['denied', 'resource', ''] } },
    { name: 'WebAppUser trusts the OIDC provider for one client', role: 'WebAppUser', expected: { 'OIDC provider https://oidc.example.com': ['conditional', 'resource', 'oidc.example.com:aud'] } },
    { name: 'AmazonLoginUser trusts Login with Amazon for one app', role: 'AmazonLoginUser', expected: { 'Login with Amazon': ['conditional', 'resource', 'www.amazon.com:app_id'], Facebook: ['denied', 'resource', ''] } },
    {
      name: 'CognitoAuthenticated trusts Cognito for one pool, authenticated identities',
      role: 'CognitoAuthenticated',
      expected: { 'Cognito identity pool PlaygroundIdentityPool': ['conditional', 'resource', 'cognito-identity.amazonaws.com:aud,cognito-identity.amazonaws.com:amr'] },
    },
    {
      name: 'CrossAccountDeploy (222222222222): providers of another account are refused before any policy',
      role: 'CrossAccountDeploy',
      expected: { 'user alice': ['allowed', '-', ''], 'SAML provider ExampleIdP': ['denied', '-', ''], 'OIDC provider': ['denied', '-', ''] },
    },
  ])('$name', ({ role, expected }) => expect(summary(verdicts(demoWorld, role), Object.keys(expected))).toEqual(expected))

  it('lists every principal once per assume action', () => {
    const list = verdicts(demoWorld, 'Dev')
    const { users, accounts, roles, samlProviders, oidcProviders, oauth2Providers = [], cognito } = demoWorld
    expect(list).toHaveLength(users.length + accounts.length + roles.length + samlProviders.length + oidcProviders.length + oauth2Providers.length + (cognito?.identityPools.length ?? 0))
    expect(list.find((v) => v.principal.kind === 'root')?.reason).toBe('Roles may not be assumed by root accounts.')
  })

  it('answers for the draft, not the saved trust policy', () => {
    const byArn = verdicts(demoWorld, 'Dev', trusting({ AWS: BOB }))
    expect(summary(byArn, ['user bob', 'user alice'])).toEqual({ 'user bob': ['allowed', '-', ''], 'user alice': ['denied', 'resource', ''] })
    expect(byArn.find((v) => v.principal.label.startsWith('user bob'))?.reason).toBe('The trust policy names this user.')
  })

  it('a Deny statement in the draft wins, and is not relaxed', () => {
    const draft = { Version: '2012-10-17', Statement: [...trusting({ AWS: 'arn:aws:iam::111111111111:root' }).Statement, { Effect: 'Deny', Principal: { AWS: BOB }, Action: 'sts:AssumeRole', Condition: { StringNotEquals: { 'sts:ExternalId': 'x' } } }] }
    expect(summary(verdicts(demoWorld, 'Dev', draft), ['user alice'])).toEqual({ 'user alice': ['allowed', '-', ''] })
  })

  it('conditions on who the caller is stay: aws:PrincipalTag is not something a request supplies', () => {
    const draft = trusting({ AWS: 'arn:aws:iam::111111111111:root' }, { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'nobody' } } })
    expect(summary(verdicts(demoWorld, 'Dev', draft), ['user alice'])).toEqual({ 'user alice': ['denied', 'resource', ''] })
  })

  it('an SCP that denies sts:AssumeRole is the deciding layer', () => {
    const world = worldChangedBy((w) => w.organization?.scps.push({ name: 'NoAssume', document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' }] }, targets: ['111111111111'] }))
    expect(summary(verdicts(world, 'Dev'), ['user alice'])).toEqual({ 'user alice': ['denied', 'scp', ''] })
  })

  it('Cognito across accounts: a statement that does not test both aud and amr does not count', () => {
    const world = worldChangedBy((w) => {
      const deploy = w.roles.find((r) => r.name === 'CrossAccountDeploy')
      if (deploy) deploy.trustPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:0f6a2b4c-1d3e-4f5a-8b7c-9d0e1f2a3b4c' } } }] }
    })
    expect(summary(verdicts(world, 'CrossAccountDeploy'), ['Cognito identity pool'])).toEqual({ 'Cognito identity pool': ['denied', 'resource', ''] })
  })

  it('a draft that does not parse gets the policy parser’s problems', () => {
    const result = whoCanAssume(demoWorld, arnOf('Dev').arn, { Version: '2012-10-17', Statement: [{ Effect: 'Maybe', Principal: '*', Action: 'sts:AssumeRole' }] }, ENV)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('Statement[0].Effect')
  })

  it('takes the draft as text too, and reports JSON that does not parse', () => {
    const text = JSON.stringify(trusting({ AWS: BOB }))
    const result = whoCanAssume(demoWorld, arnOf('Dev').arn, text, ENV)
    expect(result.ok && summary(result.verdicts, ['user bob'])).toEqual({ 'user bob': ['allowed', '-', ''] })
    expect(whoCanAssume(demoWorld, arnOf('Dev').arn, text.slice(0, -3), ENV).ok).toBe(false)
  })

  it('answers for a role the world does not have yet (a role being created)', () => {
    const result = whoCanAssume(demoWorld, 'arn:aws:iam::111111111111:role/NotYet', trusting({ AWS: BOB }), ENV)
    expect(result.ok && summary(result.verdicts, ['user bob'])).toEqual({ 'user bob': ['allowed', '-', ''] })
  })
})

describe('whoCanAssume and the caller’s permissions boundary', () => {
  it('a trust policy naming alice does not lift her boundary: one that allows only s3:* stops her (IAM User Guide, "Update a role trust policy")', () => {
    const world = worldChangedBy((w) => {
      const alice = w.users.find((u) => u.name === 'alice')
      if (alice) alice.permissionsBoundary = { name: 'OnlyS3', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] } }
    })
    const alice = 'arn:aws:iam::111111111111:user/alice'
    expect(summary(verdicts(world, 'Dev', trusting({ AWS: alice })), ['user alice'])).toEqual({ 'user alice': ['denied', 'boundary', ''] })
  })
})

describe('whoCanAssume on a world of 1,000 more roles', () => {
  it('answers for every role session: even ones may chain, odd ones are stopped by identity', () => {
    const world = largeWorld()
    const list = verdicts(world, 'Generated7')
    const sessions = list.filter((v) => v.principal.kind === 'role-session' && v.principal.label.includes('Generated'))
    expect(sessions).toHaveLength(LARGE_WORLD_ROLES)
    expect(sessions.filter((v) => v.verdict === 'allowed')).toHaveLength(LARGE_WORLD_ROLES / 2)
    expect(new Set(sessions.filter((v) => v.verdict === 'denied').map((v) => v.decidedBy))).toEqual(new Set(['identity']))
  })
})
