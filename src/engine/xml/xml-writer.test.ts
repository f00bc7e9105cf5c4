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

describe('escapeText over every UTF-16 code unit', () => {
  // The definition written as regular expressions, to check the fast path against: what XML 1.0
  // cannot carry becomes U+FFFD (a surrogate only when unpaired), then &, < and > are escaped.
  // eslint-disable-next-line no-control-regex -- the control characters are the point
  const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
  const reference = (text: string) => text.replace(notXml, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

  it('alone, and paired with each kind of surrogate, matches the definition', () => {
    const mismatches: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const unit = String.fromCharCode(code)
      for (const text of [`a${unit}b`, `\uD83D${unit}`, `${unit}\uDE00`]) {
        if (escapeText(text) !== reference(text)) mismatches.push(code.toString(16))
      }
    }
    expect(mismatches).toEqual([])
  })
})
