import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchesWildcard } from './wildcard.ts'

describe(matchesWildcard, () => {
  it.each([
    ['*', '', true],
    ['*', 'anything at all', true],
    ['', '', true],
    ['', 'x', false],
    ['home/*', 'home/', true],
    ['home/*', 'home/alice/notes.txt', true],
    ['home/*', 'Home/alice', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['a?c', 'abbc', false],
    ['*.txt', 'notes.txt', true],
    ['*.txt', 'notes.txt.bak', false],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['**', 'x', true],
    ['?', '😀', true], // one character is one code point
    ['a.c', 'abc', false], // regex metacharacters are literal
    ['(a+)+$', '(a+)+$', true],
    ['[ab]', 'a', false],
    ['\\d', '\\d', true],
  ])('%j against %j is %s', (pattern, value, expected) => {
    expect(matchesWildcard(pattern, value)).toBe(expected)
  })

  it('ignores case only when asked', () => {
    expect(matchesWildcard('ADMIN*', 'admin-role')).toBe(false)
    expect(matchesWildcard('ADMIN*', 'admin-role', { ignoreCase: true })).toBe(true)
  })

  it('agrees with an escaped regular expression (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '*', '?', '.', '\\', '😀'), maxLength: 8 })
    const oracle = (pattern: string): RegExp => {
      const body = Array.from(pattern)
        .map((char) => (char === '*' ? '[\\s\\S]*' : char === '?' ? '[\\s\\S]' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('')
      return new RegExp(`^${body}$`, 'u')
    }
    fc.assert(
      fc.property(text, text, (pattern, value) => {
        expect(matchesWildcard(pattern, value)).toBe(oracle(pattern).test(value))
      }),
      { numRuns: 2000 },
    )
  })

  it('stays fast on patterns that make backtracking regexes explode', () => {
    const pattern = `${'*a'.repeat(40)}b`
    expect(matchesWildcard(pattern, 'a'.repeat(5000))).toBe(false)
  })
})
