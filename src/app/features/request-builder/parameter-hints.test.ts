import { describe, expect, it } from 'vitest'
import { demoWorld, MALFORMED_INTEGER_PROBLEM, operationParameters, type ParameterModel } from '../../../engine/index.ts'
import { durationWarning, fieldDescription, memberWarning, requestDurationLimits, valueWarning } from './parameter-hints.ts'

const parameter = (operation: string, name: string): ParameterModel => {
  const found = operationParameters(operation).find((p) => p.name === name)
  if (!found) throw new Error(`no ${operation}.${name}`)
  return found
}
const warn = (operation: string, name: string, raw: string) => valueWarning(operation, parameter(operation, name), raw)

describe('field hints in STS words, from the engine', () => {
  it('describes fields in plain words, with the raw pattern and the default beside them', () => {
    expect(fieldDescription({ operation: 'AssumeRole', path: 'RoleSessionName' })).toMatchObject({ plain: '2–64 characters: letters, digits and + = , . @ - _', pattern: '[\\w+=,.@-]*', required: true })
    expect(fieldDescription({ operation: 'GetSessionToken', path: 'DurationSeconds' })).toMatchObject({ plain: '900–129600 seconds', defaultValue: '43200', required: false })
    expect(fieldDescription({ operation: 'AssumeRole', path: 'Tags.Key' }).required).toBe(true)
  })

  it('names the constraint STS would name for a scalar, and nothing for a value it accepts', () => {
    expect(warn('AssumeRole', 'RoleSessionName', '')).toBe('Member must not be null')
    expect(warn('AssumeRole', 'RoleSessionName', 'a')).toBe('Member must have length greater than or equal to 2')
    expect(warn('AssumeRole', 'RoleSessionName', 'x'.repeat(65))).toBe('Member must have length less than or equal to 64')
    expect(warn('AssumeRole', 'RoleSessionName', 'bad/name')).toBe('Member must satisfy regular expression pattern: [\\w+=,.@-]*')
    expect(warn('AssumeRole', 'RoleSessionName', 'ok-name')).toBeUndefined()
    expect(warn('AssumeRole', 'ExternalId', '')).toBeUndefined()
    // A scalar of spaces is sent as typed, so it is judged, not called missing.
    expect(warn('AssumeRole', 'RoleSessionName', '  ')).toMatch(/regular expression pattern/)
  })

  it('reads integers as STS does: out of range is a ValidationError, unreadable is MalformedInput', () => {
    expect(warn('AssumeRole', 'DurationSeconds', '60')).toBe('Member must have value greater than or equal to 900')
    expect(warn('AssumeRole', 'DurationSeconds', '50000')).toBe('Member must have value less than or equal to 43200')
    expect(warn('AssumeRole', 'DurationSeconds', '1h')).toBe(MALFORMED_INTEGER_PROBLEM)
    expect(warn('AssumeRole', 'DurationSeconds', '3600')).toBeUndefined()
  })

  it('counts code points and reads \\p{L} as Java does (tag keys in any script)', () => {
    expect(memberWarning({ operation: 'AssumeRole', path: 'Tags.Key' }, 'équipe:coût')).toBeUndefined()
    expect(memberWarning({ operation: 'AssumeRole', path: 'Tags.Key' }, 'a#b')).toMatch(/^Member must satisfy regular expression pattern/)
    expect(memberWarning({ operation: 'AssumeRole', path: 'Tags.Value' }, '')).toBe('Member must not be null')
    expect(memberWarning({ operation: 'AssumeRole', path: 'ProvidedContexts.ContextAssertion' }, 'abc😀')).toBeUndefined()
    expect(memberWarning({ operation: 'AssumeRole', path: 'ProvidedContexts.ContextAssertion' }, 'a😀😀')).toBe('Member must have length greater than or equal to 4')
  })

  it('counts list elements as STS does, and judges each line of a list of strings', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`).join('\n')
    expect(warn('AssumeRole', 'TransitiveTagKeys', keys(51))).toBe('Member must have length less than or equal to 50')
    expect(warn('AssumeRole', 'TransitiveTagKeys', keys(50))).toBeUndefined()
    expect(warn('AssumeRole', 'TransitiveTagKeys', 'ok\nbad#key')).toMatch(/^Line 2: Member must satisfy regular expression pattern/)
    expect(warn('GetWebIdentityToken', 'Audience', '')).toBe('Member must not be null')
    expect(warn('GetWebIdentityToken', 'Audience', keys(11))).toBe('Member must have length less than or equal to 10')
    const tags = JSON.stringify(Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })))
    expect(warn('AssumeRole', 'Tags', tags)).toBe('Member must have length less than or equal to 50')
    expect(warn('AssumeRole', 'Tags', '[{"Key":"a"')).toBeUndefined() // unfinished JSON: the draft says why
    expect(warn('AssumeRole', 'Tags', '')).toBeUndefined()
    expect(warn('AssumeRoot', 'TaskPolicyArn', '')).toBe('Member must not be null')
  })
})

describe('DurationSeconds limits of the request', () => {
  const DEV = 'arn:aws:iam::111111111111:role/Dev'
  it("narrows to the role's MaxSessionDuration and the chaining cap, with notes", () => {
    const role = demoWorld.roles.find((r) => r.name === 'Dev')
    const limits = requestDurationLimits('AssumeRole', { world: demoWorld, roleArn: DEV, callerKind: 'user' })
    expect(limits?.max).toBe(role?.maxSessionDuration)
    expect(limits?.notes.join(' ')).toMatch(/Dev's MaxSessionDuration/)
    const chained = requestDurationLimits('AssumeRole', { world: demoWorld, roleArn: DEV, callerKind: 'assumed-role' })
    expect(chained?.max).toBe(3600)
    expect(chained?.notes.join(' ')).toMatch(/Role chaining/)
  })

  it('caps AssumeRole at one hour for GetSessionToken credentials too: role chaining (AWS Knowledge Center, role chaining limit)', () => {
    const batch = 'arn:aws:iam::111111111111:role/Batch'
    expect(requestDurationLimits('AssumeRole', { world: demoWorld, roleArn: batch, callerKind: 'user' })?.max).toBe(43200)
    expect(requestDurationLimits('AssumeRole', { world: demoWorld, roleArn: batch, callerKind: 'user', callerSession: 'GetSessionToken' })?.max).toBe(3600)
  })

  it('gives the root user GetSessionToken limits, ignores a blank RoleArn, and nothing without DurationSeconds', () => {
    expect(requestDurationLimits('GetSessionToken', { world: demoWorld, callerKind: 'root' })).toMatchObject({ max: 3600, default: 3600 })
    expect(requestDurationLimits('AssumeRole', { world: demoWorld, roleArn: '  ' })?.notes).toEqual([])
    expect(requestDurationLimits('GetCallerIdentity', { world: demoWorld })).toBeUndefined()
  })

  it('warns past the maximum only for a number STS can read', () => {
    const limits = { min: 900, max: 3600, default: 3600, notes: [] }
    expect(durationWarning('3601', limits)).toMatch(/maximum of 3600 s/)
    expect(durationWarning('3600', limits)).toBeUndefined()
    expect(durationWarning('1h', limits)).toBeUndefined()
  })
})
