import { describe, expect, it } from 'vitest'
import { prettyXml } from './pretty-xml.ts'
import { readXml } from './xml-reader.ts'
import { xmldomParse } from './xmldom-parse.ts'

function pretty(xml: string): string {
  const reading = readXml(xml, xmldomParse)
  if (!reading.ok) throw new Error(reading.why)
  return prettyXml(reading.document)
}

describe('prettyXml', () => {
  it('indents nested elements and keeps text inline', () => {
    expect(pretty('<r xmlns:s="urn:s" ID="1"><s:a>x &amp; y</s:a><s:b><c/></s:b></r>')).toBe(
      ['<r xmlns:s="urn:s" ID="1">', '  <s:a>x &amp; y</s:a>', '  <s:b>', '    <c/>', '  </s:b>', '</r>'].join('\n'),
    )
  })

  it('drops whitespace between elements and escapes attribute values', () => {
    expect(pretty('<r a="&quot;&lt;">\n   <b>  t  </b>\n</r>')).toBe(['<r a="&quot;&lt;">', '  <b>t</b>', '</r>'].join('\n'))
  })

  it('keeps comments, CDATA and processing instructions', () => {
    const text = pretty('<r><!-- note --><![CDATA[a<b]]><?pi data?></r>')
    expect(text).toContain('<!-- note -->')
    expect(text).toContain('<![CDATA[a<b]]>')
    expect(text).toContain('<?pi data?>')
  })

  it('copes with very deep nesting without recursion', () => {
    const depth = 5000
    const text = pretty(`${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`)
    expect(text.split('\n')).toHaveLength(2 * depth - 1)
  })
})
