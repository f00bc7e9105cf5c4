// Reading XML safely: the browser's DOMParser in the app, @xmldom/xmldom in the (DOM-less) unit
// tests, both behind one function. A DOCTYPE is refused before any parser sees the text, so no
// entity can ever be defined, let alone expanded (billion laughs, external entities).

/** The few DOM members the inspector reads, which both the browser DOM and @xmldom/xmldom have. */
export interface XmlNodeLike {
  readonly nodeType: number
  readonly nodeName: string
  readonly nodeValue: string | null
  readonly childNodes: ArrayLike<XmlNodeLike>
}

export interface XmlElementLike extends XmlNodeLike {
  readonly namespaceURI: string | null
  readonly localName: string | null
  readonly tagName: string
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>
  readonly textContent: string | null
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
}

export interface XmlDocumentLike {
  readonly documentElement: XmlElementLike | null
  readonly childNodes: ArrayLike<XmlNodeLike>
}

/** Parses XML text; may throw (xmldom) or return a document holding a parsererror element (browsers). */
export type XmlParse = (text: string) => XmlDocumentLike

export type XmlReading = { ok: true; document: XmlDocumentLike; root: XmlElementLike } | { ok: false; why: string }

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3
export const CDATA_SECTION_NODE = 4
export const PROCESSING_INSTRUCTION_NODE = 7
export const COMMENT_NODE = 8

export function isElement(node: XmlNodeLike): node is XmlElementLike {
  return node.nodeType === ELEMENT_NODE
}

/** Direct child elements, optionally only those with this namespace and local name. */
export function childElements(parent: XmlNodeLike, namespace?: string, localName?: string): XmlElementLike[] {
  const found: XmlElementLike[] = []
  for (let i = 0; i < parent.childNodes.length; i++) {
    const node = parent.childNodes[i]
    if (node === undefined || !isElement(node)) continue
    if (namespace === undefined || (node.namespaceURI === namespace && node.localName === localName)) found.push(node)
  }
  return found
}

export function firstChild(parent: XmlNodeLike | undefined, namespace: string, localName: string): XmlElementLike | undefined {
  return parent === undefined ? undefined : childElements(parent, namespace, localName)[0]
}

/** Every element under `root` (itself included), in document order, walked without recursion. */
export function allElements(root: XmlElementLike): XmlElementLike[] {
  const found: XmlElementLike[] = []
  const stack: XmlElementLike[] = [root]
  while (stack.length > 0) {
    const element = stack.pop() as XmlElementLike
    found.push(element)
    stack.push(...childElements(element).reverse())
  }
  return found
}

/** An attribute's value, undefined when absent (getAttribute gives '' in one DOM and null in another). */
export function attributeOf(element: XmlElementLike | undefined, name: string): string | undefined {
  return element !== undefined && element.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined
}

/** First line of a message, without the browser's "This page contains the following errors" framing. */
function firstLine(message: string): string {
  const cleaned = message
    .replace(/This page contains the following errors:/i, '')
    .replace(/Below is a rendering of the page up to the first error\.?/i, '')
    .trim()
  return (cleaned.split('\n')[0] ?? '').trim().slice(0, 300)
}

/**
 * Reads XML text into a document, or says in one sentence why it cannot: a DOCTYPE (refused), a
 * parse error (with the parser's own first line), no root element. Never throws.
 */
export function readXml(text: string, parse: XmlParse): XmlReading {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    return { ok: false, why: 'The XML has a DOCTYPE. Refused without parsing, as STS does: no entity is ever defined or expanded here.' }
  }
  let document: XmlDocumentLike
  try {
    document = parse(text)
  } catch (error) {
    return { ok: false, why: `Not well-formed XML: ${firstLine(error instanceof Error ? error.message : String(error)) || 'the parser gave up'}` }
  }
  const root = document.documentElement
  if (root === null) return { ok: false, why: 'Not well-formed XML: there is no root element.' }
  const parserError = allElements(root).find((element) => element.localName === 'parsererror')
  if (parserError !== undefined) return { ok: false, why: `Not well-formed XML: ${firstLine(parserError.textContent ?? '') || 'the parser gave up'}` }
  return { ok: true, document, root }
}

/** The browser's own parser. Safe here because readXml refuses a DOCTYPE before it is called. */
export const browserXmlParse: XmlParse = (text) => new DOMParser().parseFromString(text, 'application/xml') as unknown as XmlDocumentLike
