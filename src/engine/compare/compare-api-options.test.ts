// The comparison table for the demo world, every cell checked against AWS's published values:
// IAM User Guide, "Compare AWS STS credentials" ("Comparing your API options"), and the AWS STS
// API Reference's DurationSeconds of each operation. The cells are computed by the engine; these
// tests read its facts, never its words.
import { beforeAll, describe, expect, it } from 'vitest'
import { T0 } from '../testing/sign-request.ts'
import { hostWebCrypto } from '../testing/saml-response.ts'
import { orgAdminUser, worldChangedBy } from '../testing/test-worlds.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'
import { compareApiOptions } from './compare-api-options.ts'
import type { CallerKind, ComparedOperation, ComparisonRow, ComparisonTable, LifetimeLine, MayCallFact } from './comparison-types.ts'

const KEY = new Uint8Array(32).fill(7)
const table = (world: World = demoWorld) => compareApiOptions({ world, sessionKey: KEY, nowMs: T0, webCrypto: hostWebCrypto })

let demo: ComparisonTable
beforeAll(async () => {
  demo = await table()
}, 60_000)

function row(operation: ComparedOperation, from: ComparisonTable = demo): ComparisonRow {
  const found = from.rows.find((r) => r.operation === operation)
  if (!found) throw new Error(`no ${operation} row`)
  return found
}

function lifetime(operation: ComparedOperation, line: LifetimeLine, from: ComparisonTable = demo) {
  const fact = row(operation, from).lifetime.find((l) => l.line === line)
  if (!fact) throw new Error(`no ${line} line for ${operation}`)
  return { min: fact.min, max: fact.max, default: fact.default, longerIsShortened: fact.longerIsShortened }
}

const H = 3600
describe('Credential lifetime (min | max | default), from requests at the edges', () => {
  it.each([
    // AssumeRole: 15 min | the role's MaxSessionDuration (Batch: 12 h) | 1 h (API Reference: AssumeRole, DurationSeconds)
    ['AssumeRole', 'standard', { min: 900, max: 12 * H, default: H, longerIsShortened: false }],
    // Role chaining caps the session at one hour (IAM User Guide: "Role chaining")
    ['AssumeRole', 'role-chaining', { min: 900, max: H, default: H, longerIsShortened: false }],
    // A role assumed with GetSessionToken credentials is role chaining too (AWS Knowledge Center, role chaining limit)
    ['AssumeRole', 'via-session-token', { min: 900, max: H, default: H, longerIsShortened: false }],
    // AssumeRoleWithSAML: up to the role's MaxSessionDuration (SamlDeveloper: 4 h)
    ['AssumeRoleWithSAML', 'standard', { min: 900, max: 4 * H, default: H, longerIsShortened: false }],
    ['AssumeRoleWithWebIdentity', 'standard', { min: 900, max: H, default: H, longerIsShortened: false }],
    // GetFederationToken: IAM user 15 min | 36 h | 12 h; root 15 min | 1 h | 1 h, longer asks shortened (API Reference: GetFederationToken)
    ['GetFederationToken', 'iam-user', { min: 900, max: 36 * H, default: 12 * H, longerIsShortened: false }],
    ['GetFederationToken', 'root', { min: 900, max: H, default: H, longerIsShortened: true }],
    // GetSessionToken: the same (API Reference: GetSessionToken, DurationSeconds)
    ['GetSessionToken', 'iam-user', { min: 900, max: 36 * H, default: 12 * H, longerIsShortened: false }],
    ['GetSessionToken', 'root', { min: 900, max: H, default: H, longerIsShortened: true }],
  ] as const)('%s, %s line', (operation, line, expected) => {
    expect(lifetime(operation, line)).toEqual(expected)
  })

  it('each line cites a refusal one second past its maximum, or the request that was shortened', () => {
    for (const r of demo.rows) {
      for (const line of r.lifetime) {
        const answers = line.evidence.map((id) => demo.experiments[id]).filter((e) => e?.kind === 'sts')
        if (line.longerIsShortened) {
          expect(answers.some((e) => e.result.outcome === 'success' && e.parameters.some(([name, value]) => name === 'DurationSeconds' && Number(value) > line.max))).toBe(true)
        } else {
          const over = answers.find((e) => e.parameters.some(([name, value]) => name === 'DurationSeconds' && Number(value) === line.max + 1))
          expect(over?.result.fault?.code, `${r.operation} ${line.line}`).toBe('ValidationError')
        }
        const under = answers.find((e) => e.parameters.some(([name, value]) => name === 'DurationSeconds' && Number(value) === line.min - 1))
        expect(under?.result.fault?.code).toBe('ValidationError')
      }
    }
  })
})

