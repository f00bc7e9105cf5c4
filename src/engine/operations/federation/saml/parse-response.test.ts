import * as xmldom from '@xmldom/xmldom'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { base64Xml, samlResponseXml, signedSamlXml } from '../../../testing/saml-response.ts'
import { measureXml } from '../../../xml/xml-shape.ts'
import { parseSamlResponse } from './parse-response.ts'
import { SAML_XML_LIMITS } from './saml-document-limits.ts'
import { samlLibraries, type SamlLibraries } from './saml-libraries.ts'

/** The SAML libraries with a DOMParser that counts its parses: the work the parser was asked to do. */
async function countingLibraries(): Promise<{ libraries: SamlLibraries; parses: () => number }> {
  const real = await samlLibraries()
  let parses = 0
  class CountingDOMParser extends xmldom.DOMParser {
    override parseFromString(source: string, mimeType: xmldom.MIME_TYPE): xmldom.Document {
      parses++
      return super.parseFromString(source, mimeType)
    }
  }
  return { libraries: { ...real, xmldom: { ...real.xmldom, DOMParser: CountingDOMParser } }, parses: () => parses }
}

/** The demo IdP's response with `extra` as the Response's last child. */
const withExtra = (extra: string) => samlResponseXml().replace('</samlp:Response>', `${extra}</samlp:Response>`)
const UNLIMITED = { depth: Infinity, nodes: Infinity, attributes: Infinity }

describe('parseSamlResponse: the shape of the document is bounded before it is parsed', () => {
  it('refuses a 99 KB deeply nested assertion without handing it to the XML parser', async () => {
    const { libraries, parses } = await countingLibraries()
    const depth = 10_600
    const assertion = base64Xml(`<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</samlp:Response>`)
    expect(assertion.length).toBeGreaterThan(99_000)
    expect(assertion.length).toBeLessThanOrEqual(100_000)
    const parsed = parseSamlResponse(assertion, libraries)
    expect(parsed).toEqual({ ok: false, failure: { kind: 'too-complex', why: 'The decoded assertion is past what STS reads: Elements nest more than 64 deep. (A real SAML response nests about 8 deep and has at most a few hundred elements.)' } })
    expect(parses()).toBe(0)
  })

  it('refuses 50,000 sibling elements, and 10,000 attributes, without parsing', async () => {
    const { libraries, parses } = await countingLibraries()
    const flat = parseSamlResponse(base64Xml(withExtra('<x/>'.repeat(15_000))), libraries)
    const attributes = parseSamlResponse(base64Xml(withExtra(`<x ${Array.from({ length: 5000 }, (_, i) => `a${i}=""`).join(' ')}/>`)), libraries)
    expect([flat.ok || flat.failure.kind, attributes.ok || attributes.failure.kind]).toEqual(['too-complex', 'too-complex'])
    expect(parses()).toBe(0)
  })

  it('keeps a real signed response well inside the limits', async () => {
    const shape = measureXml(await signedSamlXml(), UNLIMITED)
    expect(shape.depth).toBeLessThanOrEqual(8)
    expect(shape.nodes).toBeLessThan(SAML_XML_LIMITS.nodes / 10)
    expect(shape.attributes).toBeLessThan(SAML_XML_LIMITS.attributes / 10)
  })

  const base = measureXml(samlResponseXml(), UNLIMITED)
  it.each([
    // The Response is open around the extra element: its own depth adds one.
    ['depth at the limit', withExtra('<x>'.repeat(SAML_XML_LIMITS.depth - 1) + '</x>'.repeat(SAML_XML_LIMITS.depth - 1)), true],
    ['depth past the limit', withExtra('<x>'.repeat(SAML_XML_LIMITS.depth) + '</x>'.repeat(SAML_XML_LIMITS.depth)), false],
    ['nodes at the limit', withExtra('<x/>'.repeat(SAML_XML_LIMITS.nodes - base.nodes)), true],
    ['nodes past the limit', withExtra('<x/>'.repeat(SAML_XML_LIMITS.nodes - base.nodes + 1)), false],
    ['attributes at the limit', withExtra(`<x ${Array.from({ length: SAML_XML_LIMITS.attributes - base.attributes }, (_, i) => `a${i}=""`).join(' ')}/>`), true],
    ['attributes past the limit', withExtra(`<x ${Array.from({ length: SAML_XML_LIMITS.attributes - base.attributes + 1 }, (_, i) => `a${i}=""`).join(' ')}/>`), false],
  ])('%s: parsed only when within it', async (_label, xml, within) => {
    const { libraries, parses } = await countingLibraries()
    const parsed = parseSamlResponse(base64Xml(xml), libraries)
    expect(parses()).toBe(within ? 1 : 0)
    expect(parsed.ok).toBe(within)
    if (!parsed.ok) expect(parsed.failure.kind).toBe('too-complex')
  })
})

describe('parseSamlResponse: the parser sees exactly the documents within the bounds (property)', () => {
  it('for nested, repeated and attribute-heavy additions of any size, it never throws', async () => {
    const { libraries, parses } = await countingLibraries()
    const extra = fc.oneof(
      fc.integer({ min: 0, max: 3000 }).map((depth) => '<x>'.repeat(depth) + '</x>'.repeat(depth)),
      fc.integer({ min: 0, max: 3000 }).map((count) => '<x/>'.repeat(count)),
      fc.integer({ min: 0, max: 3000 }).map((count) => `<x ${Array.from({ length: count }, (_, i) => `a${i}=""`).join(' ')}/>`),
      fc.integer({ min: 0, max: 3000 }).map((count) => '<!-- c -->'.repeat(count)),
    )
    fc.assert(
      fc.property(fc.array(extra, { maxLength: 3 }), (extras) => {
        const xml = withExtra(extras.join(''))
        const shape = measureXml(xml, UNLIMITED)
        const within = shape.depth <= SAML_XML_LIMITS.depth && shape.nodes <= SAML_XML_LIMITS.nodes && shape.attributes <= SAML_XML_LIMITS.attributes
        const before = parses()
        const parsed = parseSamlResponse(base64Xml(xml), libraries)
        return parses() - before === (within ? 1 : 0) && (within || (!parsed.ok && parsed.failure.kind === 'too-complex'))
      }),
      { numRuns: 100 },
    )
  })
})
