import { describe, expect, it } from 'vitest'
import { revealBidiControls, splitBidiControls } from './bidi-controls.ts'

describe('revealBidiControls', () => {
  it.each([
    ['a right-to-left override', 'Dev\u202Etset', 'Dev⟨U+202E⟩tset'],
    ['an override and its pop', '\u202Dabc\u202C', '⟨U+202D⟩abc⟨U+202C⟩'],
    ['embeddings', '\u202Aa\u202Bb', '⟨U+202A⟩a⟨U+202B⟩b'],
    ['isolates', '\u2066a\u2067b\u2068c\u2069', '⟨U+2066⟩a⟨U+2067⟩b⟨U+2068⟩c⟨U+2069⟩'],
    ['marks', 'a\u200Eb\u200Fc\u061Cd', 'a⟨U+200E⟩b⟨U+200F⟩c⟨U+061C⟩d'],
  ])('writes out %s', (_case, text, shown) => {
    expect(revealBidiControls(text)).toBe(shown)
  })

  it('leaves ordinary text alone, right-to-left letters, emoji and other invisible characters included', () => {
    for (const text of ['', 'Demo world', 'עולם הדגמה', 'عالم', 'team 🚀 blue', 'zero\u200Bwidth', 'a\u2029b']) {
      expect(revealBidiControls(text)).toBe(text)
    }
  })

  it('leaves no bidi control behind', () => {
    const every = '\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069'
    const shown = revealBidiControls(`x${every}y`)
    expect(shown).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/)
    expect(shown.match(/⟨U\+[0-9A-F]{4}⟩/g)).toHaveLength(12)
  })
})

describe('splitBidiControls', () => {
  it('gives runs of text and each control with its code point and name, in order', () => {
    expect(splitBidiControls('ab\u202E\u202Ccd')).toEqual([
      { kind: 'text', text: 'ab' },
      { kind: 'control', codePoint: 'U+202E', name: 'RIGHT-TO-LEFT OVERRIDE' },
      { kind: 'control', codePoint: 'U+202C', name: 'POP DIRECTIONAL FORMATTING' },
      { kind: 'text', text: 'cd' },
    ])
  })

  it('keeps a character outside the BMP whole', () => {
    expect(splitBidiControls('𝒜\u202E')).toEqual([
      { kind: 'text', text: '𝒜' },
      { kind: 'control', codePoint: 'U+202E', name: 'RIGHT-TO-LEFT OVERRIDE' },
    ])
  })
})