describe('Who can call', () => {
  const callers = (operation: ComparedOperation) => Object.fromEntries(row(operation).who.map((fact) => [fact.caller, fact.allowed]))
  it.each([
    // "IAM user or IAM role with existing temporary security credentials"; root cannot assume roles
    ['AssumeRole', { 'iam-user': true, root: false, 'role-session': true, 'federated-user': false, 'session-token': true, unsigned: false }],
    // "Any user; caller must pass a SAML authentication response" / "… a web identity token"
    ['AssumeRoleWithSAML', { 'iam-user': true, root: true, 'role-session': true, 'federated-user': true, 'session-token': true, unsigned: true }],
    ['AssumeRoleWithWebIdentity', { 'iam-user': true, root: true, 'role-session': true, 'federated-user': true, 'session-token': true, unsigned: true }],
    // "IAM user or AWS account root user"
    ['GetFederationToken', { 'iam-user': true, root: true, 'role-session': false, 'federated-user': false, 'session-token': false, unsigned: false }],
    ['GetSessionToken', { 'iam-user': true, root: true, 'role-session': false, 'federated-user': false, 'session-token': false, unsigned: false }],
  ] as const)('%s', (operation, expected: Partial<Record<CallerKind, boolean>>) => {
    expect(callers(operation)).toEqual(expected)
  })
})

describe('MFA and session policy support', () => {
  it.each([
    ['AssumeRole', true, true],
    ['AssumeRoleWithSAML', false, true],
    ['AssumeRoleWithWebIdentity', false, true],
    ['GetFederationToken', false, true],
    ['GetSessionToken', true, false],
  ] as const)('%s: MFA %s, session policy %s', (operation, mfa, sessionPolicy) => {
    expect(row(operation).mfa?.supported).toBe(mfa)
    expect(row(operation).sessionPolicy?.supported).toBe(sessionPolicy)
  })

  it('a supported MFA is shown by a wrong code refused and a right one granted', () => {
    const [wrong, right] = (row('GetSessionToken').mfa?.evidence ?? []).map((id) => demo.experiments[id])
    expect(wrong?.kind === 'sts' && wrong.result.fault?.code).toBe('AccessDenied')
    expect(right?.kind === 'sts' && right.result.outcome).toBe('success')
  })
})

describe('Restrictions on the resulting temporary credentials', () => {
  const refused = (facts: readonly MayCallFact[], withMfa?: boolean) =>
    facts
      .filter((f) => f.withMfa === withMfa && !f.allowed)
      .map((f) => (f.target.kind === 'sts' ? f.target.operation : f.target.kind === 'iam' ? f.target.action : 'console'))
      .sort()

  it.each(['AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity'] as const)('%s: cannot call GetFederationToken or GetSessionToken; console sign-in allowed', (operation) => {
    expect(refused(row(operation).restrictions)).toEqual(['GetFederationToken', 'GetSessionToken'])
    expect(row(operation).restrictions.find((f) => f.target.kind === 'console')?.allowed).toBe(true)
  })

  it('console sign-in: allowed for GetFederationToken, not for GetSessionToken (with or without MFA)', () => {
    const console = (operation: ComparedOperation) => row(operation).restrictions.filter((f) => f.target.kind === 'console').map((f) => f.allowed)
    expect(console('GetFederationToken')).toEqual([true])
    expect(console('GetSessionToken')).toEqual([false, false])
  })

  it('GetFederationToken: no STS operation but GetCallerIdentity, and no IAM API operation', () => {
    const facts = row('GetFederationToken').restrictions
    expect(facts.filter((f) => f.allowed).map((f) => f.target)).toEqual([{ kind: 'sts', operation: 'GetCallerIdentity' }, { kind: 'console' }])
  })

  it('GetSessionToken: AssumeRole and GetCallerIdentity in STS; IAM only with MFA', () => {
    const facts = row('GetSessionToken').restrictions
    const allowedSts = (withMfa: boolean) => facts.filter((f) => f.withMfa === withMfa && f.allowed && f.target.kind === 'sts').map((f) => (f.target.kind === 'sts' ? f.target.operation : ''))
    expect(allowedSts(false)).toEqual(expect.arrayContaining(['AssumeRole', 'GetCallerIdentity']))
    expect(allowedSts(false)).not.toContain('GetFederationToken')
    expect(refused(facts, false)).toContain('iam:ListUsers')
    expect(refused(facts, true)).not.toContain('iam:ListUsers')
  })
})

