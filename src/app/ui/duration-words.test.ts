import { describe, expect, it } from 'vitest'
import { durationWords } from './duration-words.ts'

describe(durationWords, () => {
  it('says seconds in the largest whole units', () => {
    expect([0, 45, 90, 900, 3600, 5400, 43200, 129600].map(durationWords)).toEqual(['0 s', '45 s', '90 s', '15 min', '1 h', '1 h 30 min', '12 h', '36 h'])
  })
})
