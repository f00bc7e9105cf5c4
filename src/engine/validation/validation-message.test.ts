import { describe, expect, it } from 'vitest'
import { elementPath, memberPath, memberPathName, renderValue, validationMessage } from './validation-message.ts'

describe(memberPathName, () => {
  it.each([
    ['RoleArn', 'roleArn'],
    ['RoleSessionName', 'roleSessionName'],
    ['DurationSeconds', 'durationSeconds'],
    ['Name', 'name'],
    ['arn', 'arn'],
    // Acronym-led names: only the first character is lowered (AWS's convention, see the source).
    ['SAMLAssertion', 'sAMLAssertion'],
    ['PrincipalArn', 'principalArn'],
    ['ProviderId', 'providerId'],
  ])('names %s %s', (wire, path) => {
    expect(memberPathName(wire)).toBe(path)
  })
})

describe('member paths', () => {
  it.each([
    [memberPath('', 'RoleArn'), 'roleArn'],
    [memberPath('taskPolicyArn', 'arn'), 'taskPolicyArn.arn'],
    [memberPath(elementPath('tags', 1), 'Key'), 'tags.1.member.key'],
    [elementPath('transitiveTagKeys', 3), 'transitiveTagKeys.3.member'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected)
  })
})

describe(renderValue, () => {
  it.each([
    ['abc', 'abc'],
    ["it's", "it's"],
    [900, '900'],
    [[], '[]'],
    [['a', 'b'], '[a, b]'],
    [[{ Key: 'Project', Value: 'Unicorn' }], '[{Key: Project, Value: Unicorn}]'],
  ])('prints %j as %s', (value, text) => {
    expect(renderValue(value)).toBe(text)
  })
})

describe(validationMessage, () => {
  it('uses the singular for one violation and the plural with "; " for several', () => {
    const one = validationMessage([{ path: 'roleArn', value: { kind: 'null' }, constraint: { kind: 'required' } }])
    expect(one).toBe("1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null")
    const two = validationMessage([
      { path: 'sAMLAssertion', value: { kind: 'hidden' }, constraint: { kind: 'minLength', min: 4 } },
      { path: 'durationSeconds', value: { kind: 'shown', value: 1 }, constraint: { kind: 'minValue', min: 900 } },
    ])
    expect(two).toBe(
      "2 validation errors detected: Value at 'sAMLAssertion' failed to satisfy constraint: Member must have length greater than or equal to 4; " +
        "Value '1' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
    )
  })
})
