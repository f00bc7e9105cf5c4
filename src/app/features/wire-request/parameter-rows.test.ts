import { describe, expect, it } from 'vitest'
import { flattenParameters } from '../../../engine/index.ts'
import { isListItem, nameParts, parametersTsv, valuePreview } from './parameter-rows.ts'

describe('nameParts', () => {
  it('splits a list member name into names, the list keyword and the position', () => {
    expect(nameParts('Tags.member.1.Key')).toEqual([
      { text: 'Tags', kind: 'name' },
      { text: 'member', kind: 'keyword' },
      { text: '1', kind: 'index' },
      { text: 'Key', kind: 'name' },
    ])
  })

  it('keeps a plain name whole', () => {
    expect(nameParts('RoleSessionName')).toEqual([{ text: 'RoleSessionName', kind: 'name' }])
  })

  it('joins back to the name', () => {
    for (const name of ['Tags.member.12.Value', 'TransitiveTagKeys.member.3', 'Action']) {
      expect(nameParts(name).map((part) => part.text).join('.')).toBe(name)
    }
  })

  it('knows the names the engine flattens lists into', () => {
    const names = flattenParameters({ Tags: [{ Key: 'team', Value: 'blue' }], TransitiveTagKeys: ['team'] }).map(([name]) => name)
    expect(names).toEqual(['Tags.member.1.Key', 'Tags.member.1.Value', 'TransitiveTagKeys.member.1'])
    expect(names.every(isListItem)).toBe(true)
    expect(isListItem('RoleArn')).toBe(false)
  })
})

describe('parametersTsv', () => {
  it('writes a header row and one row per pair, in order', () => {
    expect(
      parametersTsv([
        ['Action', 'AssumeRole'],
        ['Version', '2011-06-15'],
        ['Tags.member.1.Key', 'team'],
      ]),
    ).toBe('Parameter\tValue\nAction\tAssumeRole\nVersion\t2011-06-15\nTags.member.1.Key\tteam')
  })

  it('quotes values with line breaks, tabs or quotes so each pair stays one row', () => {
    expect(parametersTsv([['Policy', '{\n  "Version": "2012-10-17"\n}']])).toBe('Parameter\tValue\nPolicy\t"{\n  ""Version"": ""2012-10-17""\n}"')
    expect(parametersTsv([['ExternalId', 'a\tb']])).toBe('Parameter\tValue\nExternalId\t"a\tb"')
  })

  it('keeps an empty value as an empty field', () => {
    expect(parametersTsv([['SerialNumber', '']])).toBe('Parameter\tValue\nSerialNumber\t')
  })
})

describe('valuePreview', () => {
  it('leaves short values whole', () => {
    expect(valuePreview('arn:aws:iam::111111111111:role/demo', 240)).toEqual({ shown: 'arn:aws:iam::111111111111:role/demo', hiddenCharacters: 0 })
    expect(valuePreview('abcd', 4)).toEqual({ shown: 'abcd', hiddenCharacters: 0 })
  })

  it('cuts long values and counts what is hidden', () => {
    expect(valuePreview('abcdef', 4)).toEqual({ shown: 'abcd', hiddenCharacters: 2 })
  })

  it('never splits a surrogate pair', () => {
    expect(valuePreview('ab😀cd', 3)).toEqual({ shown: 'ab😀', hiddenCharacters: 2 })
  })
})
