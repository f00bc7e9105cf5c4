import { describe, expect, it } from 'vitest'
import { codeParts } from './code-text.ts'

describe('codeParts', () => {
  it('splits plain text and `code`', () => {
    expect(codeParts('Call `AssumeRole` with `DurationSeconds`.')).toEqual([
      { text: 'Call ', code: false },
      { text: 'AssumeRole', code: true },
      { text: ' with ', code: false },
      { text: 'DurationSeconds', code: true },
      { text: '.', code: false },
    ])
  })

  it('leaves an unpaired backtick as text', () => {
    expect(codeParts('a ` b')).toEqual([{ text: 'a ` b', code: false }])
    expect(codeParts('')).toEqual([])
  })
})
