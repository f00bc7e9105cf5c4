// A small comparison table made by hand, for unit tests only (the view shows only what the engine
// computes). Shaped like the engine's: facts naming the experiments that showed them.
import type { ComparisonRow, ComparisonTable, EngineResult, StsExperiment } from '../../engine/types.ts'

export const T0 = Date.UTC(2026, 0, 1, 12)
const ALICE = { accessKeyId: 'AKIARTXV5AHDSAGTTNG7', secretAccessKey: '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' }
const ROOT = { accessKeyId: 'AKIAROOTKEY000000001', secretAccessKey: 'root-secret' }

function answer(status: number, extra: Partial<EngineResult> = {}): EngineResult {
  return {
    response: { status, headers: {}, body: '<xml/>' },
    requestId: 'req',
    checks: [
      { id: 'signature.match', title: 'The signature matches', outcome: 'pass', detail: 'ok' },
      { id: 'duration.range', title: 'DurationSeconds is in range', outcome: status === 200 ? 'pass' : 'fail', detail: 'between 900 and 129600' },
    ],
    ...extra,
  }
}

function sts(id: string, operation: string, parameters: [string, string][], caller: StsExperiment['caller'], result: EngineResult): StsExperiment {
  const pairs: [string, string][] = [['Action', operation], ['Version', '2011-06-15'], ...parameters]
  return {
    kind: 'sts',
    id,
    purpose: `${operation} ${parameters.map(([name, value]) => `${name}=${value}`).join(' ')}`,
    caller,
    sentAt: T0,
    operation,
    parameters: pairs,
    host: 'sts.amazonaws.com',
    region: 'us-east-1',
    request: { method: 'POST', url: '/', headers: { host: 'sts.amazonaws.com' }, body: pairs.map(([n, v]) => `${n}=${encodeURIComponent(v)}`).join('&') },
    result,
  }
}

const issued = (accessKeyId: string, expiration: string, arn: string) => ({ accessKeyId, secretAccessKey: 'secret', sessionToken: 'token', expiration, arn, account: '111111111111' })

