import { describe, expect, it } from 'vitest'
import { stsModel } from '../model/sts-model.generated.ts'
import { compileJavaPattern, matchesJavaPattern, translateJavaPattern, UnsupportedJavaPatternError } from './java-pattern.ts'

/**
 * For every pattern of the model: values that must match and values that must not, as Java's
 * `Pattern.matches` decides. A new model pattern fails the coverage test until it gets a row.
 */
const patternCases: Record<string, { matches: string[]; rejects: string[] }> = {
  [String.raw`[\w]*`]: {
    matches: ['', 'ASIAY34FZKBOKMUTVV7A', 'a_1'],
    rejects: ['a-b', 'é', 'ASIA KEY', 'ａ'],
  },
  // arnType, read as Java does: `\u10000-\u10FFFF` is U+1000, the range 0-U+10FF, then F, F.
  // So supplementary characters fail, and the range 0x30-0x10FF lets DEL and the C1 controls in.
  [String.raw`[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+`]: {
    matches: ['arn:aws:iam::123456789012:role/Dev', 'é', '\t\n\r', '\u0085', '\uFFFD', '\u1000', '\u007F', '\u0084'],
    rejects: ['', '😀', 'arn\u0000', '\u000B', '\u001F', '\uFFFE', '\u{10000}', '\u{10FFFF}', '\uD800'],
  },
  [String.raw`[\w+=,.@:-]*`]: {
    matches: ['', 'AROA123456789EXAMPLE:session', 'a+=,.@:-'],
    rejects: ['a/b', 'a b'],
  },
  [String.raw`[\w+=,.@:\/-]*`]: {
    matches: ['', 'a/b:c', 'Unique-Id_123'],
    rejects: ['a b', 'a\\b', 'é'],
  },
  [String.raw`[\w+=,.@\:-]*`]: {
    matches: ['123456789012:Bob'],
    rejects: ['a/b', 'a b'],
  },
  [String.raw`[\w+=,.@-]*`]: {
    matches: ['', 'my-session', 'a@b.c', 'x+y=z,w'],
    rejects: ['bad/name', 'Session1:2', 'Session Names cannot Hava Spaces!', 'é', 'ａ'],
  },
  [String.raw`[\w+=/:,.@-]*`]: {
    matches: ['arn:aws:iam::123456789012:mfa/user', 'GAHT12345678'],
    rejects: ['a b', 'é'],
  },
  [String.raw`[\u0009\u000A\u000D\u0020-\u00FF]+`]: {
    matches: ['{"Version":"2012-10-17"}', 'ÿ', '\t', 'é'],
    rejects: ['', 'Ā', '€', '😀', '\u0000'],
  },
  [String.raw`[\p{L}\p{Z}\p{N}_.:/=+\-@]+`]: {
    matches: ['Project', 'a b', 'café', '日本', '\u00A0', '٣', 'Ⅻ', '_.:/=+-@', '𝐀'],
    rejects: ['', 'a#b', 'a\tb', '😀', 'a,b', 'a*b'],
  },
  [String.raw`[\p{L}\p{Z}\p{N}_.:/=+\-@]*`]: {
    matches: ['', 'Unicorn', 'a b'],
    rejects: ['a*b', 'a\nb'],
  },
  [String.raw`[\d]*`]: {
    matches: ['', '123456'],
    rejects: ['12345a', '٣', ' 1'],
  },
}

const shapesWithPattern = Object.entries(stsModel.shapes).flatMap(([name, shape]) => (shape.pattern === undefined ? [] : [[name, shape.pattern] as const]))
const modelPatterns = [...new Set(shapesWithPattern.map(([, pattern]) => pattern))]

describe('every pattern of the STS model', () => {
  it('has a row in the hand table', () => {
    expect(modelPatterns.filter((pattern) => !(pattern in patternCases))).toEqual([])
  })

  it.each(shapesWithPattern)('%s: its pattern %s compiles', (_shape, pattern) => {
    expect(compileJavaPattern(pattern)).toBeInstanceOf(RegExp)
  })

  const rows = modelPatterns.flatMap((pattern) => [
    ...(patternCases[pattern]?.matches ?? []).map((value) => [pattern, value, true] as const),
    ...(patternCases[pattern]?.rejects ?? []).map((value) => [pattern, value, false] as const),
  ])
  it.each(rows)('%s on %j matches: %s', (pattern, value, expected) => {
    expect(matchesJavaPattern(pattern, value)).toBe(expected)
  })
})

describe(translateJavaPattern, () => {
  it.each([
    // Java's \u takes exactly four hex digits.
    [String.raw`[\u10000-\u10FFFF]`, String.raw`[\u{1000}\u{30}-\u{10ff}\u{46}\u{46}]`],
    [String.raw`\w+`, '[A-Za-z0-9_]+'],
    [String.raw`[\d\s]`, String.raw`[0-9\t\n\u{b}\f\r ]`],
    [String.raw`\W`, '[^A-Za-z0-9_]'],
    [String.raw`[\p{IsL}\P{N}]`, String.raw`[\p{L}\P{N}]`],
    [String.raw`\/\-\:`, String.raw`\u{2f}\u{2d}\u{3a}`],
    [String.raw`\x41\x{1F600}\t`, String.raw`\u{41}\u{1f600}\u{9}`],
    ['(?:ab){2,3}|c?', String.raw`(?:\u{61}\u{62}){2,3}|\u{63}?`],
    ['[^a-c]', String.raw`[^\u{61}-\u{63}]`],
    ['[a-]', String.raw`[\u{61}\u{2d}]`],
    [']', String.raw`\u{5d}`],
  ])('translates %s to %s', (java, javascript) => {
    expect(translateJavaPattern(java)).toBe(javascript)
  })

  it.each([
    ['.', 'a', true],
    ['.', '\n', false],
    ['.', '\u0085', false],
    ['.', '😀', true],
    ['a{2}', 'aa', true],
    ['a{2}', 'aaa', false],
    ['[]a]+', ']a', true],
  ])('Java matches(%s, %j) is %s', (pattern, value, expected) => {
    expect(matchesJavaPattern(pattern, value)).toBe(expected)
  })

  it.each([
    ['[a&&b]'],
    ['[a[b]]'],
    [String.raw`\Qa\E`],
    ['a*+'],
    ['a{1}+'],
    ['(?i)a'],
    [String.raw`\p{Alpha}`],
    [String.raw`[\W]`],
    ['[z-a]'],
    [String.raw`[\w-z]`],
    [String.raw`\u12`],
    [String.raw`\1`],
    ['[a'],
    ['a{x}'],
  ])('refuses %s rather than guessing', (pattern) => {
    expect(() => translateJavaPattern(pattern)).toThrow(UnsupportedJavaPatternError)
  })
})
