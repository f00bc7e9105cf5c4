import { describe, expect, it } from 'vitest'
import type { QueryValue } from '../protocol/query-codec.ts'
import { stsEndpointHost } from '../auth/sts-endpoints.ts'
import { ALICE } from '../testing/sign-request.ts'
import { stsTestClient } from '../testing/sts-test-client.ts'
import { countProblem, MALFORMED_INTEGER_PROBLEM, parameterProblem, parameterProblems } from './parameter-problem.ts'

// The texts are AWS's ValidationError constraints (AWS STS API Reference: Common Errors,
// ValidationError; the shapes' constraints are those of the AWS model of STS).
const notNull = 'Member must not be null'
const minLength = (n: number) => `Member must have length greater than or equal to ${n}`
const maxLength = (n: number) => `Member must have length less than or equal to ${n}`
const minValue = (n: number) => `Member must have value greater than or equal to ${n}`
const maxValue = (n: number) => `Member must have value less than or equal to ${n}`
const pattern = (p: string) => `Member must satisfy regular expression pattern: ${p}`
const ARN = String.raw`[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`
const NAME = String.raw`[\w+=,.@-]*`
const TAG_KEY = String.raw`[\p{L}\p{Z}\p{N}_.:/=+\-@]+`
const TAG_VALUE = String.raw`[\p{L}\p{Z}\p{N}_.:/=+\-@]*`
const BOLD_A = '\u{1D400}' // MATHEMATICAL BOLD CAPITAL A: a letter outside the BMP, two UTF-16 units, one code point

type Row = [operation: string, parameter: string, raw: string, expected: string | undefined]

