import { beforeAll, describe, expect, it } from 'vitest'
import { loadIamCatalogue, type IamCatalogue } from '../policy/catalogue/iam-catalogue.ts'
import { ALICE } from '../testing/sign-request.ts'
import { credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { demoWorld } from '../world/demo-world.ts'
import { intersectionGrid } from './intersection-grid.ts'
import { GRID_LAYERS, type GridRequest, type GridResult, type GridSubject } from './intersection-types.ts'

// The issue's scenario (issue [10]) on the demo world (src/engine/world/demo-world.json): a session of
// teams/analytics/ReadOnly (its trust policy trusts account 111111111111, so alice may assume it) whose
// boundary allows s3:GetObject, s3:ListBucket and athena:*, whose identity policy allows s3:Get* and
// s3:List*, with a session policy allowing s3:GetObject, s3:GetBucketPolicy and s3:PutObject.
// IAM User Guide, "Policy evaluation logic" and "Session policies".
const READ_ONLY = 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly'
const SESSION_POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:GetBucketPolicy', 's3:PutObject'], Resource: '*' }] })
const SESSION_KEY = new Uint8Array(32).fill(7)
const ACTIONS = ['s3:GetObject', 's3:GetBucketPolicy', 's3:PutObject', 's3:ListBucket']

let catalogue: IamCatalogue
beforeAll(async () => {
  catalogue = await loadIamCatalogue()
})

const engine = { world: demoWorld, sessionKey: SESSION_KEY }
const grid = (request: GridRequest, world = demoWorld): GridResult => intersectionGrid({ world, sessionKey: SESSION_KEY }, request, T0, catalogue)

/** action → [final, the layer cells that are not allow/not-applicable as layer:verdict]. */
function summary(result: GridResult): Record<string, string> {
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`)
  return Object.fromEntries(
    result.rows.map((row) => {
      const final = row.cells.at(-1)?.verdict ?? '?'
      const stopped = row.cells.filter((c) => c.layer !== 'final' && c.verdict !== 'allow' && c.verdict !== 'not-applicable').map((c) => `${c.layer}:${c.verdict}`)
      return [row.action, [final, ...stopped].join(' ')]
    }),
  )
}

async function assumedReadOnly(sessionName: string, policy?: string): Promise<GridSubject> {
  const sts = stsTestClient(demoWorld, SESSION_KEY)
  const creds = credentialsOf(await sts.call(ALICE, 'AssumeRole', { RoleArn: READ_ONLY, RoleSessionName: sessionName, ...(policy ? { Policy: policy } : {}) }))
  return { kind: 'credentials', accessKeyId: creds.accessKeyId, ...(creds.sessionToken ? { sessionToken: creds.sessionToken } : {}) }
}

const ISSUE_EXPECTED = {
  's3:GetObject': 'allow',
  's3:GetBucketPolicy': 'implicit-deny boundary:implicit-deny',
  's3:PutObject': 'implicit-deny identity:implicit-deny boundary:implicit-deny',
  's3:ListBucket': 'implicit-deny session:implicit-deny',
}

describe('intersectionGrid: the issue’s scenario', () => {
  it('a draft session of ReadOnly with the session policy', () => {
    const result = grid({ subject: { kind: 'draft', principalArn: READ_ONLY, sessionPolicy: SESSION_POLICY }, actions: { kind: 'list', actions: ACTIONS } })
    expect(summary(result)).toEqual(ISSUE_EXPECTED)
    expect(result.ok && result.caller.arn).toBe('arn:aws:sts::111111111111:assumed-role/ReadOnly/draft')
    expect(result.ok && result.hypothetical).toBe(false)
  })

  it('credentials from the engine’s own AssumeRole give the same grid', async () => {
    const subject = await assumedReadOnly('issue-10', SESSION_POLICY)
    expect(summary(grid({ subject, actions: { kind: 'list', actions: ACTIONS } }))).toEqual(ISSUE_EXPECTED)
  })

  it('every row has one cell per GRID_LAYERS entry, in order; an allowing cell names its statement', () => {
    const result = grid({ subject: { kind: 'draft', principalArn: READ_ONLY, sessionPolicy: SESSION_POLICY }, actions: { kind: 'list', actions: ['s3:GetObject'] } })
    if (!result.ok) throw new Error(result.detail)
    const [row] = result.rows
    expect(row?.cells.map((c) => c.layer)).toEqual([...GRID_LAYERS])
    expect(row?.cells.find((c) => c.layer === 'identity')?.statement).toEqual({ policy: 'AnalyticsReadOnly', index: 0 })
    expect(row?.cells.find((c) => c.layer === 'boundary')?.statement).toEqual({ policy: 'AnalyticsBoundary', index: 0 })
    expect(row?.cells.find((c) => c.layer === 'session')?.statement).toEqual({ policy: 'session policy 1', index: 0 })
    expect(row?.cells.find((c) => c.layer === 'explicit-deny')?.verdict).toBe('not-applicable')
    expect(row?.cells.find((c) => c.layer === 'resource')?.verdict).toBe('not-applicable')
  })

  it.each([
    { name: 'boundary off: s3:GetBucketPolicy is allowed', whatIf: { off: ['boundary' as const] }, action: 's3:GetBucketPolicy', expected: 'allow' },
    {
      name: 'a boundary text that allows s3:GetBucketPolicy',
      whatIf: { boundary: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetBucketPolicy', Resource: '*' }] }) },
      action: 's3:GetBucketPolicy',
      expected: 'allow',
    },
    { name: 'session policy off: s3:ListBucket is allowed', whatIf: { off: ['session' as const] }, action: 's3:ListBucket', expected: 'allow' },
    { name: 'identity off: nothing is allowed', whatIf: { off: ['identity' as const] }, action: 's3:GetObject', expected: 'implicit-deny identity:implicit-deny' },
  ])('what-if: $name', ({ whatIf, action, expected }) => {
    const result = grid({ subject: { kind: 'draft', principalArn: READ_ONLY, sessionPolicy: SESSION_POLICY }, actions: { kind: 'list', actions: [action] }, whatIf })
    expect(summary(result)[action]).toBe(expected)
    expect(result.ok && result.hypothetical).toBe(true)
  })

  it('what-if: a text that does not parse is reported and ignored', () => {
    const result = grid({ subject: { kind: 'draft', principalArn: READ_ONLY, sessionPolicy: SESSION_POLICY }, actions: { kind: 'list', actions: ACTIONS }, whatIf: { boundary: '{ not json' } })
    expect(summary(result)).toEqual(ISSUE_EXPECTED)
    expect(result.ok && result.whatIfProblems.length).toBeGreaterThan(0)
    expect(result.ok && result.hypothetical).toBe(true)
  })

  it('never changes the world', () => {
    const before = JSON.stringify(demoWorld)
    grid({ subject: { kind: 'draft', principalArn: READ_ONLY, sessionPolicy: SESSION_POLICY }, actions: { kind: 'service', service: 's3' }, whatIf: { off: ['boundary', 'scp'], sessionPolicy: SESSION_POLICY } })
    expect(JSON.stringify(demoWorld)).toBe(before)
  })
})

describe('intersectionGrid: selections and answers that are not a grid', () => {
  it.each([
    { name: 'a service prefix', actions: { kind: 'service' as const, service: 's3' }, atLeast: 100 },
    { name: 'a pattern', actions: { kind: 'pattern' as const, pattern: 's3:Put*' }, atLeast: 10 },
  ])('$name selects catalogue actions', ({ actions, atLeast }) => {
    const result = grid({ subject: { kind: 'draft', principalArn: READ_ONLY }, actions })
    expect(result.ok && result.rows.length).toBeGreaterThanOrEqual(atLeast)
  })

  it.each([
    { name: 'an unknown action', request: { subject: { kind: 'draft', principalArn: READ_ONLY }, actions: { kind: 'list', actions: ['s3:Fly'] } }, reason: 'bad-selection' },
    { name: 'an unknown service', request: { subject: { kind: 'draft', principalArn: READ_ONLY }, actions: { kind: 'service', service: 'nope' } }, reason: 'bad-selection' },
    { name: 'a pattern that is not one', request: { subject: { kind: 'draft', principalArn: READ_ONLY }, actions: { kind: 'pattern', pattern: 's3 Get' } }, reason: 'bad-selection' },
    { name: 'an empty list', request: { subject: { kind: 'draft', principalArn: READ_ONLY }, actions: { kind: 'list', actions: [] } }, reason: 'bad-selection' },
    { name: 'a role the world does not have', request: { subject: { kind: 'draft', principalArn: 'arn:aws:iam::111111111111:role/Nope' }, actions: { kind: 'list', actions: ['s3:GetObject'] } }, reason: 'unknown-principal' },
    { name: 'not an ARN', request: { subject: { kind: 'draft', principalArn: 'alice' }, actions: { kind: 'list', actions: ['s3:GetObject'] } }, reason: 'unknown-principal' },
    { name: 'an unknown access key', request: { subject: { kind: 'credentials', accessKeyId: 'AKIAXXXXXXXXXXXXXXXX' }, actions: { kind: 'list', actions: ['s3:GetObject'] } }, reason: 'invalid-credentials' },
  ] satisfies { name: string; request: GridRequest; reason: string }[])('$name: $reason', ({ request, reason }) => {
    const result = grid(request)
    expect(result.ok ? 'ok' : result.reason).toBe(reason)
  })

  it('expired credentials', async () => {
    const subject = await assumedReadOnly('late')
    const result = intersectionGrid(engine, { subject, actions: { kind: 'list', actions: ['s3:GetObject'] } }, T0 + 2 * 3_600_000, catalogue)
    expect(result.ok ? 'ok' : result.reason).toBe('expired')
  })
})
