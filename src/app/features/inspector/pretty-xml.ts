import {
  CDATA_SECTION_NODE,
  COMMENT_NODE,
  isElement,
  PROCESSING_INSTRUCTION_NODE,
  TEXT_NODE,
  type XmlDocumentLike,
  type XmlElementLike,
  type XmlNodeLike,
} from './xml-reader.ts'

const INDENT = '  '

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;')
}

function startTag(element: XmlElementLike): string {
  let tag = `<${element.tagName}`
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes[i]
    if (attribute !== undefined) tag += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`
  }
  return tag
}

/** A node that is not an element, as one line; undefined for whitespace-only text, which is dropped. */
function leafLine(node: XmlNodeLike): string | undefined {
  const value = node.nodeValue ?? ''
  switch (node.nodeType) {
    case TEXT_NODE:
      return value.trim() === '' ? undefined : escapeText(value.trim())
    case CDATA_SECTION_NODE:
      return `<![CDATA[${value}]]>`
    case COMMENT_NODE:
      return `<!--${value}-->`
    case PROCESSING_INSTRUCTION_NODE:
      // xmldom reports the XML declaration as a processing instruction; browsers do not. Dropped in both.
      return node.nodeName.toLowerCase() === 'xml' ? undefined : `<?${node.nodeName} ${value}?>`
    default:
      return undefined
  }
}

/** Whether every child is text (or CDATA): then the element is written on one line, value inline. */
function holdsOnlyText(element: XmlElementLike): boolean {
  for (let i = 0; i < element.childNodes.length; i++) {
    const type = element.childNodes[i]?.nodeType
    if (type !== TEXT_NODE && type !== CDATA_SECTION_NODE) return false
  }
  return true
}

type Step = { node: XmlNodeLike; depth: number } | { close: string; depth: number }

/**
 * The document indented two spaces a level, one element per line, for reading only: whitespace
 * between elements is dropped and added, so these are not the bytes that were signed. Walks with an
 * explicit stack, so deeply nested input cannot overflow the call stack.
 */
export function prettyXml(document: XmlDocumentLike): string {
  const lines: string[] = []
  const stack: Step[] = []
  for (let i = document.childNodes.length - 1; i >= 0; i--) {
    const node = document.childNodes[i]
    if (node !== undefined) stack.push({ node, depth: 0 })
  }
  while (stack.length > 0) {
    const step = stack.pop() as Step
    const pad = INDENT.repeat(step.depth)
    if ('close' in step) {
      lines.push(pad + step.close)
      continue
    }
    const { node, depth } = step
    if (!isElement(node)) {
      const line = leafLine(node)
      if (line !== undefined) lines.push(pad + line)
      continue
    }
    if (node.childNodes.length === 0) {
      lines.push(`${pad}${startTag(node)}/>`)
    } else if (holdsOnlyText(node)) {
      const text = Array.from({ length: node.childNodes.length }, (_, k) => node.childNodes[k])
        .map((child) => (child === undefined ? '' : child.nodeType === CDATA_SECTION_NODE ? `<![CDATA[${child.nodeValue ?? ''}]]>` : escapeText(child.nodeValue ?? '')))
        .join('')
      lines.push(`${pad}${startTag(node)}>${text.trim()}</${node.tagName}>`)
    } else {
      lines.push(`${pad}${startTag(node)}>`)
      stack.push({ close: `</${node.tagName}>`, depth })
      for (let k = node.childNodes.length - 1; k >= 0; k--) {
        const child = node.childNodes[k]
        if (child !== undefined) stack.push({ node: child, depth: depth + 1 })
      }
    }
  }
  return lines.join('\n')
}