export const experiments = {
  gftMax: sts('GetFederationToken.duration.129600', 'GetFederationToken', [['Name', 'Bob'], ['DurationSeconds', '129600']], { kind: 'iam-user', label: 'IAM user alice', credentials: ALICE }, answer(200, { issued: issued('ASIAFED', '2026-01-03T00:00:00Z', 'arn:aws:sts::111111111111:federated-user/Bob') })),
  gftOver: sts('GetFederationToken.duration.129601', 'GetFederationToken', [['Name', 'Bob'], ['DurationSeconds', '129601']], { kind: 'iam-user', label: 'IAM user alice', credentials: ALICE }, answer(400, { fault: { code: 'ValidationError', message: 'too long', type: 'Sender', status: 400 }, decidingIndex: 1 })),
  gftRoot: sts('GetFederationToken.root.7200', 'GetFederationToken', [['Name', 'Bob'], ['DurationSeconds', '7200']], { kind: 'root', label: 'root user of 111111111111', credentials: ROOT }, answer(200, { issued: issued('ASIAROOTFED', '2026-01-01T13:00:00Z', 'arn:aws:sts::111111111111:federated-user/Bob') })),
  roleSession: sts('AssumeRole.standard', 'AssumeRole', [['RoleArn', 'arn:aws:iam::111111111111:role/Dev'], ['RoleSessionName', 'compare']], { kind: 'iam-user', label: 'IAM user alice', credentials: ALICE }, answer(200, { issued: issued('ASIAROLE', '2026-01-01T13:00:00Z', 'arn:aws:sts::111111111111:assumed-role/Dev/compare') })),
  chained: sts(
    'AssumeRole.chaining.3601',
    'AssumeRole',
    [['RoleArn', 'arn:aws:iam::111111111111:role/Dev'], ['RoleSessionName', 'chained'], ['DurationSeconds', '3601']],
    { kind: 'role-session', label: 'role session of Dev', credentials: { accessKeyId: 'ASIAROLE', secretAccessKey: 'secret', sessionToken: 'token', expiration: '2026-01-01T13:00:00Z', arn: 'arn:aws:sts::111111111111:assumed-role/Dev/compare' }, issuedBy: 'AssumeRole.standard' },
    answer(400, { fault: { code: 'ValidationError', message: 'chaining', type: 'Sender', status: 400 }, decidingIndex: 1 }),
  ),
  assumeRoot: sts('AssumeRoot.no-organization', 'AssumeRoot', [['TargetPrincipal', '111111111111'], ['TaskPolicyArn.arn', 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials']], { kind: 'iam-user', label: 'IAM user alice', credentials: ALICE }, answer(403, { fault: { code: 'AccessDenied', message: 'no organization', type: 'Sender', status: 403 }, decidingIndex: 1 })),
} satisfies Record<string, StsExperiment>

const gft: ComparisonRow = {
  operation: 'GetFederationToken',
  section: 'classic',
  who: [
    { caller: 'iam-user', allowed: true, evidence: [experiments.gftMax.id] },
    { caller: 'root', allowed: true, evidence: [experiments.gftRoot.id] },
    { caller: 'role-session', allowed: false, evidence: [experiments.chained.id] },
  ],
  lifetime: [
    { line: 'iam-user', caller: 'iam-user', min: 900, max: 129600, default: 43200, longerIsShortened: false, evidence: [experiments.gftMax.id, experiments.gftOver.id] },
    { line: 'root', caller: 'root', min: 900, max: 3600, default: 3600, longerIsShortened: true, evidence: [experiments.gftRoot.id] },
  ],
  mfa: { supported: false, evidence: [experiments.gftMax.id] },
  sessionPolicy: { supported: true, evidence: [experiments.gftMax.id] },
  restrictions: [
    { target: { kind: 'sts', operation: 'GetSessionToken' }, allowed: false, evidence: [experiments.gftMax.id] },
    { target: { kind: 'iam', action: 'iam:ListUsers' }, allowed: false, evidence: [experiments.gftMax.id] },
    { target: { kind: 'console' }, allowed: true, evidence: [experiments.gftMax.id] },
  ],
}

const assumeRole: ComparisonRow = {
  operation: 'AssumeRole',
  section: 'classic',
  who: [
    { caller: 'iam-user', allowed: true, evidence: [experiments.roleSession.id] },
    { caller: 'role-session', allowed: true, evidence: [experiments.chained.id] },
  ],
  lifetime: [
    { line: 'standard', caller: 'iam-user', min: 900, max: 3600, default: 3600, longerIsShortened: false, evidence: [experiments.roleSession.id] },
    { line: 'role-chaining', caller: 'role-session', min: 900, max: 3600, default: 3600, longerIsShortened: false, evidence: [experiments.chained.id] },
  ],
  mfa: { supported: true, evidence: [experiments.roleSession.id] },
  sessionPolicy: { supported: true, evidence: [experiments.roleSession.id] },
  restrictions: [
    { target: { kind: 'sts', operation: 'GetFederationToken' }, allowed: false, evidence: [experiments.roleSession.id] },
    { target: { kind: 'sts', operation: 'GetSessionToken' }, allowed: false, evidence: [experiments.roleSession.id] },
  ],
}

const assumeRootRow: ComparisonRow = {
  operation: 'AssumeRoot',
  section: 'newer',
  who: [],
  lifetime: [],
  restrictions: [],
  unavailable: { experiment: experiments.assumeRoot.id },
}

export const fixtureTable: ComparisonTable = {
  subjects: {
    user: { arn: 'arn:aws:iam::111111111111:user/alice', name: 'alice', accessKeyId: ALICE.accessKeyId, mfaSerial: 'arn:aws:iam::111111111111:mfa/alice' },
    role: { arn: 'arn:aws:iam::111111111111:role/Dev', name: 'Dev' },
  },
  rows: [assumeRole, gft, assumeRootRow],
  experiments: Object.fromEntries(Object.values(experiments).map((experiment) => [experiment.id, experiment])),
  computedAt: T0,
}
