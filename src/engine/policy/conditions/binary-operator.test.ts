import { describe, expect, it } from 'vitest'
import { decodeBase64 } from './base64.ts'
import { evaluateCondition } from './evaluate-condition.ts'

const MISSING = undefined
const matched = (operator: string, policyValues: string[], contextValues: string[] | undefined): boolean =>
  evaluateCondition({ operator, key: 'k', values: policyValues }, { keys: new Map(contextValues === undefined ? [] : [['k', contextValues]]) }, (v) => v).matched

const bytes = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0))

describe(decodeBase64, () => {
  // RFC 4648 §10 test vectors.
  it.each([
    ['', ''],
    ['Zg==', 'f'],
    ['Zm8=', 'fo'],
    ['Zm9v', 'foo'],
    ['Zm9vYg==', 'foob'],
    ['Zm9vYmE=', 'fooba'],
    ['Zm9vYmFy', 'foobar'],
    ['Zm9vYg', 'foob'], // padding is optional
    ['QmluYXJ5VmFsdWVJbkJhc2U2NA==', 'BinaryValueInBase64'],
  ])('decodes %j', (encoded, plain) => {
    expect(decodeBase64(encoded)).toEqual(bytes(plain))
  })

  it('decodes every byte value', () => {
    expect(decodeBase64('AP8Qf4CB')).toEqual([0x00, 0xff, 0x10, 0x7f, 0x80, 0x81])
  })

  it.each(['Z', 'Zg=', '=', '====', 'Zm9v YmFy', 'Zm9v\n', 'Zm-v', 'Zm_v', 'Z=g=', 'Zg==Zg=='])('refuses %j', (encoded) => {
    expect(decodeBase64(encoded)).toBeUndefined()
  })
})

describe('BinaryEquals', () => {
  it.each([
    ['BinaryEquals', ['QmluYXJ5VmFsdWVJbkJhc2U2NA=='], ['QmluYXJ5VmFsdWVJbkJhc2U2NA=='], true],
    ['BinaryEquals', ['Zm8='], ['Zm8'], true], // the same bytes, padded or not
    ['BinaryEquals', ['Zm8='], ['Zm9v'], false],
    ['BinaryEquals', ['Zm9v'], ['zm9v'], false], // base64 is case-sensitive
    ['BinaryEquals', ['AAAA', 'Zm8='], ['Zm8='], true],
    ['BinaryEquals', ['not base64!'], ['not base64!'], false],
    ['BinaryEquals', ['Zm8='], MISSING, false],
    ['BinaryEqualsIfExists', ['Zm8='], MISSING, true],
  ])('%s %j with %j is %s', (operator, policyValues, contextValues, expected) => {
    expect(matched(operator, policyValues, contextValues)).toBe(expected)
  })
})
