import { describe, expect, it, vi } from 'vitest'
import { contextKeys } from '../request-context.ts'
import { evaluateCondition, type Substitute } from './index.ts'

const same = (value: string): string => value
const run = (operator: string, values: string[], contextValues: string[] | undefined, substitute: Substitute = same) =>
  evaluateCondition({ operator, key: 'aws:TagKeys', values }, { keys: contextKeys({ 'aws:TagKeys': contextValues }) }, substitute)

describe('policy variables', () => {
  const variables = (value: string): string | undefined =>
    value.replaceAll('${aws:username}', 'alice').includes('${') ? undefined : value.replaceAll('${aws:username}', 'alice')

  it('substitutes them in String and ARN values and keeps the values as written', () => {
    const outcome = evaluateCondition({ operator: 'StringLike', key: 's3:prefix', values: ['home/${aws:username}/*'] }, { keys: contextKeys({ 's3:prefix': 'home/alice/x' }) }, variables)
    expect(outcome.matched).toBe(true)
    expect(outcome.policyValues).toEqual(['home/${aws:username}/*'])
    expect(outcome.explanation).toBe('s3:prefix is home/alice/x, which StringLike "home/${aws:username}/*" (= "home/alice/*") matches')
    const arn = evaluateCondition(
      { operator: 'ArnLike', key: 'aws:PrincipalArn', values: ['arn:aws:iam::*:user/${aws:username}'] },
      { keys: contextKeys({ 'aws:PrincipalArn': 'arn:aws:iam::111122223333:user/alice' }) },
      variables,
    )
    expect(arn.matched).toBe(true)
  })

  it('lets a value whose variable has no value match nothing, so a negated operator still matches', () => {
    const values = ['${aws:PrincipalTag/team}']
    expect(run('StringEquals', values, ['x'], variables).matched).toBe(false)
    expect(run('StringNotEquals', values, ['x'], variables).matched).toBe(true)
    expect(run('StringNotEquals', [...values, 'x'], ['x'], variables).matched).toBe(false)
    expect(run('StringEquals', values, ['x'], variables).explanation).toMatch(/no value in this request/)
  })

  it.each([
    ['NumericEquals', '10'],
    ['DateEquals', '2026-01-01'],
    ['Bool', 'true'],
    ['BinaryEquals', 'Zm8='],
    ['IpAddress', '203.0.113.0/24'],
    ['Null', 'false'],
  ])('does not substitute in %s values', (operator, value) => {
    const substitute = vi.fn(same)
    run(operator, [value], [value], substitute)
    expect(substitute).not.toHaveBeenCalled()
  })
})
