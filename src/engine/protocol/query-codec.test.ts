import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeComponent, encodeComponent, encodeQuery, firstValues, flattenParameters, parseQuery } from './query-codec.ts'

describe(parseQuery, () => {
  it.each([
    ['', []],
    ['Action=GetCallerIdentity&Version=2011-06-15', [['Action', 'GetCallerIdentity'], ['Version', '2011-06-15']]],
    ['Name=a+b%20c', [['Name', 'a b c']]],
    ['Policy=%7B%22Version%22%3A%222012-10-17%22%7D', [['Policy', '{"Version":"2012-10-17"}']]],
    ['Flag&Empty=', [['Flag', ''], ['Empty', '']]],
    ['a=1&&b=2', [['a', '1'], ['b', '2']]],
    ['Bad=%ZZ%41', [['Bad', '%ZZA']]],
    ['Bad=%E2%82', [['Bad', '%E2%82']]],
    ['Tags.member.1.Key=team&Tags.member.1.Value=blue', [['Tags.member.1.Key', 'team'], ['Tags.member.1.Value', 'blue']]],
  ])('parses %j', (raw, expected) => {
    expect(parseQuery(raw)).toEqual(expected)
  })
})

describe(firstValues, () => {
  it('keeps the first occurrence of a repeated name, as AWS does (fact 7)', () => {
    const values = firstValues(parseQuery('Action=GetCallerIdentity&Action=NoSuchAction&Version=2011-06-15'))
    expect(values.get('Action')).toBe('GetCallerIdentity')
  })
})

describe(encodeComponent, () => {
  it.each([
    ['abc-_.~', 'abc-_.~'],
    ['a b', 'a%20b'],
    ["!'()*", '%21%27%28%29%2A'],
    ['é', '%C3%A9'],
    ['arn:aws:iam::111111111111:role/Dev', 'arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev'],
  ])('encodes %j as RFC 3986 requires', (raw, encoded) => {
    expect(encodeComponent(raw)).toBe(encoded)
  })
})

describe(flattenParameters, () => {
  it('flattens lists with member.N and structures with dotted members, in order', () => {
    expect(
      flattenParameters({
        RoleArn: 'arn:aws:iam::111111111111:role/Dev',
        DurationSeconds: 900,
        PolicyArns: [{ arn: 'arn:aws:iam::111111111111:policy/P' }],
        Tags: [
          { Key: 'team', Value: 'blue' },
          { Key: 'env', Value: '' },
        ],
        TransitiveTagKeys: ['team'],
        Skipped: undefined,
      }),
    ).toEqual([
      ['RoleArn', 'arn:aws:iam::111111111111:role/Dev'],
      ['DurationSeconds', '900'],
      ['PolicyArns.member.1.arn', 'arn:aws:iam::111111111111:policy/P'],
      ['Tags.member.1.Key', 'team'],
      ['Tags.member.1.Value', 'blue'],
      ['Tags.member.2.Key', 'env'],
      ['Tags.member.2.Value', ''],
      ['TransitiveTagKeys.member.1', 'team'],
    ])
  })

  it('sends an empty list as the bare name with an empty value, as botocore does', () => {
    expect(flattenParameters({ Tags: [] })).toEqual([['Tags', '']])
  })
})

describe('encodeQuery and parseQuery', () => {
  it('round-trip any parameters (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1, unit: 'grapheme' }), fc.string({ unit: 'grapheme' }))), (pairs) => {
        expect(parseQuery(encodeQuery(pairs))).toEqual(pairs)
      }),
      { numRuns: 500 },
    )
  })

  it('decode exactly as the platform form decoder does for well-formed input (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1 }), fc.string())), (pairs) => {
        const wire = new URLSearchParams(pairs).toString()
        expect(parseQuery(wire)).toEqual([...new URLSearchParams(wire)].filter(([name]) => name !== ''))
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary text (property)', () => {
    fc.assert(fc.property(fc.string(), (raw) => void parseQuery(raw)))
    expect(decodeComponent('%')).toBe('%')
  })
})
