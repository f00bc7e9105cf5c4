import { describe, expect, it } from 'vitest'
import { stsModel } from '../model/sts-model.generated.ts'
import { operationNames, operationParameters } from '../model/sts-model.ts'
import { describeParameter, type ParameterDescription } from './describe-parameter.ts'
import { PATTERN_WORDS, patternWords, UNKNOWN_PATTERN_WORDS } from './pattern-words.ts'

// Constraints from the AWS model of STS; defaults from the AWS STS API Reference (each operation's
// DurationSeconds: AssumeRole 3600, GetSessionToken and GetFederationToken 43200, AssumeRoot 900,
// GetWebIdentityToken 300).
const NAME = String.raw`[\w+=,.@-]*`
const TAG_KEY = String.raw`[\p{L}\p{Z}\p{N}_.:/=+\-@]+`

const rows: [string, string, ParameterDescription][] = [
  ['AssumeRole', 'RoleSessionName', { plain: '2–64 characters: letters, digits and + = , . @ - _', pattern: NAME, required: true, min: 2, max: 64 }],
  ['AssumeRole', 'DurationSeconds', { plain: '900–43200 seconds', required: false, min: 900, max: 43200, defaultValue: '3600' }],
  ['AssumeRoleWithSAML', 'DurationSeconds', { plain: '900–43200 seconds', required: false, min: 900, max: 43200, defaultValue: '3600' }],
  ['AssumeRoleWithWebIdentity', 'DurationSeconds', { plain: '900–43200 seconds', required: false, min: 900, max: 43200, defaultValue: '3600' }],
  ['GetSessionToken', 'DurationSeconds', { plain: '900–129600 seconds', required: false, min: 900, max: 129600, defaultValue: '43200' }],
  ['GetFederationToken', 'DurationSeconds', { plain: '900–129600 seconds', required: false, min: 900, max: 129600, defaultValue: '43200' }],
  ['AssumeRoot', 'DurationSeconds', { plain: '0–900 seconds', required: false, min: 0, max: 900, defaultValue: '900' }],
  ['GetWebIdentityToken', 'DurationSeconds', { plain: '60–3600 seconds', required: false, min: 60, max: 3600, defaultValue: '300' }],
  ['AssumeRole', 'TokenCode', { plain: 'exactly 6 characters: digits', pattern: '[\\d]*', required: false, min: 6, max: 6 }],
  ['AssumeRoleWithSAML', 'SAMLAssertion', { plain: '4–100000 characters', required: true, min: 4, max: 100000 }],
  ['GetDelegatedAccessToken', 'TradeInToken', { plain: 'any text', required: true }],
  ['AssumeRole', 'Tags', { plain: 'at most 50 items, each with Key, Value', required: false, max: 50 }],
  ['AssumeRole', 'Tags.Key', { plain: '1–128 characters: letters, spaces and numbers of any script, and _ . : / = + - @', pattern: TAG_KEY, required: true, min: 1, max: 128 }],
  ['AssumeRole', 'Tags.Value', { plain: 'at most 256 characters: letters, spaces and numbers of any script, and _ . : / = + - @', pattern: String.raw`[\p{L}\p{Z}\p{N}_.:/=+\-@]*`, required: true, min: 0, max: 256 }],
  ['AssumeRole', 'TransitiveTagKeys', { plain: 'at most 50 items, each 1–128 characters: letters, spaces and numbers of any script, and _ . : / = + - @', pattern: TAG_KEY, required: false, max: 50 }],
  ['AssumeRole', 'ProvidedContexts', { plain: '1–5 items, each with ProviderArn, ContextAssertion', required: false, min: 1, max: 5 }],
  ['AssumeRole', 'PolicyArns', { plain: 'a list, each with arn', required: false }],
  ['AssumeRoot', 'TaskPolicyArn', { plain: 'a structure with arn', required: true }],
  ['GetWebIdentityToken', 'Audience', { plain: '1–10 items, each 1–1000 characters', required: true, min: 1, max: 10 }],
]

describe('describeParameter: plain words first, the model pattern for a disclosure (AWS STS API Reference)', () => {
  it.each(rows)('%s %s', (operation, parameter, expected) => {
    expect(describeParameter(operation, parameter)).toEqual(expected)
  })

  it('says every parameter of every operation without throwing, and no plain text is empty', () => {
    for (const operation of operationNames) {
      for (const parameter of operationParameters(operation)) expect(describeParameter(operation, parameter.name).plain).not.toBe('')
    }
  })
})

describe('pattern words: one entry for each distinct pattern of the STS model', () => {
  const patterns = [...new Set(Object.values(stsModel.shapes).flatMap((shape) => (shape.pattern === undefined ? [] : [shape.pattern])))]
  it.each(patterns)('%s has plain words', (pattern) => {
    expect(PATTERN_WORDS[pattern]).toBeDefined()
  })
  it('a pattern without an entry sends the reader to the pattern', () => {
    expect(patternWords('[a-z]+')).toBe(UNKNOWN_PATTERN_WORDS)
  })
})
