import { describe, expect, it } from 'vitest'
import { escapeText } from './xml-writer.ts'

describe(escapeText, () => {
  it.each([
    ['a & b < c > d', 'a &amp; b &lt; c &gt; d'],
    ["it's \"quoted\"", "it's \"quoted\""],
    ['tab\there, line\nbreak', 'tab\there, line\nbreak'],
    ['vertical\u000Btab', 'vertical\uFFFDtab'],
    ['nul\u0000', 'nul\uFFFD'],
    ['lone \uDFFF surrogate', 'lone \uFFFD surrogate'],
    ['pair \uD83D\uDE00 kept', 'pair \uD83D\uDE00 kept'],
  ])('%j is written as %j', (text, written) => {
    expect(escapeText(text)).toBe(written)
  })
})
