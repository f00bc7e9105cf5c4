import { describe, expect, it } from 'vitest'
import { demoWorld } from '../world/demo-world.ts'
import { durationLimits, type DurationRequest } from './duration-limits.ts'

// Sources: AWS STS API Reference (AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity,
// GetSessionToken, GetFederationToken, AssumeRoot, GetWebIdentityToken: DurationSeconds);
// IAM User Guide: Role chaining.
const ROLE = (name: string, path = '/') => `arn:aws:iam::111111111111:role${path}${name}`

const rows: [string, DurationRequest, { min: number; max: number; default: number }][] = [
  // The role's MaxSessionDuration is the maximum (Batch 43200, ReadOnly 7200, Dev 3600).
  ['AssumeRole', { roleArn: ROLE('Batch'), callerKind: 'user' }, { min: 900, max: 43200, default: 3600 }],
  ['AssumeRole', { roleArn: ROLE('ReadOnly', '/teams/analytics/'), callerKind: 'user' }, { min: 900, max: 7200, default: 3600 }],
  ['AssumeRole', { roleArn: ROLE('Dev'), callerKind: 'user' }, { min: 900, max: 3600, default: 3600 }],
  // Role chaining caps at one hour whatever the role allows.
  ['AssumeRole', { roleArn: ROLE('Batch'), callerKind: 'assumed-role' }, { min: 900, max: 3600, default: 3600 }],
  ['AssumeRole', { callerKind: 'assumed-role' }, { min: 900, max: 3600, default: 3600 }],
  // GetSessionToken credentials (with or without MFA) count as role chaining (AWS Knowledge Center:
  // Can I increase the IAM role chaining session duration limit?; mmmorris1975/aws-runas#11).
  ['AssumeRole', { roleArn: ROLE('Batch'), callerKind: 'user', callerSession: 'GetSessionToken' }, { min: 900, max: 3600, default: 3600 }],
  ['AssumeRole', { roleArn: ROLE('Batch'), callerKind: 'root', callerSession: 'GetSessionToken' }, { min: 900, max: 3600, default: 3600 }],
  // An unknown role: the model's range.
  ['AssumeRole', { roleArn: ROLE('Nobody') }, { min: 900, max: 43200, default: 3600 }],
  ['AssumeRole', {}, { min: 900, max: 43200, default: 3600 }],
  // Federation: the role's maximum, no chaining (the caller is not a role session).
  ['AssumeRoleWithSAML', { roleArn: ROLE('SamlDeveloper') }, { min: 900, max: 14400, default: 3600 }],
  ['AssumeRoleWithWebIdentity', { roleArn: ROLE('WebAppUser'), callerKind: 'assumed-role' }, { min: 900, max: 3600, default: 3600 }],
  // GetSessionToken and GetFederationToken: 43200 by default for an IAM user, up to 129600; root at most and by default 3600.
  ['GetSessionToken', { callerKind: 'user' }, { min: 900, max: 129600, default: 43200 }],
  ['GetSessionToken', { callerKind: 'root' }, { min: 900, max: 3600, default: 3600 }],
  ['GetFederationToken', { callerKind: 'user' }, { min: 900, max: 129600, default: 43200 }],
  ['GetFederationToken', { callerKind: 'root' }, { min: 900, max: 3600, default: 3600 }],
  ['AssumeRoot', {}, { min: 0, max: 900, default: 900 }],
  ['GetWebIdentityToken', {}, { min: 60, max: 3600, default: 300 }],
]

describe('durationLimits: the DurationSeconds a concrete request may ask for', () => {
  it.each(rows)('%s %j', (operation, request, expected) => {
    const limits = durationLimits(demoWorld, operation, request)
    expect(limits && { min: limits.min, max: limits.max, default: limits.default }).toEqual(expected)
  })

  it('names the rule that narrowed the maximum, with its source', () => {
    const chained = durationLimits(demoWorld, 'AssumeRole', { roleArn: ROLE('Batch'), callerKind: 'assumed-role' })
    expect(chained?.notes).toEqual([
      "Batch's MaxSessionDuration is 43200 s; longer is refused (IAM User Guide: Update the maximum session duration for a role).",
      "Role chaining (a role session assuming a role) gives at most 3600 s, whatever the role's maximum (IAM User Guide: Role chaining).",
    ])
    expect(durationLimits(demoWorld, 'AssumeRole', { roleArn: ROLE('Batch'), callerKind: 'user', callerSession: 'GetSessionToken' })?.notes).toEqual([
      "Batch's MaxSessionDuration is 43200 s; longer is refused (IAM User Guide: Update the maximum session duration for a role).",
      "Credentials from GetSessionToken (with or without MFA) assume roles as role chaining does: at most 3600 s, whatever the role's maximum (AWS Knowledge Center: Can I increase the IAM role chaining session duration limit?).",
    ])
    expect(durationLimits(demoWorld, 'GetSessionToken', { callerKind: 'root' })?.notes.join(' ')).toMatch(/shortened, not refused/)
    expect(durationLimits(demoWorld, 'GetSessionToken', { callerKind: 'user', callerSession: 'GetSessionToken' })?.notes.join(' ')).toMatch(/long-term credentials/)
    expect(durationLimits(demoWorld, 'GetFederationToken', { callerKind: 'assumed-role' })?.notes.join(' ')).toMatch(/long-term credentials/)
  })

  it('role ARNs are matched as the operations match them: the path counts, the name case does not', () => {
    expect(durationLimits(demoWorld, 'AssumeRole', { roleArn: ROLE('readonly', '/teams/analytics/') })?.max).toBe(7200)
    expect(durationLimits(demoWorld, 'AssumeRole', { roleArn: ROLE('ReadOnly') })?.max).toBe(43200)
  })

  it('is undefined for operations without DurationSeconds', () => {
    expect(durationLimits(demoWorld, 'GetCallerIdentity')).toBeUndefined()
    expect(durationLimits(demoWorld, 'DecodeAuthorizationMessage')).toBeUndefined()
  })
})