describe('The table follows the world', () => {
  it('names what it used: alice, her account root, the Batch role and the simulated IdPs', () => {
    expect(demo.subjects.user?.name).toBe('alice')
    expect(demo.subjects.root?.account).toBe('111111111111')
    expect(demo.subjects.role?.name).toBe('Batch')
    expect(demo.subjects.saml?.roleArn).toBe('arn:aws:iam::111111111111:role/SamlDeveloper')
    expect(demo.subjects.webIdentity?.roleArn).toBe('arn:aws:iam::111111111111:role/WebAppUser')
  })

  it("a changed MaxSessionDuration changes AssumeRole's maximum and no other fact", async () => {
    const changed = await table(
      worldChangedBy((world) => {
        const batch = world.roles.find((role) => role.name === 'Batch')
        if (batch) batch.maxSessionDuration = 5 * H
      }),
    )
    expect(lifetime('AssumeRole', 'standard', changed).max).toBe(5 * H)
    const withoutEvidence = (t: ComparisonTable) => JSON.parse(JSON.stringify(t.rows, (key, value: unknown) => (key === 'evidence' ? undefined : value))) as unknown
    const before = withoutEvidence(demo) as ComparisonRow[]
    const after = withoutEvidence(changed) as ComparisonRow[]
    const standard = (rows: ComparisonRow[]) => rows[0]?.lifetime.find((l) => l.line === 'standard')
    const beforeStandard = standard(before)
    if (beforeStandard) beforeStandard.max = 5 * H
    expect(after).toEqual(before)
  }, 60_000)

  it('a picked role the IAM user may not assume (Admin wants MFA) gives an AssumeRole row that points at the refusal', async () => {
    const admin = 'arn:aws:iam::111111111111:role/Admin'
    const picked = await compareApiOptions({ world: demoWorld, sessionKey: KEY, nowMs: T0, webCrypto: hostWebCrypto, picks: { roleArn: admin } })
    expect(picked.subjects.role?.arn).toBe(admin)
    const refusal = picked.experiments[row('AssumeRole', picked).unavailable?.experiment ?? '']
    expect(refusal?.kind === 'sts' && refusal.result.fault?.code).toBe('AccessDenied')
    expect(row('AssumeRole', picked).lifetime).toEqual([])
  }, 60_000)

  it('a session policy is shown in force by the action it denies, decided by the session policy layer', () => {
    const [, check] = (row('AssumeRole').sessionPolicy?.evidence ?? []).map((id) => demo.experiments[id])
    expect(check?.kind === 'probe' && check.result.ok && { result: check.result.decision.result, layer: check.result.decision.layer }).toEqual({ result: 'ExplicitDeny', layer: 'session' })
  })

  it('the same world, key and instant give the same table', async () => {
    expect(JSON.stringify(await table())).toBe(JSON.stringify(demo))
  }, 60_000)

  it('every fact cites experiments that exist', () => {
    for (const r of demo.rows) {
      const ids = [...r.who, ...r.lifetime, ...r.restrictions, ...(r.mfa ? [r.mfa] : []), ...(r.sessionPolicy ? [r.sessionPolicy] : [])].flatMap((f) => f.evidence)
      expect(ids.length).toBeGreaterThan(0)
      for (const id of ids) expect(demo.experiments[id], id).toBeDefined()
    }
  })

  it('AssumeRoot and GetWebIdentityToken: unavailable in the demo world, with the refusal that says why', () => {
    expect(demo.experiments[row('AssumeRoot').unavailable?.experiment ?? '']?.kind).toBe('sts')
    const refusal = demo.experiments[row('GetWebIdentityToken').unavailable?.experiment ?? '']
    expect(refusal?.kind === 'sts' && refusal.result.outcome).toBe('error')
  })

  it('a world without an IAM user with a key gives a table without rows that need one, and does not throw', async () => {
    const bare = await table(worldChangedBy((world) => void world.users.forEach((user) => (user.accessKeys = []))))
    expect(bare.rows.map((r) => r.operation)).toEqual(['AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity'])
  }, 60_000)
})

describe('The newer operations, in a world that has what they need', () => {
  // An organization managed from production (222222222222) with centralized root access, an
  // org-admin user there allowed sts:AssumeRoot, and outbound identity federation on for every account
  // (IAM User Guide, "Centralize root access for member accounts"; "Outbound identity federation").
  const orgWorld = worldChangedBy((world) => {
    for (const account of world.accounts) account.outboundWebIdentityFederation = true
    const alice = world.users.find((user) => user.name === 'alice')
    alice?.policies.push({ name: 'Tokens', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:GetWebIdentityToken', Resource: '*' }] } })
    world.users.push(orgAdminUser([{ Effect: 'Allow', Action: 'sts:AssumeRoot', Resource: '*' }]))
    world.organization = { id: 'o-exampleorg1', managementAccount: '222222222222', accounts: ['111111111111', '222222222222', '333333333333'], scps: [], rcps: [], centralizedRootAccess: true }
  })

  it('AssumeRoot: 0 s | 15 min | 15 min, for the management account (API Reference: AssumeRoot, DurationSeconds)', async () => {
    const org = await table(orgWorld)
    expect(row('AssumeRoot', org).unavailable).toBeUndefined()
    expect(lifetime('AssumeRoot', 'standard', org)).toEqual({ min: 0, max: 900, default: 900, longerIsShortened: false })
    // The root user cannot call AssumeRoot; no MFA parameter; a task policy, not a session policy.
    expect(row('AssumeRoot', org).who.find((fact) => fact.caller === 'root')?.allowed).toBe(false)
    expect(row('AssumeRoot', org).mfa?.supported).toBe(false)
    expect(row('GetWebIdentityToken', org).unavailable).toBeUndefined()
    // GetWebIdentityToken: 1 min | 1 h | 5 min (API Reference: GetWebIdentityToken, DurationSeconds)
    expect(lifetime('GetWebIdentityToken', 'standard', org)).toEqual({ min: 60, max: 3600, default: 300, longerIsShortened: false })
  }, 60_000)
})
