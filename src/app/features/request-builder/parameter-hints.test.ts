import { describe, expect, it } from 'vitest'
import { operationParameters, type ParameterModel } from '../../../engine/index.ts'
import { constraintParts, valueWarning } from './parameter-hints.ts'

const parameter = (operation: string, name: string): ParameterModel => {
  const found = operationParameters(operation).find((p) => p.name === name)
  if (!found) throw new Error(`no ${operation}.${name}`)
  return found
}

describe('parameter hints', () => {
  it('describes constraints from the model', () => {
    expect(constraintParts(parameter('AssumeRole', 'RoleSessionName'))).toEqual(['required', '2–64 characters'])
    expect(constraintParts(parameter('AssumeRole', 'DurationSeconds'))).toEqual(['optional', 'integer, 900–43200'])
    expect(constraintParts(parameter('AssumeRole', 'TokenCode'))).toEqual(['optional', 'exactly 6 characters'])
    expect(constraintParts(parameter('AssumeRole', 'Tags'))).toEqual(['optional', 'at most 50 items'])
    expect(constraintParts(parameter('AssumeRole', 'Policy'))).toEqual(['optional', 'at least 1 character'])
  })

  it('warns about values STS would reject, without judging empty optional fields', () => {
    expect(valueWarning(parameter('AssumeRole', 'RoleSessionName'), '')).toMatch(/Required/)
    expect(valueWarning(parameter('AssumeRole', 'RoleSessionName'), 'a')).toBe('1 character; at least 2 needed.')
    expect(valueWarning(parameter('AssumeRole', 'RoleSessionName'), 'has space')).toMatch(/pattern/)
    expect(valueWarning(parameter('AssumeRole', 'RoleSessionName'), 'ok-name')).toBeUndefined()
    expect(valueWarning(parameter('AssumeRole', 'DurationSeconds'), '60')).toMatch(/minimum of 900/)
    expect(valueWarning(parameter('AssumeRole', 'DurationSeconds'), '1h')).toMatch(/whole number/)
    expect(valueWarning(parameter('AssumeRole', 'ExternalId'), '')).toBeUndefined()
  })
})
