/** An XML element: either text content or child elements. */
export type XmlElement =
  | { name: string; attributes?: Readonly<Record<string, string>>; text: string }
  | { name: string; attributes?: Readonly<Record<string, string>>; children: readonly XmlElement[] }

/**
 * Characters XML 1.0 cannot carry at all, not even as character references: C0 controls other than
 * tab, LF and CR, U+FFFE, U+FFFF, and unpaired surrogates. A value echoed from a request (an Action,
 * a parameter in a validation message) may hold one; it is written as U+FFFD so the answer stays
 * well-formed XML (what AWS writes there is not recorded).
 */
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Anything escapeText must change; most text has none of it. */
// eslint-disable-next-line no-control-regex -- as NOT_XML
const NEEDS_WORK = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

/** Escapes character data the way AWS does: `&`, `<` and `>` only (quotes stay as they are). */
export function escapeText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;')
}

export function element(name: string, text: string): XmlElement {
  return { name, text }
}

export function parent(name: string, children: readonly XmlElement[], attributes?: Record<string, string>): XmlElement {
  return attributes ? { name, attributes, children } : { name, children }
}

/**
 * Renders an element tree the way STS does on the wire: two spaces of indentation per level,
 * one element per line, and a final newline (byte-exact with responses recorded from AWS).
 */
export function renderXml(root: XmlElement): string {
  return writeElement(root, '', '')
}

/** Appends one element, and its children one level deeper, to `out`. */
function writeElement(node: XmlElement, indent: string, out: string): string {
  let attributes = ''
  if (node.attributes) for (const key in node.attributes) attributes += ` ${key}="${escapeAttribute(node.attributes[key] ?? '')}"`
  if ('text' in node) return `${out}${indent}<${node.name}${attributes}>${escapeText(node.text)}</${node.name}>\n`
  out += `${indent}<${node.name}${attributes}>\n`
  for (const child of node.children) out = writeElement(child, `${indent}  `, out)
  return `${out}${indent}</${node.name}>\n`
}
