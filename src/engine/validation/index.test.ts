import { describe, expect, it } from 'vitest'
import type { StsFault } from '../errors/faults.ts'
import { STS_NAMESPACE } from '../errors/faults.ts'
import type { QueryPair } from '../protocol/query-codec.ts'
import { validateParameters, type ValidationOutcome } from './index.ts'

/**
 * The "fact N" labels number the checks. The expected texts are AWS's, byte for byte: facts 10–26 as
 * probes of real STS recorded them (justincormack/argmin sts_oracle.rs; fact 15 from LocalStack's
 * snapshots recorded against AWS), fact 51 as apache/hadoop's hadoop-aws assumed_roles.md quotes it,
 * the others as the model's constraints give them (spec/sts-service-2.json).
 */

const ROLE_ARN = 'arn:aws:iam::111111111111:role/Dev'
const ARN_PATTERN = String.raw`[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`
const SESSION_PATTERN = String.raw`[\w+=,.@-]*`

function call(operation: string, parameters: readonly QueryPair[]): ValidationOutcome {
  return validateParameters(operation, [['Action', operation], ['Version', '2011-06-15'], ...parameters])
}

/** AssumeRole with a valid RoleArn and RoleSessionName, overridden or completed by `parameters`. */
function assumeRole(parameters: Record<string, string | undefined>): ValidationOutcome {
  const all: Record<string, string | undefined> = { RoleArn: ROLE_ARN, RoleSessionName: 's1', ...parameters }
  return call(
    'AssumeRole',
    Object.entries(all).flatMap(([name, value]) => (value === undefined ? [] : [[name, value] as const])),
  )
}

function validationError(message: string): ValidationOutcome {
  const fault: StsFault = { code: 'ValidationError', status: 400, message, type: 'Sender', namespace: STS_NAMESPACE }
  return { ok: false, fault }
}

const one = (violation: string) => validationError(`1 validation error detected: ${violation}`)
const at = (value: string, path: string, constraint: string) => `Value '${value}' at '${path}' failed to satisfy constraint: ${constraint}`
const nullAt = (path: string) => `Value null at '${path}' failed to satisfy constraint: Member must not be null`
const minLength = (min: number) => `Member must have length greater than or equal to ${min}`
const maxLength = (max: number) => `Member must have length less than or equal to ${max}`
const minValue = (min: number) => `Member must have value greater than or equal to ${min}`
const maxValue = (max: number) => `Member must have value less than or equal to ${max}`
const pattern = (text: string) => `Member must satisfy regular expression pattern: ${text}`

const malformed = (message?: string): ValidationOutcome => ({
  ok: false,
  fault:
    message === undefined
      ? { code: 'MalformedInput', status: 400, type: 'Sender', namespace: STS_NAMESPACE }
      : { code: 'MalformedInput', status: 400, message, type: 'Sender', namespace: STS_NAMESPACE },
})

