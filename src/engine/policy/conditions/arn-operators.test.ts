import { describe, expect, it } from 'vitest'
import { splitArn } from './arn-operators.ts'
import { evaluateCondition } from './evaluate-condition.ts'

const MISSING = undefined
const matched = (operator: string, policyValues: string[], contextValues: string[] | undefined): boolean =>
  evaluateCondition({ operator, key: 'k', values: policyValues }, { keys: new Map(contextValues === undefined ? [] : [['k', contextValues]]) }, (v) => v).matched

// The example of the "Amazon Resource Name (ARN) condition operators" section.
const DOCS_PATTERN = 'arn:aws:someservice:*:111122223333:finance/*'
const DOCS_VALUE = 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt'

describe('ARN condition operators', () => {
  it.each([
    ['ArnEquals', ['arn:aws:sns:us-east-1:123456789012:my-topic'], ['arn:aws:sns:us-east-1:123456789012:my-topic'], true],
    ['ArnEquals', ['arn:aws:sns:*:123456789012:*'], ['arn:aws:sns:us-east-1:123456789012:my-topic'], true], // ArnEquals takes wildcards too
    ['ArnEquals', ['arn:aws:sns:us-east-1:123456789012:my-topic'], ['arn:aws:sns:us-east-1:123456789012:other'], false],
    ['ArnLike', ['arn:aws:iam::*:role/Admin*'], ['arn:aws:iam::111122223333:role/AdminRole'], true],
    ['ArnLike', ['arn:aws:iam::*:role/admin*'], ['arn:aws:iam::111122223333:role/AdminRole'], false], // case-sensitive
    ['ArnLike', [DOCS_PATTERN], [DOCS_VALUE], false], // `*` stays inside one colon-delimited part
    ['StringLike', [DOCS_PATTERN], [DOCS_VALUE], true], // while StringLike lets it cross colons
    ['ArnLike', ['arn:aws:s3:::bucket/*'], ['arn:aws:s3:::bucket/a:b/c'], true], // the resource part keeps its colons
    ['ArnLike', ['arn:aws:ec2:us-east-?:*:instance/*'], ['arn:aws:ec2:us-east-1:111122223333:instance/i-1'], true],
    ['ArnLike', ['arn:aws:iam::1:role/x?'], ['arn:aws:iam::1:role/x'], false],
    ['ArnLike', ['arn:aws:iam::*:*'], ['arn:aws:iam::111122223333:user/a'], true],
    ['ArnLike', ['*'], ['arn:aws:s3:::bucket'], false], // the policy value is not an ARN
    ['ArnLike', ['arn:aws:s3:::*'], ['bucket'], false], // nor is the context value
    ['ArnLike', ['arn:aws:iam::*:role/A*'], MISSING, false],
    ['ArnNotEquals', ['arn:aws:iam::111122223333:role/A'], ['arn:aws:iam::111122223333:role/B'], true],
    ['ArnNotEquals', ['arn:aws:iam::111122223333:role/A'], ['arn:aws:iam::111122223333:role/A'], false],
    ['ArnNotLike', ['arn:aws:iam::*:role/A*'], ['arn:aws:iam::111122223333:role/Alpha'], false],
    ['ArnNotLike', ['arn:aws:iam::*:role/A*', 'arn:aws:iam::*:role/B*'], ['arn:aws:iam::111122223333:role/Beta'], false],
    ['ArnNotLike', ['arn:aws:iam::*:role/A*'], ['arn:aws:iam::111122223333:role/Beta'], true],
    ['ArnNotLike', ['arn:aws:iam::*:role/A*'], MISSING, true],
  ])('%s %j with %j is %s', (operator, policyValues, contextValues, expected) => {
    expect(matched(operator, policyValues, contextValues)).toBe(expected)
  })

  it.each([
    ['arn:aws:s3:::bucket/a:b', ['arn', 'aws', 's3', '', '', 'bucket/a:b']],
    ['arn:aws:iam::111122223333:role/path/Name', ['arn', 'aws', 'iam', '', '111122223333', 'role/path/Name']],
    ['arn:aws:iam::111122223333:', ['arn', 'aws', 'iam', '', '111122223333', '']],
    ['arn:aws:iam::111122223333', undefined],
    ['', undefined],
  ])('splits %j into six parts', (arn, parts) => {
    expect(splitArn(arn)).toEqual(parts)
  })
})
