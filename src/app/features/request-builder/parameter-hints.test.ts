import { describe, expect, it } from 'vitest'
import { operationParameters, type ParameterModel } from '../../../engine/index.ts'
import { constraintParts, countWarning, valueWarning } from './parameter-hints.ts'
import { memberParameter } from './structure-rows.ts'

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

  it('reads \\p{L} patterns as Java does, so tag keys in any script pass', () => {
    const key = memberParameter('Tag', 'Key')
    expect(valueWarning(key, 'team')).toBeUndefined()
    expect(valueWarning(key, 'équipe:coût')).toBeUndefined()
    expect(valueWarning(key, 'a#b')).toBe('Does not match the pattern.')
    expect(valueWarning(memberParameter('Tag', 'Value'), '')).toMatch(/Required/)
  })

  it('counts characters in code points, as STS does', () => {
    const assertion = memberParameter('ProvidedContext', 'ContextAssertion') // at least 4, no pattern
    expect(valueWarning(assertion, 'abc😀')).toBeUndefined()
    expect(valueWarning(assertion, 'a😀😀')).toBe('3 characters; at least 4 needed.')
  })

  it('sends a required scalar of spaces as typed, so it is not called missing', () => {
    expect(valueWarning(parameter('AssumeRole', 'RoleSessionName'), '  ')).toMatch(/pattern/)
  })

  it('names list items and warns about their count', () => {
    const tags = parameter('AssumeRole', 'Tags')
    expect(constraintParts(tags, 'tags')).toEqual(['optional', 'at most 50 tags'])
    expect(countWarning(tags, 51, 'tags')).toBe('51 tags; STS accepts at most 50.')
    expect(countWarning(tags, 50, 'tags')).toBeUndefined()
    expect(countWarning(tags, 0, 'tags')).toBeUndefined()
    expect(countWarning(parameter('GetWebIdentityToken', 'Audience'), 11)).toBe('11 items; STS accepts at most 10.')
    expect(valueWarning(parameter('AssumeRole', 'TransitiveTagKeys'), Array.from({ length: 51 }, (_, i) => `k${i}`).join('\n'))).toMatch(/at most 50/)
  })
})
