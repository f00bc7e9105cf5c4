import { describe, expect, it } from 'vitest'
import type { QueryPair } from '../protocol/query-codec.ts'
import { decodeParameters } from './decode-parameters.ts'

const ROLE_ARN = 'arn:aws:iam::111111111111:role/Dev'
const POLICY_ARN = 'arn:aws:iam::111111111111:policy/P'

function decode(inputShape: string, pairs: readonly QueryPair[]) {
  const outcome = decodeParameters(inputShape, pairs)
  if (!outcome.ok) throw new Error(`unexpected MalformedInput (${outcome.malformed})`)
  return outcome.input
}

describe(decodeParameters, () => {
  it.each<[string, QueryPair[], Record<string, unknown>]>([
    ['scalars by name, Action and Version ignored', [['Action', 'AssumeRole'], ['Version', '2011-06-15'], ['RoleArn', ROLE_ARN]], { RoleArn: ROLE_ARN }],
    ['an integer as a number', [['DurationSeconds', '0900']], { DurationSeconds: 900 }],
    ['a list of strings', [['TransitiveTagKeys.member.1', 'a'], ['TransitiveTagKeys.member.2', 'b']], { TransitiveTagKeys: ['a', 'b'] }],
    [
      'a list of structures',
      [['Tags.member.1.Key', 'Project'], ['Tags.member.1.Value', 'Unicorn'], ['Tags.member.2.Key', 'Team'], ['Tags.member.2.Value', 'Blue']],
      { Tags: [{ Key: 'Project', Value: 'Unicorn' }, { Key: 'Team', Value: 'Blue' }] },
    ],
    ['a structure list member named in lower case', [['PolicyArns.member.1.arn', POLICY_ARN]], { PolicyArns: [{ arn: POLICY_ARN }] }],
    [
      'provided contexts',
      [['ProvidedContexts.member.1.ProviderArn', 'arn:aws:iam::aws:contextProvider/IdentityCenter'], ['ProvidedContexts.member.1.ContextAssertion', 'abcd']],
      { ProvidedContexts: [{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter', ContextAssertion: 'abcd' }] },
    ],
    ['structure members in model order, whatever the wire order', [['Tags.member.1.Value', 'v'], ['Tags.member.1.Key', 'k']], { Tags: [{ Key: 'k', Value: 'v' }] }],
    ['elements ordered by N, not by wire order', [['TransitiveTagKeys.member.2', 'b'], ['TransitiveTagKeys.member.1', 'a']], { TransitiveTagKeys: ['a', 'b'] }],
    ['N compared as a number', [['TransitiveTagKeys.member.10', 'ten'], ['TransitiveTagKeys.member.9', 'nine']], { TransitiveTagKeys: ['nine', 'ten'] }],
    ['gaps are closed: member.1 and member.3 make two elements', [['TransitiveTagKeys.member.1', 'a'], ['TransitiveTagKeys.member.3', 'c']], { TransitiveTagKeys: ['a', 'c'] }],
    ['the bare name with an empty value is an empty list (botocore)', [['Tags', '']], { Tags: [] }],
    ['the bare name does not hide the elements', [['Tags', ''], ['Tags.member.1.Key', 'k'], ['Tags.member.1.Value', 'v']], { Tags: [{ Key: 'k', Value: 'v' }] }],
    ['a tag with only a key keeps only the key (validation reports the value)', [['Tags.member.1.Key', 'k']], { Tags: [{ Key: 'k' }] }],
    [
      'the first occurrence wins, for list members too',
      [['TransitiveTagKeys.member.1', 'first'], ['TransitiveTagKeys.member.1', 'second'], ['Tags.member.1.Key', 'k1'], ['Tags.member.1.Key', 'k2'], ['Tags.member.1.Value', 'v']],
      { Tags: [{ Key: 'k1', Value: 'v' }], TransitiveTagKeys: ['first'] },
    ],
    [
      'unknown names are ignored: other cases, N not canonical, unknown members, bare elements of a structure list',
      [
        ['roleArn', 'x'],
        ['Unknown', 'value'],
        ['Tags.member.0.Key', 'zero'],
        ['Tags.member.01.Key', 'leading-zero'],
        ['Tags.member.+1.Key', 'sign'],
        ['Tags.member.x.Key', 'letter'],
        ['Tags.member.1.Colour', 'red'],
        ['Tags.member.2', 'bare'],
        ['Tags.1.Key', 'no-member-infix'],
        ['TransitiveTagKeys.member.1.Key', 'too-deep'],
      ],
      {},
    ],
  ])('decodes %s', (_label, pairs, expected) => {
    expect(decode('AssumeRoleRequest', pairs)).toEqual(expected)
  })

  it('decodes a structure parameter from its dotted members; a bare structure name is ignored', () => {
    expect(decode('AssumeRootRequest', [['TaskPolicyArn.arn', POLICY_ARN]])).toEqual({ TaskPolicyArn: { arn: POLICY_ARN } })
    expect(decode('AssumeRootRequest', [['TaskPolicyArn', POLICY_ARN]])).toEqual({})
  })

  it('decodes the list of GetWebIdentityToken audiences', () => {
    expect(decode('GetWebIdentityTokenRequest', [['Audience.member.1', 'https://a'], ['Audience.member.2', 'https://b']])).toEqual({
      Audience: ['https://a', 'https://b'],
    })
  })

  it.each<[QueryPair[], 'empty' | 'invalid']>([
    [[['DurationSeconds', 'abc']], 'invalid'],
    [[['DurationSeconds', '']], 'empty'],
    [[['DurationSeconds', ''], ['DurationSeconds', '900']], 'empty'],
  ])('names the MalformedInput of %j', (pairs, malformed) => {
    expect(decodeParameters('AssumeRoleRequest', pairs)).toEqual({ ok: false, malformed })
  })

  it('reads only the first occurrence of an integer', () => {
    expect(decode('AssumeRoleRequest', [['DurationSeconds', '900'], ['DurationSeconds', 'abc']])).toEqual({ DurationSeconds: 900 })
  })
})