const rows: Row[] = [
  // AWS STS API Reference: AssumeRole, RoleSessionName: 2–64, [\w+=,.@-]*
  ['AssumeRole', 'RoleSessionName', 'ok-name@x.com', undefined],
  ['AssumeRole', 'RoleSessionName', 'a', minLength(2)],
  ['AssumeRole', 'RoleSessionName', 'x'.repeat(64), undefined],
  ['AssumeRole', 'RoleSessionName', 'x'.repeat(65), maxLength(64)],
  ['AssumeRole', 'RoleSessionName', 'has space', pattern(NAME)],
  ['AssumeRole', 'RoleSessionName', 'café', pattern(NAME)], // \w is ASCII in Java
  ['AssumeRole', 'RoleSessionName', '', notNull], // an empty field is left out
  // RoleArn: 20–2048, the arnType pattern, which no supplementary character matches (Java reads \u10000 as U+1000 then 0)
  ['AssumeRole', 'RoleArn', 'arn:aws:iam::111111111111:role/Admin', undefined],
  ['AssumeRole', 'RoleArn', 'arn:aws:iam::1', minLength(20)],
  ['AssumeRole', 'RoleArn', 'arn:aws:iam::111111111111:role/😀', pattern(ARN)],
  ['AssumeRole', 'RoleArn', '', notNull],
  ['AssumeRole', 'ExternalId', '', undefined],
  ['AssumeRole', 'ExternalId', 'x', minLength(2)],
  ['AssumeRole', 'TokenCode', '12345', minLength(6)],
  ['AssumeRole', 'TokenCode', 'abcdef', pattern('[\\d]*')],
  ['AssumeRole', 'SerialNumber', 'arn:aws:iam::111111111111:mfa/alice', undefined],
  // Integers: AssumeRole DurationSeconds 900–43200; GetSessionToken 900–129600; AssumeRoot 0–900
  ['AssumeRole', 'DurationSeconds', '3600', undefined],
  ['AssumeRole', 'DurationSeconds', '899', minValue(900)],
  ['AssumeRole', 'DurationSeconds', '43201', maxValue(43200)],
  ['AssumeRole', 'DurationSeconds', '+0900', undefined], // a sign and leading zeros are read
  ['AssumeRole', 'DurationSeconds', '12.5', MALFORMED_INTEGER_PROBLEM],
  ['AssumeRole', 'DurationSeconds', '2147483648', MALFORMED_INTEGER_PROBLEM],
  ['AssumeRole', 'DurationSeconds', '', undefined],
  ['GetSessionToken', 'DurationSeconds', '129600', undefined],
  ['GetSessionToken', 'DurationSeconds', '129601', maxValue(129600)],
  ['GetFederationToken', 'DurationSeconds', '899', minValue(900)],
  ['GetFederationToken', 'Name', 'x'.repeat(33), maxLength(32)],
  ['AssumeRoot', 'DurationSeconds', '901', maxValue(900)],
  ['AssumeRoot', 'DurationSeconds', '-1', minValue(0)],
  ['GetAccessKeyInfo', 'AccessKeyId', 'AKIA-RTXV5AHDSAGT', pattern('[\\w]*')],
  ['GetWebIdentityToken', 'SigningAlgorithm', 'RS25', minLength(5)],
  // Structure members: Tag Key 1–128 and Value 0–256 of letters, spaces, numbers (any script) and _ . : / = + - @
  ['AssumeRole', 'Tags.Key', 'team name', undefined],
  ['AssumeRole', 'Tags.Key', 'a!b', pattern(TAG_KEY)],
  ['AssumeRole', 'Tags.Key', 'k'.repeat(129), maxLength(128)],
  ['AssumeRole', 'Tags.Key', BOLD_A.repeat(128), undefined], // 128 code points, 256 UTF-16 units
  ['AssumeRole', 'Tags.Key', BOLD_A.repeat(129), maxLength(128)],
  ['AssumeRole', 'Tags.Key', '', notNull],
  ['AssumeRole', 'Tags.Value', 'é'.repeat(256), undefined],
  ['AssumeRole', 'Tags.Value', 'é'.repeat(257), maxLength(256)],
  ['AssumeRole', 'Tags.Value', '😀', pattern(TAG_VALUE)],
  ['AssumeRole', 'Tags.Value', '', notNull],
  ['GetFederationToken', 'Tags.Key', 'a!b', pattern(TAG_KEY)],
  ['AssumeRole', 'TransitiveTagKeys', 'a!b', pattern(TAG_KEY)], // one element of a list of strings
  ['AssumeRole', 'PolicyArns.arn', 'arn:aws:iam::aws:p', minLength(20)],
  ['AssumeRole', 'PolicyArns.arn', '', undefined], // arn is optional in PolicyDescriptorType
  ['AssumeRole', 'ProvidedContexts.ContextAssertion', 'abc', minLength(4)],
  ['AssumeRole', 'ProvidedContexts.ProviderArn', 'arn:aws:iam::1', minLength(20)],
  ['AssumeRoot', 'TaskPolicyArn.arn', 'arn:aws:iam::aws:p', minLength(20)],
]

describe('parameterProblem: the constraint text STS puts in its ValidationError (AWS STS API Reference: Common Errors)', () => {
  it.each(rows)('%s %s = %j → %s', (operation, parameter, raw, expected) => {
    expect(parameterProblem(operation, parameter, raw)).toBe(expected)
  })

  it('lists every constraint a value breaks, pattern before length, as STS does', () => {
    expect(parameterProblems('AssumeRole', 'RoleArn', '😀')).toEqual([pattern(ARN), minLength(20)])
  })

  it('refuses a name the model does not have, or a structure without its member', () => {
    expect(() => parameterProblem('AssumeRole', 'RoleName', 'x')).toThrow(/no parameter RoleName/)
    expect(() => parameterProblem('NoSuchAction', 'RoleArn', 'x')).toThrow(/no operation/)
    expect(() => parameterProblem('AssumeRole', 'Tags', 'x')).toThrow(/Tags\.Key/)
  })
})