function accepted(outcome: ValidationOutcome): Record<string, unknown> {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.fault.code}: ${outcome.fault.message ?? ''}`)
  return outcome.input
}

describe('AssumeRole validation (facts 10–26, observed against AWS, justincormack/argmin sts_oracle.rs)', () => {
  it('fact 10: a missing RoleArn is "must not be null", printed as a bare null', () => {
    expect(assumeRole({ RoleArn: undefined })).toEqual(one(nullAt('roleArn')))
  })

  it('fact 11: empty RoleArn gives the pattern and the length violations, pattern first', () => {
    expect(assumeRole({ RoleArn: '' })).toEqual(
      validationError(`2 validation errors detected: ${at('', 'roleArn', pattern(ARN_PATTERN))}; ${at('', 'roleArn', minLength(20))}`),
    )
  })

  it('fact 12: a RoleArn shorter than 20 characters breaks only the length', () => {
    expect(assumeRole({ RoleArn: 'not-an-arn' })).toEqual(one(at('not-an-arn', 'roleArn', minLength(20))))
  })

  it('fact 13: 20 × x passes model validation (the "is invalid" check is the operation\'s)', () => {
    expect(accepted(assumeRole({ RoleArn: 'x'.repeat(20) })).RoleArn).toBe('x'.repeat(20))
  })

  it('fact 14: a RoleArn of 2049 characters breaks the maximum length', () => {
    const arn = 'x'.repeat(2049)
    expect(assumeRole({ RoleArn: arn })).toEqual(one(at(arn, 'roleArn', maxLength(2048))))
  })

  it.each(['arn:a:a::aaaaaaaaaa:', 'arn:a:::something/test-role'])('fact 15: %s passes model validation', (arn) => {
    expect(accepted(assumeRole({ RoleArn: arn })).RoleArn).toBe(arn)
  })

  it.each([
    ['2048 × U+1F600: the pattern only', '😀'.repeat(2048), [pattern(ARN_PATTERN)]],
    ['2049 × U+1F600: pattern, then length', '😀'.repeat(2049), [pattern(ARN_PATTERN), maxLength(2048)]],
    ['2048 × é passes', 'é'.repeat(2048), []],
    ['2049 × é: length', 'é'.repeat(2049), [maxLength(2048)]],
    ['1025 × e+U+0301 is 2050 code points: length', 'e\u0301'.repeat(1025), [maxLength(2048)]],
  ])('fact 16: supplementary characters fail the arnType pattern; length counts code points (%s)', (_label, arn, constraints) => {
    const outcome = assumeRole({ RoleArn: arn })
    if (constraints.length === 0) {
      expect(accepted(outcome).RoleArn).toBe(arn)
      return
    }
    const count = constraints.length === 1 ? '1 validation error detected' : `${constraints.length} validation errors detected`
    expect(outcome).toEqual(validationError(`${count}: ${constraints.map((c) => at(arn, 'roleArn', c)).join('; ')}`))
  })

  it('fact 17: a missing RoleSessionName is "must not be null"', () => {
    expect(assumeRole({ RoleSessionName: undefined })).toEqual(one(nullAt('roleSessionName')))
  })

  it('fact 18: a one-character RoleSessionName breaks the minimum length', () => {
    expect(assumeRole({ RoleSessionName: 'a' })).toEqual(one(at('a', 'roleSessionName', minLength(2))))
  })

  it('fact 19: an empty RoleSessionName breaks only the length ([\\w+=,.@-]* allows empty)', () => {
    expect(assumeRole({ RoleSessionName: '' })).toEqual(one(at('', 'roleSessionName', minLength(2))))
  })

  it('fact 20: a RoleSessionName of 65 characters breaks the maximum length', () => {
    const name = 'a'.repeat(65)
    expect(assumeRole({ RoleSessionName: name })).toEqual(one(at(name, 'roleSessionName', maxLength(64))))
  })

  it.each(['aa', 'b'.repeat(64)])('fact 21: RoleSessionName %s is accepted', (name) => {
    expect(accepted(assumeRole({ RoleSessionName: name })).RoleSessionName).toBe(name)
  })

  it.each(['bad/name', 'Session1:2', 'Session Names cannot Hava Spaces!'])(
    'fact 22: RoleSessionName %j breaks the pattern',
    (name) => {
      expect(assumeRole({ RoleSessionName: name })).toEqual(one(at(name, 'roleSessionName', pattern(SESSION_PATTERN))))
    },
  )

  it.each([
    ['899', minValue(900)],
    ['-1', minValue(900)],
    ['-2147483648', minValue(900)],
  ])('fact 23: DurationSeconds %s is below the minimum', (duration, constraint) => {
    expect(assumeRole({ DurationSeconds: duration })).toEqual(one(at(duration, 'durationSeconds', constraint)))
  })

  it.each([
    ['43201', maxValue(43200)],
    ['2147483647', maxValue(43200)],
  ])('fact 24: DurationSeconds %s is above the maximum', (duration, constraint) => {
    expect(assumeRole({ DurationSeconds: duration })).toEqual(one(at(duration, 'durationSeconds', constraint)))
  })

  it.each([
    ['abc', undefined],
    ['900.0', undefined],
    ['2147483648', undefined],
    ['-2147483649', undefined],
    ['', 'missing value for decimal type'],
  ])('fact 25: DurationSeconds %j is MalformedInput (message: %s)', (duration, message) => {
    expect(assumeRole({ DurationSeconds: duration })).toEqual(malformed(message))
  })

  it('fact 25: MalformedInput is decided before any validation error (observed against AWS, justincormack/argmin sts_oracle.rs)', () => {
    expect(assumeRole({ RoleArn: undefined, RoleSessionName: 'a', DurationSeconds: 'abc' })).toEqual(malformed())
  })

  it.each(['+900', '0900', '900'])('fact 26: DurationSeconds %s reads as 900', (duration) => {
    expect(accepted(assumeRole({ DurationSeconds: duration })).DurationSeconds).toBe(900)
  })

  it('collects every violation, members in the model order', () => {
    expect(assumeRole({ RoleArn: undefined, RoleSessionName: 'a', DurationSeconds: '1', TokenCode: '1' })).toEqual(
      validationError(
        '4 validation errors detected: ' +
          [nullAt('roleArn'), at('a', 'roleSessionName', minLength(2)), at('1', 'durationSeconds', minValue(900)), at('1', 'tokenCode', minLength(6))].join('; '),
      ),
    )
  })

  it.each([
    [[['RoleArn', ROLE_ARN], ['RoleArn', 'not-an-arn']], undefined],
    [[['RoleArn', 'not-an-arn'], ['RoleArn', ROLE_ARN]], at('not-an-arn', 'roleArn', minLength(20))],
  ] as const)('the first occurrence of a repeated parameter wins (observed against AWS, justincormack/argmin sts_oracle.rs): %j', (arns, violation) => {
    const outcome = call('AssumeRole', [...arns, ['RoleSessionName', 's1']])
    if (violation === undefined) expect(accepted(outcome).RoleArn).toBe(ROLE_ARN)
    else expect(outcome).toEqual(one(violation))
  })
})

describe('validation of other operations (the model, spec/sts-service-2.json)', () => {
  const tags = (count: number): QueryPair[] =>
    Array.from({ length: count }, (_, i): QueryPair[] => [
      [`Tags.member.${i + 1}.Key`, `k${i + 1}`],
      [`Tags.member.${i + 1}.Value`, 'v'],
    ]).flat()

  it('fact 48: 51 tags break the list length of 50, the list printed whole', () => {
    const printed = `[${Array.from({ length: 51 }, (_, i) => `{Key: k${i + 1}, Value: v}`).join(', ')}]`
    expect(call('AssumeRole', [['RoleArn', ROLE_ARN], ['RoleSessionName', 's1'], ...tags(51)])).toEqual(
      one(at(printed, 'tags', maxLength(50))),
    )
    expect(accepted(call('AssumeRole', [['RoleArn', ROLE_ARN], ['RoleSessionName', 's1'], ...tags(50)])).Tags).toHaveLength(50)
  })

  it('fact 49: an empty tag value is accepted (value min length 0)', () => {
    const input = accepted(assumeRole({ 'Tags.member.1.Key': 'Project', 'Tags.member.1.Value': '' }))
    expect(input.Tags).toEqual([{ Key: 'Project', Value: '' }])
  })

  it('fact 51: GetSessionToken DurationSeconds 345600 is above 129600', () => {
    expect(call('GetSessionToken', [['DurationSeconds', '345600']])).toEqual(one(at('345600', 'durationSeconds', maxValue(129600))))
  })

  it('fact 54: a GetFederationToken Name of 33 characters is above 32, at \'name\'', () => {
    const name = 'n'.repeat(33)
    expect(call('GetFederationToken', [['Name', name]])).toEqual(one(at(name, 'name', maxLength(32))))
  })

  it('fact 56: AssumeRoot DurationSeconds 901 is above 900', () => {
    const outcome = call('AssumeRoot', [
      ['TargetPrincipal', '111111111111'],
      ['TaskPolicyArn.arn', 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials'],
      ['DurationSeconds', '901'],
    ])
    expect(outcome).toEqual(one(at('901', 'durationSeconds', maxValue(900))))
  })

  it('fact 57: GetWebIdentityToken DurationSeconds 59 is below 60', () => {
    const outcome = call('GetWebIdentityToken', [
      ['Audience.member.1', 'https://api.example.com'],
      ['SigningAlgorithm', 'RS256'],
      ['DurationSeconds', '59'],
    ])
    expect(outcome).toEqual(one(at('59', 'durationSeconds', minValue(60))))
  })

  it.each([
    ['12345', [minLength(6)]],
    ['12345a', [pattern(String.raw`[\d]*`)]],
    ['1234567', [maxLength(6)]],
    ['12345b7', [pattern(String.raw`[\d]*`), maxLength(6)]],
  ])('fact 64: TokenCode %s breaks %j', (code, constraints) => {
    const outcome = call('GetSessionToken', [['SerialNumber', 'GAHT12345678'], ['TokenCode', code]])
    const count = constraints.length === 1 ? '1 validation error detected' : `${constraints.length} validation errors detected`
    expect(outcome).toEqual(validationError(`${count}: ${constraints.map((c) => at(code, 'tokenCode', c)).join('; ')}`))
  })

  it('fact 65: SerialNumber GAHT1234 (8 characters) is below 9', () => {
    expect(call('GetSessionToken', [['SerialNumber', 'GAHT1234'], ['TokenCode', '123456']])).toEqual(
      one(at('GAHT1234', 'serialNumber', minLength(9))),
    )
  })

  it('fact 81: GetAccessKeyInfo AccessKeyId "A" is below 16', () => {
    expect(call('GetAccessKeyInfo', [['AccessKeyId', 'A']])).toEqual(one(at('A', 'accessKeyId', minLength(16))))
  })

  it('fact 88: a 2049-character Policy breaks 2048 for AssumeRoleWithWebIdentity, not for AssumeRole', () => {
    const skeleton = '{"Version":"2012-10-17","Statement":[],"Sid":""}'
    const policy = skeleton.replace('"Sid":""', `"Sid":"${'x'.repeat(2049 - skeleton.length)}"`)
    expect(policy).toHaveLength(2049)
    const web = call('AssumeRoleWithWebIdentity', [
      ['RoleArn', ROLE_ARN],
      ['RoleSessionName', 's1'],
      ['WebIdentityToken', 'eyJhbGciOi.token'],
      ['Policy', policy],
    ])
    expect(web).toEqual(one(at(policy, 'policy', maxLength(2048))))
    expect(accepted(assumeRole({ Policy: policy })).Policy).toBe(policy)
  })
})

describe('member paths and printed values', () => {
  it.each<[string, QueryPair[], string]>([
    ['a tag key', [['Tags.member.1.Key', 'bad#key'], ['Tags.member.1.Value', 'v']], at('bad#key', 'tags.1.member.key', pattern(String.raw`[\p{L}\p{Z}\p{N}_.:/=+\-@]+`))],
    ['a tag without its value', [['Tags.member.1.Key', 'k']], nullAt('tags.1.member.value')],
    ['a transitive tag key', [['TransitiveTagKeys.member.1', 'k'], ['TransitiveTagKeys.member.2', 'a'.repeat(129)]], at('a'.repeat(129), 'transitiveTagKeys.2.member', maxLength(128))],
    ['a policy ARN', [['PolicyArns.member.1.arn', 'arn:short']], at('arn:short', 'policyArns.1.member.arn', minLength(20))],
    ['a context assertion', [['ProvidedContexts.member.1.ProviderArn', ROLE_ARN], ['ProvidedContexts.member.1.ContextAssertion', 'abc']], at('abc', 'providedContexts.1.member.contextAssertion', minLength(4))],
    ['an empty list below its minimum', [['ProvidedContexts', '']], at('[]', 'providedContexts', minLength(1))],
    ['an external ID', [['ExternalId', 'a b']], at('a b', 'externalId', pattern(String.raw`[\w+=,.@:\/-]*`))],
    ['a source identity', [['SourceIdentity', 'x']], at('x', 'sourceIdentity', minLength(2))],
  ])('AssumeRole: %s', (_label, parameters, violation) => {
    expect(call('AssumeRole', [['RoleArn', ROLE_ARN], ['RoleSessionName', 's1'], ...parameters])).toEqual(one(violation))
  })

  it('AssumeRoleWithSAML: every required member in model order; the sensitive SAMLAssertion is never printed', () => {
    expect(call('AssumeRoleWithSAML', [])).toEqual(
      validationError(`3 validation errors detected: ${[nullAt('roleArn'), nullAt('principalArn'), nullAt('sAMLAssertion')].join('; ')}`),
    )
    expect(call('AssumeRoleWithSAML', [['RoleArn', ROLE_ARN], ['PrincipalArn', 'arn:aws:iam::111111111111:saml-provider/Idp'], ['SAMLAssertion', 'abc']])).toEqual(
      one(`Value at 'sAMLAssertion' failed to satisfy constraint: ${minLength(4)}`),
    )
  })

  it('AssumeRoleWithWebIdentity: the sensitive WebIdentityToken is never printed; ProviderId is providerId', () => {
    expect(
      call('AssumeRoleWithWebIdentity', [['RoleArn', ROLE_ARN], ['RoleSessionName', 's1'], ['WebIdentityToken', 'abc'], ['ProviderId', 'www']]),
    ).toEqual(
      validationError(
        `2 validation errors detected: Value at 'webIdentityToken' failed to satisfy constraint: ${minLength(4)}; ${at('www', 'providerId', minLength(4))}`,
      ),
    )
  })

  it('AssumeRoot: a structure member is at taskPolicyArn.arn, a missing structure is null', () => {
    expect(call('AssumeRoot', [['TargetPrincipal', '111111111111'], ['TaskPolicyArn.arn', 'short']])).toEqual(
      one(at('short', 'taskPolicyArn.arn', minLength(20))),
    )
    expect(call('AssumeRoot', [['TargetPrincipal', '111111111111']])).toEqual(one(nullAt('taskPolicyArn')))
  })

  it('GetWebIdentityToken: a list of strings is printed as [a, b]', () => {
    const audiences = Array.from({ length: 11 }, (_, i) => `aud${i + 1}`)
    const outcome = call('GetWebIdentityToken', [
      ...audiences.map((audience, i): QueryPair => [`Audience.member.${i + 1}`, audience]),
      ['SigningAlgorithm', 'RS256'],
    ])
    expect(outcome).toEqual(one(at(`[${audiences.join(', ')}]`, 'audience', maxLength(10))))
    expect(call('GetWebIdentityToken', [['SigningAlgorithm', 'RS256']])).toEqual(one(nullAt('audience')))
    expect(call('GetWebIdentityToken', [['Audience', ''], ['SigningAlgorithm', 'RS256']])).toEqual(one(at('[]', 'audience', minLength(1))))
  })

  it.each([
    ['DecodeAuthorizationMessage', [['EncodedMessage', '']], at('', 'encodedMessage', minLength(1))],
    ['GetDelegatedAccessToken', [], nullAt('tradeInToken')],
  ] as const)('%s', (operation, parameters, violation) => {
    expect(call(operation, parameters)).toEqual(one(violation))
  })

  it('GetCallerIdentity has no parameters: anything is ignored', () => {
    expect(call('GetCallerIdentity', [['RoleArn', '']])).toEqual({ ok: true, input: {} })
  })

  it('an operation the model does not have is a programming error', () => {
    expect(() => validateParameters('NoSuchAction', [])).toThrow('NoSuchAction')
  })
})
