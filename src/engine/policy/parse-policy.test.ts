import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePolicy, parsePolicyText } from './parse-policy.ts'
import type { PolicyKind } from './policy-types.ts'

const allow = (extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', ...extra })
const doc = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements })

function problems(document: unknown, kind: PolicyKind) {
  const parsed = parsePolicy(document, kind, 'test')
  return parsed.ok ? [] : parsed.problems
}

describe(parsePolicy, () => {
  it('normalises single values to lists and keeps statement order', () => {
    const parsed = parsePolicy({ Version: '2012-10-17', Statement: allow({ Sid: 'One' }) }, 'identity', 'p')
    expect(parsed).toEqual({
      ok: true,
      policy: {
        kind: 'identity',
        version: '2012-10-17',
        name: 'p',
        statements: [{ index: 0, sid: 'One', effect: 'Allow', action: { negated: false, patterns: ['s3:GetObject'] }, resource: { negated: false, patterns: ['*'] }, conditions: [] }],
      },
    })
  })

  it('reads conditions: several operators, several keys, JSON numbers and booleans as text', () => {
    const parsed = parsePolicy(doc(allow({ Condition: { Bool: { 'aws:MultiFactorAuthPresent': true }, NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 }, StringEquals: { 'aws:username': ['alice', 'bob'] } } })), 'identity', 'p')
    expect(parsed.ok && parsed.policy.statements[0]?.conditions).toEqual([
      { operator: 'Bool', key: 'aws:MultiFactorAuthPresent', values: ['true'] },
      { operator: 'NumericLessThan', key: 'aws:MultiFactorAuthAge', values: ['3600'] },
      { operator: 'StringEquals', key: 'aws:username', values: ['alice', 'bob'] },
    ])
  })

  it('reads principals: "*", account ids as the account root, every principal type', () => {
    const parsed = parsePolicy(
      doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: ['111111111111', 'arn:aws:iam::222222222222:role/X'], Service: 'ec2.amazonaws.com', Federated: 'cognito-identity.amazonaws.com' } }),
      'trust',
      't',
    )
    expect(parsed.ok && parsed.policy.statements[0]?.principal).toEqual({
      negated: false,
      values: [
        { type: 'AWS', value: 'arn:aws:iam::111111111111:root' },
        { type: 'AWS', value: 'arn:aws:iam::222222222222:role/X' },
        { type: 'Service', value: 'ec2.amazonaws.com' },
        { type: 'Federated', value: 'cognito-identity.amazonaws.com' },
      ],
    })
  })

  it.each([
    ['identity', doc(allow({ Principal: '*' })), 'Statement[0].Principal', 'Policy document should not specify a principal.'],
    ['session', doc(allow({ Principal: { AWS: '*' } })), 'Statement[0].Principal', 'Policy document should not specify a principal.'],
    ['trust', doc({ Effect: 'Allow', Action: 's3:GetObject', Principal: { AWS: '111111111111' } }), 'Statement[0].Action', 'AssumeRole policy may only specify STS AssumeRole actions.'],
    ['trust', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*', Principal: { AWS: '111111111111' } }), 'Statement[0].Resource', 'Has prohibited field Resource'],
    ['trust', doc({ Effect: 'Allow', Action: 'sts:AssumeRole' }), 'Statement[0]', 'needs a Principal: a trust policy says who may assume the role'],
    ['trust', doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: 'alice' } }), 'Statement[0].Principal.AWS', 'Invalid principal in policy: "AWS":"alice"'],
    ['identity', doc(allow({ Effect: 'Alow' })), 'Statement[0].Effect', 'must be "Allow" or "Deny"'],
    ['identity', doc({ Effect: 'Allow', Resource: '*' }), 'Statement[0]', 'needs an Action or NotAction element'],
    ['identity', doc(allow({ NotAction: 's3:*' })), 'Statement[0]', 'has both Action and NotAction; use one'],
    ['identity', doc({ Effect: 'Allow', Action: 's3:GetObject' }), 'Statement[0]', 'needs a Resource or NotResource element'],
    ['identity', doc(allow({ Actions: 's3:*' })), 'Statement[0].Actions', 'unknown statement element Actions'],
    ['identity', doc(allow({ Action: [] })), 'Statement[0].Action', 'must not be an empty list'],
    ['identity', doc(allow({ Action: 'GetObject' })), 'Statement[0].Action', "'GetObject' is not an action: write service:Action, e.g. s3:GetObject or ec2:Describe*"],
    ['identity', doc(allow({ Condition: { StringEquals: 'x' } })), 'Statement[0].Condition.StringEquals', 'must be an object of condition keys and values'],
    ['identity', { Version: '2012-10-18', Statement: allow() }, 'Version', 'must be "2012-10-17" (or the legacy "2008-10-17")'],
    ['identity', { Version: '2012-10-17' }, 'Statement', 'needs at least one statement'],
    ['resource', doc(allow()), 'Statement[0]', 'needs a Principal: a resource-based policy says who it applies to'],
  ] as const)('a %s policy: %j is refused at %s', (kind, document, path, message) => {
    expect(problems(document, kind)).toContainEqual({ path, message })
  })

  it('says so when the text is not JSON', () => {
    const parsed = parsePolicyText('{"Version": "2012-10-17", "Statement": [', 'session', 's')
    expect(parsed.ok).toBe(false)
  })

  it('refuses JSON nested more than 1,000 levels deep as not JSON, before parsing it, and reads a deep policy without recursion', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
    expect(parsePolicyText(nested(1001), 'session', 's')).toEqual({ ok: false, problems: [{ path: '(document)', message: 'not valid JSON: arrays and objects nest more than 1,000 levels deep' }] })
    expect(parsePolicyText(nested(1000), 'session', 's')).toEqual({ ok: false, problems: [{ path: '(document)', message: 'a policy must be a JSON object' }] })
    // A world's policy document arrives parsed: any depth is read without recursion (here 100,000 levels).
    const deep = JSON.parse(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"k":${nested(100_000)}}}}]}`) as unknown
    expect(problems(deep, 'identity')).toEqual([{ path: 'Statement[0].Condition.StringEquals.k', message: 'must be a string, number or boolean, or a non-empty list of them' }])
  })

  it('never throws on any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom<PolicyKind>('identity', 'resource', 'trust', 'boundary', 'session', 'scp', 'rcp'), (value, kind) => {
        void parsePolicy(value, kind, 'fuzz')
      }),
      { numRuns: 500 },
    )
  })
})
