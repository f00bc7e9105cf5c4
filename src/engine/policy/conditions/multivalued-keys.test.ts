import { describe, expect, it } from 'vitest'
import { contextKeys } from '../request-context.ts'
import { evaluateCondition, type Substitute } from './index.ts'

const same = (value: string): string => value
const run = (operator: string, values: string[], contextValues: string[] | undefined, substitute: Substitute = same) =>
  evaluateCondition({ operator, key: 'aws:TagKeys', values }, { keys: contextKeys({ 'aws:TagKeys': contextValues }) }, substitute)

describe('set operators on a multivalued key', () => {
  it.each([
    // IAM User Guide, "Creating a condition that tests multiple key values" (DynamoDB attributes).
    ['ForAllValues:StringLike', ['PostDateTime', 'Message', 'Tags'], ['PostDateTime', 'Message'], true],
    ['ForAllValues:StringLike', ['PostDateTime', 'Message', 'Tags'], ['PostDateTime', 'UserName'], false],
    ['ForAnyValue:StringLike', ['ID', 'PostDateTime'], ['UserName', 'Message', 'PostDateTime'], true],
    ['ForAnyValue:StringLike', ['ID', 'PostDateTime'], ['UserName'], false],
    // IAM User Guide, "Multivalued context key examples" (deny with ForAllValues:StringNotLike).
    ['ForAllValues:StringNotLike', ['key1*'], ['key1:legal'], false],
    ['ForAllValues:StringNotLike', ['key1*'], ['key1:hr', 'key1:personnel'], false],
    ['ForAllValues:StringNotLike', ['key1*'], ['key2:audit'], true],
    ['ForAllValues:StringNotLike', ['key1*'], ['key1:hr', 'key2:audit'], false],
    ['ForAnyValue:StringEquals', ['DataClass', 'Owner'], ['Dept', 'SIC'], false],
    ['ForAnyValue:StringEquals', ['DataClass', 'Owner'], ['DataClass', 'Dept'], true],
    ['ForAnyValue:StringNotEquals', ['DataClass'], ['DataClass', 'Dept'], true], // Dept is not DataClass
    ['ForAnyValue:StringNotEquals', ['DataClass'], ['DataClass'], false],
    ['ForAllValues:StringEqualsIfExists', ['Dept'], ['Dept', 'Team'], false], // IfExists changes nothing for a present key
    ['ForAllValues:StringEquals', ['Dept'], ['Dept'], true], // a single value is a set of one
  ])('%s %j with %j is %s', (operator, values, contextValues, expected) => {
    expect(run(operator, values, contextValues).matched).toBe(expected)
  })

  it('names the value that decided', () => {
    expect(run('ForAllValues:StringEquals', ['Dept'], ['Dept', 'Team']).explanation).toBe(
      'every value of aws:TagKeys [Dept, Team] must satisfy StringEquals "Dept"; Team does not, so ForAllValues:StringEquals does not match',
    )
    expect(run('ForAnyValue:StringLike', ['Own*'], ['Dept', 'Owner']).explanation).toBe(
      'at least one value of aws:TagKeys [Dept, Owner] must satisfy StringLike "Own*"; Owner does, so ForAnyValue:StringLike matches',
    )
  })
})

describe('several context values without a set operator', () => {
  it.each([
    ['StringEquals', ['a'], ['a', 'b'], true], // any one value may match
    ['StringEquals', ['c'], ['a', 'b'], false],
    ['StringNotEquals', ['a'], ['a', 'b'], false], // no value may match
    ['StringNotEquals', ['c'], ['a', 'b'], true],
  ])('%s %j with %j is %s', (operator, values, contextValues, expected) => {
    const outcome = run(operator, values, contextValues)
    expect(outcome.matched).toBe(expected)
    expect(outcome.explanation).toMatch(/has 2 values \[a, b\].*without ForAnyValue:\/ForAllValues:/)
  })
})
