import { describe, expect, it } from 'vitest'
import { evaluateCondition } from './evaluate-condition.ts'

const MISSING = undefined
const matched = (operator: string, policyValues: string[], contextValues: string[] | undefined): boolean =>
  evaluateCondition({ operator, key: 'k', values: policyValues }, { keys: new Map(contextValues === undefined ? [] : [['k', contextValues]]) }, (v) => v).matched

describe('string condition operators', () => {
  it.each([
    ['StringEquals', ['alice'], ['alice'], true],
    ['StringEquals', ['alice'], ['Alice'], false], // case-sensitive
    ['StringEquals', ['a*'], ['abc'], false], // no wildcards outside the Like pair
    ['StringEquals', ['a*'], ['a*'], true],
    ['StringEquals', ['bob', 'alice'], ['alice'], true], // policy values are OR-ed
    ['StringEquals', ['alice'], MISSING, false],
    ['StringEquals', [''], [''], true],
    ['StringNotEquals', ['bob'], ['alice'], true],
    ['StringNotEquals', ['alice'], ['alice'], false],
    ['StringNotEquals', ['bob', 'alice'], ['alice'], false], // NOR: one match is enough to fail
    ['StringNotEquals', ['bob', 'carol'], ['alice'], true],
    ['StringNotEquals', ['alice'], MISSING, true], // a negated operator matches a missing key
    ['StringEqualsIgnoreCase', ['ALICE'], ['alice'], true],
    ['StringEqualsIgnoreCase', ['alice'], ['alicia'], false],
    ['StringEqualsIgnoreCase', ['al*'], ['alice'], false],
    ['StringEqualsIgnoreCase', ['alice'], MISSING, false],
    ['StringNotEqualsIgnoreCase', ['ALICE'], ['alice'], false],
    ['StringNotEqualsIgnoreCase', ['bob'], ['alice'], true],
    ['StringNotEqualsIgnoreCase', ['bob'], MISSING, true],
    ['StringLike', ['home/*'], ['home/alice/notes.txt'], true],
    ['StringLike', ['home/*'], ['Home/alice'], false], // case-sensitive
    ['StringLike', ['t1.*', 't2.*', 'm3.*'], ['t2.micro'], true],
    ['StringLike', ['t1.*', 't2.*', 'm3.*'], ['c5.large'], false],
    ['StringLike', ['a?c'], ['abc'], true],
    ['StringLike', ['a?c'], ['ac'], false],
    ['StringLike', ['*'], [''], true],
    ['StringLike', [''], [''], true], // the s3:prefix "" idiom
    ['StringLike', [''], ['home/'], false],
    ['StringLike', ['t2.*'], MISSING, false],
    ['StringNotLike', ['key1*'], ['key2'], true],
    ['StringNotLike', ['key1*'], ['key1:legal'], false],
    ['StringNotLike', ['key1*', 'key2*'], ['key2'], false],
    ['StringNotLike', ['key1*'], MISSING, true],
  ])('%s %j with %j is %s', (operator, policyValues, contextValues, expected) => {
    expect(matched(operator, policyValues, contextValues)).toBe(expected)
  })
})
