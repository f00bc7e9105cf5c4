import { describe, expect, it } from 'vitest'
import { actionMatches, arnMatches, parseArn } from './arn.ts'
import { substituteVariables } from './policy-variables.ts'
import { matchPrincipalValue } from './principal-match.ts'
import { contextKeys, type RequestPrincipal } from './request-context.ts'
import { matchesWildcard } from './wildcard.ts'

describe(matchesWildcard, () => {
  it.each([
    ['*', '', true],
    ['*', 'anything', true],
    ['a*c', 'abbbc', true],
    ['a*c', 'abbbd', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*a*b*', 'xxaxxbxx', true],
    ['*a*b*', 'xxbxxaxx', false],
    ['abc', 'ABC', false],
    ['a.c', 'abc', false],
    ['[a-z]', 'b', false],
    ['**', 'x', true],
  ])('%j against %j is %s', (pattern, value, expected) => {
    expect(matchesWildcard(pattern, value)).toBe(expected)
  })

  it('ignores case when asked', () => {
    expect(matchesWildcard('s3:Get*', 'S3:GETOBJECT', { ignoreCase: true })).toBe(true)
  })
})

describe(actionMatches, () => {
  it.each([
    ['s3:GetObject', 's3:getobject', true],
    ['s3:Get*', 's3:GetObject', true],
    ['s3:Get*', 's3:PutObject', false],
    ['ec2:Describe*', 'ec2:DescribeInstances', true],
    ['*', 'sts:AssumeRole', true],
    ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', false],
    ['sts:AssumeRole*', 'sts:AssumeRoleWithSAML', true],
    ['iam:*Policy', 'iam:AttachRolePolicy', true],
  ])('Action %s covers %s: %s (action names are case-insensitive)', (pattern, action, expected) => {
    expect(actionMatches(pattern, action)).toBe(expected)
  })
})

describe('the literal escapes ${*} and ${?}', () => {
  const context = { keys: contextKeys({}) }
  const resource = (text: string) => substituteVariables(text, context, '2012-10-17') ?? ''
  it.each([
    ['arn:aws:s3:::bucket/${*}', 'arn:aws:s3:::bucket/*', true],
    ['arn:aws:s3:::bucket/${*}', 'arn:aws:s3:::bucket/anything', false],
    ['arn:aws:s3:::bucket/what${?}', 'arn:aws:s3:::bucket/what?', true],
    ['arn:aws:s3:::bucket/what${?}', 'arn:aws:s3:::bucket/whatx', false],
    ['arn:aws:s3:::bucket/*${*}', 'arn:aws:s3:::bucket/a/*', true],
  ])('Resource %s covers %s: %s (IAM User Guide, "Variables and tags": special characters)', (pattern, arn, expected) => {
    expect(arnMatches(resource(pattern), arn)).toBe(expected)
  })
})

describe(arnMatches, () => {
  it.each([
    ['*', 'arn:aws:s3:::reports/q1.csv', true],
    ['arn:aws:s3:::reports/*', 'arn:aws:s3:::reports/q1.csv', true],
    ['arn:aws:s3:::reports/*', 'arn:aws:s3:::reports', false],
    ['arn:aws:s3:::Reports/*', 'arn:aws:s3:::reports/q1.csv', false],
    ['arn:aws:iam::111111111111:role/*', 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly', true],
    ['arn:aws:iam::*:role/Dev', 'arn:aws:iam::222222222222:role/Dev', true],
    ['arn:aws:ec2:*:*:instance/i-1234567890abcdef0', 'arn:aws:ec2:us-east-1:111111111111:instance/i-1234567890abcdef0', true],
    ['arn:aws:logs:us-east-1:111111111111:log-group:app:*', 'arn:aws:logs:us-east-1:111111111111:log-group:app:log-stream:x', true],
    ['arn:aws:iam::111111111111:*', 'arn:aws:s3:::bucket', false],
    // A `*` in one part does not reach into the next: the account part must match on its own.
    ['arn:aws:iam::1*:role/Dev', 'arn:aws:iam::111111111111:role/Dev', true],
  ])('Resource %s covers %s: %s', (pattern, arn, expected) => {
    expect(arnMatches(pattern, arn)).toBe(expected)
  })

  it('parses the resource part with its colons', () => {
    expect(parseArn('arn:aws:logs:us-east-1:111111111111:log-group:app:*')).toEqual({
      partition: 'aws',
      service: 'logs',
      region: 'us-east-1',
      account: '111111111111',
      resource: 'log-group:app:*',
    })
    expect(parseArn('not-an-arn')).toBeUndefined()
  })
})

describe(substituteVariables, () => {
  const context = {
    keys: contextKeys({
      'aws:username': 'alice',
      'aws:PrincipalTag/team': 'platform',
      'oidc.example.com:sub': 'user-42',
      'aws:TagKeys': ['a', 'b'],
    }),
  }
  it.each([
    ['arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::home/alice/*'],
    ['${aws:PrincipalTag/team}', 'platform'],
    ['${aws:principaltag/team}', 'platform'],
    ['arn:aws:s3:::user-uploads/${oidc.example.com:sub}/*', 'arn:aws:s3:::user-uploads/user-42/*'],
    ['${aws:SourceIdentity, \'nobody\'}', 'nobody'],
    ['literal ${*} ${?} ${$}', 'literal \uE000 \uE001 $'],
    ['${aws:userid}', undefined],
    ['${aws:TagKeys}', undefined],
  ])('%s becomes %s', (text, expected) => {
    expect(substituteVariables(text, context, '2012-10-17')).toBe(expected)
  })

  it('leaves 2008-10-17 policies literal', () => {
    expect(substituteVariables('home/${aws:username}', context, '2008-10-17')).toBe('home/${aws:username}')
  })
})

describe(matchPrincipalValue, () => {
  const user: RequestPrincipal = { type: 'User', arn: 'arn:aws:iam::111111111111:user/alice', account: '111111111111' }
  const session: RequestPrincipal = {
    type: 'AssumedRole',
    arn: 'arn:aws:sts::111111111111:assumed-role/Dev/s1',
    account: '111111111111',
    roleArn: 'arn:aws:iam::111111111111:role/Dev',
  }
  const federated: RequestPrincipal = {
    type: 'FederatedUser',
    arn: 'arn:aws:sts::111111111111:federated-user/jane',
    account: '111111111111',
    federatingUserArn: 'arn:aws:iam::111111111111:user/alice',
  }
  const web: RequestPrincipal = { type: 'WebIdentity', arn: 'user-42', account: '', serviceOrProvider: 'arn:aws:iam::111111111111:oidc-provider/oidc.example.com' }
  it.each([
    [{ type: 'AWS', value: 'arn:aws:iam::111111111111:root' }, user, 'account'],
    [{ type: 'AWS', value: 'arn:aws:iam::222222222222:root' }, user, undefined],
    [{ type: 'AWS', value: 'arn:aws:iam::111111111111:user/alice' }, user, 'user'],
    [{ type: 'AWS', value: 'arn:aws:iam::111111111111:user/bob' }, user, undefined],
    [{ type: 'AWS', value: 'arn:aws:iam::111111111111:role/Dev' }, session, 'role'],
    [{ type: 'AWS', value: 'arn:aws:sts::111111111111:assumed-role/Dev/s1' }, session, 'role-session'],
    [{ type: 'AWS', value: 'arn:aws:sts::111111111111:assumed-role/Dev/other' }, session, undefined],
    [{ type: 'AWS', value: 'arn:aws:iam::111111111111:root' }, session, 'account'],
    [{ type: 'AWS', value: 'arn:aws:sts::111111111111:federated-user/jane' }, federated, 'federated-user'],
    [{ type: 'AWS', value: 'arn:aws:iam::111111111111:user/alice' }, federated, 'federating-user'],
    [{ type: 'AWS', value: '*' }, user, 'anyone'],
    [{ type: '*', value: '*' }, web, 'anyone'],
    [{ type: 'Federated', value: 'arn:aws:iam::111111111111:oidc-provider/oidc.example.com' }, web, 'federated'],
    [{ type: 'AWS', value: 'arn:aws:iam::111111111111:root' }, web, undefined],
    [{ type: 'Service', value: 'lambda.amazonaws.com' }, user, undefined],
  ] as const)('%j names %j as %s', (value, principal, expected) => {
    expect(matchPrincipalValue(value, principal)).toBe(expected)
  })
})
