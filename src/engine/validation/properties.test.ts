import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findOperation, operationNames, shapeNamed } from '../model/sts-model.ts'
import { flattenParameters, type QueryPair, type QueryValue } from '../protocol/query-codec.ts'
import { validateParameters } from './index.ts'

const ROLE_ARN = 'arn:aws:iam::111111111111:role/Dev'

/** A valid request for every operation of the model. */
const validRequests: Record<string, QueryPair[]> = {
  AssumeRole: [
    ['RoleArn', ROLE_ARN],
    ['RoleSessionName', 's1'],
    ['DurationSeconds', '900'],
    ['Tags.member.1.Key', 'Project'],
    ['Tags.member.1.Value', 'Unicorn'],
    ['TransitiveTagKeys.member.1', 'Project'],
    ['PolicyArns.member.1.arn', 'arn:aws:iam::111111111111:policy/P'],
  ],
  AssumeRoleWithSAML: [
    ['RoleArn', ROLE_ARN],
    ['PrincipalArn', 'arn:aws:iam::111111111111:saml-provider/Idp'],
    ['SAMLAssertion', 'PHNhbWxwOlJlc3BvbnNlLz4='],
  ],
  AssumeRoleWithWebIdentity: [
    ['RoleArn', ROLE_ARN],
    ['RoleSessionName', 'app'],
    ['WebIdentityToken', 'eyJhbGciOiJSUzI1NiJ9.e30.sig'],
  ],
  AssumeRoot: [
    ['TargetPrincipal', '111111111111'],
    ['TaskPolicyArn.arn', 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials'],
  ],
  DecodeAuthorizationMessage: [['EncodedMessage', 'abc']],
  GetAccessKeyInfo: [['AccessKeyId', 'ASIAY34FZKBOKMUTVV7A']],
  GetCallerIdentity: [],
  GetDelegatedAccessToken: [['TradeInToken', 'token']],
  GetFederationToken: [['Name', 'Bob'], ['DurationSeconds', '43200']],
  GetSessionToken: [['SerialNumber', 'GAHT12345678'], ['TokenCode', '123456']],
  GetWebIdentityToken: [['Audience.member.1', 'https://api.example.com'], ['SigningAlgorithm', 'RS256']],
}

/** Wire names the model gives an operation's parameters, lists with indices 1 to 3. */
function wireNames(shapeName: string, prefix: string, depth = 0): string[] {
  const shape = shapeNamed(shapeName)
  if (depth > 3) return [prefix]
  if (shape.type === 'structure') {
    return Object.entries(shape.members ?? {}).flatMap(([member, ref]) =>
      wireNames(ref.shape, prefix === '' ? member : `${prefix}.${member}`, depth + 1),
    )
  }
  if (shape.type === 'list' && shape.member !== undefined) {
    const element = shape.member
    return [prefix, ...[1, 2, 3].flatMap((index) => wireNames(element, `${prefix}.member.${index}`, depth + 1))]
  }
  return [prefix]
}

function topLevelMembers(operation: string): string[] {
  const input = findOperation(operation)?.input
  return input ? Object.keys(shapeNamed(input).members ?? {}) : []
}

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', '0', '+900', '-1', '2147483648', 'abc', '😀', 'a'.repeat(70)),
)

describe('validateParameters properties', () => {
  it('the model has a valid request in this table for every operation', () => {
    expect(Object.keys(validRequests).sort()).toEqual([...operationNames].sort())
    for (const operation of operationNames) {
      expect(validateParameters(operation, validRequests[operation] ?? []).ok, operation).toBe(true)
    }
  })

  it.each(operationNames)('%s: never throws on arbitrary pairs, and a fault is a well-formed 400', (operation) => {
    const input = findOperation(operation)?.input
    const names = input ? wireNames(input, '') : []
    const name = fc.oneof(fc.constantFrom('Action', 'Version', ...names), fc.string({ unit: 'binary', maxLength: 20 }))
    fc.assert(
      fc.property(fc.array(fc.tuple(name, anyText), { maxLength: 25 }), (pairs) => {
        const outcome = validateParameters(operation, pairs)
        if (outcome.ok) return
        expect(outcome.fault.status).toBe(400)
        expect(outcome.fault.type).toBe('Sender')
        if (outcome.fault.code === 'ValidationError') {
          expect(outcome.fault.message).toMatch(/^(1 validation error|([2-9]|[1-9]\d+) validation errors) detected: Value /)
        } else {
          expect(outcome.fault.code).toBe('MalformedInput')
        }
      }),
    )
  })

  it.each(operationNames)('%s: a valid request stays valid, and decodes the same, when unknown parameters are added', (operation) => {
    const valid = validRequests[operation] ?? []
    const members = topLevelMembers(operation)
    const unknownName = fc
      .oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('Action', 'Version', 'Unknown', 'roleArn', 'Tags.member.0.Key'))
      .filter((name) => !members.some((member) => name === member || name.startsWith(`${member}.`)))
    const expected = validateParameters(operation, valid)
    fc.assert(
      fc.property(fc.array(fc.tuple(unknownName, anyText, fc.nat()), { maxLength: 10 }), (unknowns) => {
        const pairs: QueryPair[] = [...valid]
        for (const [name, value, position] of unknowns) pairs.splice(position % (pairs.length + 1), 0, [name, value])
        expect(validateParameters(operation, pairs)).toEqual(expected)
      }),
    )
  })

  it.each(operationNames)('%s: repeating any parameter after a valid request changes nothing (first occurrence wins)', (operation) => {
    const valid = validRequests[operation] ?? []
    const expected = validateParameters(operation, valid)
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), anyText), { maxLength: 10 }), (repeats) => {
        const extra = valid.length === 0 ? [] : repeats.map(([index, value]): QueryPair => [valid[index % valid.length]?.[0] ?? '', value])
        expect(validateParameters(operation, [...valid, ...extra])).toEqual(expected)
      }),
    )
  })

  it('session tags round-trip through the Query encoding (empty list included)', () => {
    const tag = fc.record({
      Key: fc.stringMatching(/^[A-Za-z0-9 _.:/=+\-@]{1,20}$/),
      Value: fc.stringMatching(/^[A-Za-z0-9 _.:/=+\-@]{0,20}$/),
    })
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 50 }), fc.array(fc.stringMatching(/^[A-Za-z0-9]{1,10}$/), { maxLength: 50 }), (tags, keys) => {
        const pairs = flattenParameters({ RoleArn: ROLE_ARN, RoleSessionName: 's1', Tags: tags, TransitiveTagKeys: keys })
        const first = validateParameters('AssumeRole', pairs)
        if (!first.ok) throw new Error(first.fault.message)
        expect(first.input.Tags).toEqual(tags)
        expect(first.input.TransitiveTagKeys).toEqual(keys)
        const again = validateParameters('AssumeRole', flattenParameters(first.input as Record<string, QueryValue>))
        expect(again).toEqual(first)
      }),
    )
  })
})