describe('countProblem: how many elements a list may hold (AWS STS API Reference: AssumeRole, GetWebIdentityToken)', () => {
  const counts: [string, string, number, string | undefined][] = [
    ['AssumeRole', 'Tags', 50, undefined],
    ['AssumeRole', 'Tags', 51, maxLength(50)],
    ['AssumeRole', 'TransitiveTagKeys', 51, maxLength(50)],
    ['AssumeRole', 'ProvidedContexts', 5, undefined],
    ['AssumeRole', 'ProvidedContexts', 6, maxLength(5)],
    ['AssumeRole', 'ProvidedContexts', 0, undefined], // no rows: left out
    ['AssumeRole', 'PolicyArns', 11, undefined], // no count in the model (the 10-ARN limit is STS's own, not a ValidationError)
    ['GetWebIdentityToken', 'Audience', 0, notNull],
    ['GetWebIdentityToken', 'Audience', 10, undefined],
    ['GetWebIdentityToken', 'Audience', 11, maxLength(10)],
  ]
  it.each(counts)('%s %s with %i elements → %s', (operation, parameter, count, expected) => {
    expect(countProblem(operation, parameter, count)).toBe(expected)
  })
})

// ——— The same text when the request is sent ———

/** Valid parameters of each operation, which the field under test then overrides. */
const BASELINES: Record<string, Record<string, QueryValue>> = {
  AssumeRole: { RoleArn: 'arn:aws:iam::111111111111:role/Admin', RoleSessionName: 's1' },
  GetSessionToken: {},
  GetFederationToken: { Name: 'fed' },
  AssumeRoot: { TargetPrincipal: '222222222222', TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' } },
  GetAccessKeyInfo: { AccessKeyId: 'AKIARTXV5AHDSAGTTNG7' },
  GetWebIdentityToken: { Audience: ['https://example.com'], SigningAlgorithm: 'RS256' },
}

/** Valid members of the structures a list or structure parameter holds. */
const MEMBERS: Record<string, Record<string, string>> = {
  Tags: { Key: 'team', Value: 'blue' },
  PolicyArns: { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
  ProvidedContexts: { ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter', ContextAssertion: 'abcd' },
  TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' },
}

/** The request's parameters with `parameter` set to `raw` as the app sends it (an empty text is left out). */
function requestWith(operation: string, parameter: string, raw: string): Record<string, QueryValue> {
  const parameters: Record<string, QueryValue> = { ...BASELINES[operation] }
  const [top = '', member] = parameter.split('.')
  if (member === undefined) {
    if (raw === '') delete parameters[top]
    else parameters[top] = parameter === 'TransitiveTagKeys' ? [raw] : raw
    return parameters
  }
  const structure: Record<string, string> = { ...MEMBERS[top] }
  if (raw === '') delete structure[member]
  else structure[member] = raw
  parameters[top] = top === 'TaskPolicyArn' ? structure : [structure]
  return parameters
}

describe('parameterProblem agrees with the engine: its text is in the ValidationError the request gets', () => {
  // A regional endpoint: the global one does not serve AssumeRoot or GetWebIdentityToken (AWS STS API Reference: AssumeRoot).
  const stsClient = stsTestClient()
  const regional = { host: stsEndpointHost('us-east-1'), region: 'us-east-1' }
  const client = { call: (operation: string, parameters: Record<string, QueryValue>) => stsClient.call(ALICE, operation, parameters, regional) }
  const bad = rows.filter(([, , , expected]) => expected !== undefined && expected !== MALFORMED_INTEGER_PROBLEM)
  it.each(bad)('%s %s = %j', async (operation, parameter, raw, expected) => {
    const reply = await client.call(operation, requestWith(operation, parameter, raw))
    expect(reply.code).toBe('ValidationError')
    expect(reply.message).toContain(`failed to satisfy constraint: ${expected ?? ''}`)
  })

  it.each(rows.filter(([, , , expected]) => expected === MALFORMED_INTEGER_PROBLEM))('%s %s = %j is MalformedInput', async (operation, parameter, raw) => {
    const reply = await client.call(operation, requestWith(operation, parameter, raw))
    expect(reply.code).toBe('MalformedInput')
  })

  it.each(rows.filter(([, , , expected]) => expected === undefined))('%s %s = %j passes model validation', async (operation, parameter, raw) => {
    const reply = await client.call(operation, requestWith(operation, parameter, raw))
    expect(reply.message ?? '').not.toContain('validation error')
    expect(reply.code).not.toBe('MalformedInput')
  })
})
