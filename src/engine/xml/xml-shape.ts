/**
 * The shape of XML text, measured in one linear pass without building anything: how deeply
 * elements nest, how many nodes (elements, comments, processing instructions, CDATA sections) and
 * attributes it has. It lets a reader refuse a pathological document (100 KB of nested elements
 * costs a DOM parser a noticeable fraction of a second) before any parser sees it.
 *
 * Not a parser: it finds markup by `<` and skips comments, CDATA and quoted attribute values, so
 * markup-like text inside them does not count; it does not check well-formedness, which stays the
 * parser's job. Text that is not XML still gets numbers.
 */

export interface XmlShape {
  /** Elements open at once, at most: `<r><a/></r>` is 1 (an empty element never stays open). */
  depth: number
  /** Elements, comments, processing instructions, CDATA sections and declarations. */
  nodes: number
  /** Attributes of elements, namespace declarations included (not the XML declaration's). */
  attributes: number
}

export type XmlLimits = XmlShape

/** The end of a construct that closes with `terminator`, or the end of the text when it never does. */
function after(xml: string, terminator: string, from: number): number {
  const at = xml.indexOf(terminator, from)
  return at === -1 ? xml.length : at + terminator.length
}

/** A start or empty-element tag from `<` at `start`: where it ends, how many attributes, whether it is empty (`/>`). */
function startTag(xml: string, start: number): { end: number; attributes: number; empty: boolean } {
  let attributes = 0
  let quote = 0
  for (let i = start + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i)
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      quote = c
    } else if (c === 0x3d /* = */) {
      attributes++
    } else if (c === 0x3e /* > */) {
      return { end: i + 1, attributes, empty: xml.charCodeAt(i - 1) === 0x2f /* / */ }
    }
  }
  return { end: xml.length, attributes, empty: false }
}

/**
 * Measures `xml`, stopping as soon as one count passes its limit in `stopAfter` (the counts are
 * then as far as the scan got, the one past its limit included).
 */
export function measureXml(xml: string, stopAfter: XmlLimits): XmlShape {
  const shape: XmlShape = { depth: 0, nodes: 0, attributes: 0 }
  let open = 0
  for (let i = xml.indexOf('<'); i !== -1; i = xml.indexOf('<', i)) {
    if (xml.startsWith('!--', i + 1)) {
      shape.nodes++
      i = after(xml, '-->', i + 4)
    } else if (xml.startsWith('![CDATA[', i + 1)) {
      shape.nodes++
      i = after(xml, ']]>', i + 9)
    } else if (xml.startsWith('?', i + 1)) {
      shape.nodes++
      i = after(xml, '?>', i + 2)
    } else if (xml.startsWith('!', i + 1)) {
      shape.nodes++
      i = after(xml, '>', i + 2)
    } else if (xml.startsWith('/', i + 1)) {
      if (open > 0) open--
      i = after(xml, '>', i + 2)
    } else {
      const tag = startTag(xml, i)
      shape.nodes++
      shape.attributes += tag.attributes
      if (!tag.empty) {
        open++
        if (open > shape.depth) shape.depth = open
      }
      i = tag.end
    }
    if (shape.depth > stopAfter.depth || shape.nodes > stopAfter.nodes || shape.attributes > stopAfter.attributes) break
  }
  return shape
}

/** Why `xml` is past `limits`, in one sentence; undefined when it is within them. */
export function xmlShapeProblem(xml: string, limits: XmlLimits): string | undefined {
  const shape = measureXml(xml, limits)
  const count = (n: number) => n.toLocaleString('en-US')
  if (shape.depth > limits.depth) return `Elements nest more than ${count(limits.depth)} deep.`
  if (shape.nodes > limits.nodes) return `More than ${count(limits.nodes)} elements, comments and other nodes.`
  if (shape.attributes > limits.attributes) return `More than ${count(limits.attributes)} attributes.`
  return undefined
}
