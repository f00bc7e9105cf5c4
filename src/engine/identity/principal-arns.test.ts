import { describe, expect, it } from 'vitest'
import { demoWorld } from '../world/demo-world.ts'
import { callerIdentity, principalArn } from './principal.ts'
import { assumedRoleArn, federatedUserArn, roleArn, rootArn, userArn } from './principal-arns.ts'

// IAM User Guide: IAM identifiers ("IAM ARNs"); AWS STS API Reference: GetCallerIdentity, AssumeRole, GetFederationToken.
describe('principal ARNs', () => {
  const rows: [string, string, string][] = [
    ['root', rootArn('aws', '111111111111'), 'arn:aws:iam::111111111111:root'],
    ['root, partition from a world', rootArn({ partition: 'aws-cn' }, '111111111111'), 'arn:aws-cn:iam::111111111111:root'],
    ['user at /', userArn(demoWorld, '111111111111', '/', 'alice'), 'arn:aws:iam::111111111111:user/alice'],
    ['user with a path', userArn('aws', '111111111111', '/division/', 'bob'), 'arn:aws:iam::111111111111:user/division/bob'],
    ['role with a path', roleArn('aws-us-gov', '111111111111', '/teams/analytics/', 'ReadOnly'), 'arn:aws-us-gov:iam::111111111111:role/teams/analytics/ReadOnly'],
    ['role session', assumedRoleArn('aws', '111111111111', 'Dev', 's1'), 'arn:aws:sts::111111111111:assumed-role/Dev/s1'],
    ['federated user', federatedUserArn('aws', '111111111111', 'fed'), 'arn:aws:sts::111111111111:federated-user/fed'],
  ]
  it.each(rows)('%s', (_, actual, expected) => {
    expect(actual).toBe(expected)
  })

  it('are the ARNs GetCallerIdentity gives and Principal elements name', () => {
    expect(callerIdentity({ kind: 'user', partition: 'aws', account: '111111111111', name: 'bob', path: '/division/', userId: 'AIDA' }).arn).toBe(userArn('aws', '111111111111', '/division/', 'bob'))
    expect(callerIdentity({ kind: 'root', partition: 'aws', account: '111111111111' }).arn).toBe(rootArn('aws', '111111111111'))
    const session = { kind: 'assumed-role', partition: 'aws', account: '111111111111', roleName: 'ReadOnly', rolePath: '/teams/analytics/', roleId: 'AROA', sessionName: 's' } as const
    expect(principalArn(session)).toBe(roleArn('aws', '111111111111', '/teams/analytics/', 'ReadOnly'))
    expect(callerIdentity(session).arn).toBe(assumedRoleArn('aws', '111111111111', 'ReadOnly', 's'))
  })
})
