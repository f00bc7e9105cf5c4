// The raw HTTP response cut into tokens for syntax highlighting. Tokens never add, drop or change a
// character: joined back together they are the wire text byte for byte, so the highlighted block's
// text (what tests read and what a copy gives) is exactly what STS sent.
import type { HttpResponse } from '../../engine/types.ts'
import { statusLine } from '../../ui/status-text.ts'

export type TokenKind =
  | 'status-line'
  | 'header-name'
  | 'header-value'
  /** `<`, `</`, `>`, `/>`, `=` and `: `. */
  | 'punctuation'
  | 'element'
  | 'attribute'
  | 'attribute-value'
  | 'text'
  /** The text of `<Code>` and `<Message>` inside `<Error>`: what went wrong, in AWS's words. */
  | 'error-text'
  /** `<?xml …?>`, comments, `<!DOCTYPE …>`. */
  | 'declaration'
  /** Whitespace and anything the tokenizer could not place. */
  | 'plain'

export interface Token {
  kind: TokenKind
  text: string
}

/** Elements whose text states the error (inside `<Error>`). */
const ERROR_TEXT_ELEMENTS = new Set(['Code', 'Message'])

/** A character that can start an element name (after `<` or `</`). */
const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/
const NAME = /[^\s/>=<"']+/y
const WHITESPACE = /\s+/y
const ATTRIBUTE_NAME = /[^\s=/>"'<]+/y

/**
 * Tokenizes XML as STS writes it. Not a validating parser: malformed input still comes back whole,
 * with what it cannot read marked `plain` or `text`.
 */
export function tokenizeXml(xml: string): Token[] {
  const tokens: Token[] = []
  const open: string[] = []
  let at = 0
  const push = (kind: TokenKind, end: number) => {
    if (end > at) tokens.push({ kind, text: xml.slice(at, end) })
    at = end
  }
  const match = (pattern: RegExp): number => {
    pattern.lastIndex = at
    return pattern.test(xml) ? pattern.lastIndex : at
  }
  const until = (terminator: string): number => {
    const found = xml.indexOf(terminator, at)
    return found === -1 ? xml.length : found + terminator.length
  }

  while (at < xml.length) {
    if (xml.startsWith('<!--', at)) push('declaration', until('-->'))
    else if (xml.startsWith('<![CDATA[', at)) push('text', until(']]>'))
    else if (xml.startsWith('<?', at)) push('declaration', until('?>'))
    else if (xml.startsWith('<!', at)) push('declaration', until('>'))
    else if (xml[at] === '<' && NAME_START.test(xml[at + 1] ?? '')) readTag(false)
    else if (xml.startsWith('</', at) && NAME_START.test(xml[at + 2] ?? '')) readTag(true)
    else readText()
  }
  return tokens

  function readTag(closing: boolean) {
    push('punctuation', at + (closing ? 2 : 1))
    const nameStart = at
    push('element', match(NAME))
    const name = xml.slice(nameStart, at)
    let selfClosing = false
    while (at < xml.length) {
      if (xml[at] === '>') {
        push('punctuation', at + 1)
        break
      }
      if (xml.startsWith('/>', at)) {
        push('punctuation', at + 2)
        selfClosing = true
        break
      }
      if (xml[at] === '<') break // an unfinished tag: let the main loop read on from here
      const afterSpace = match(WHITESPACE)
      if (afterSpace > at) push('plain', afterSpace)
      else if (xml[at] === '=') push('punctuation', at + 1)
      else if (xml[at] === '"' || xml[at] === "'") {
        const quote = xml.indexOf(xml[at] ?? '', at + 1)
        push('attribute-value', quote === -1 ? xml.length : quote + 1)
      } else {
        const afterName = match(ATTRIBUTE_NAME)
        push(afterName > at ? 'attribute' : 'plain', afterName > at ? afterName : at + 1)
      }
    }
    if (closing) {
      const index = open.lastIndexOf(name)
      if (index !== -1) open.length = index
    } else if (!selfClosing) open.push(name)
  }

  function readText() {
    // A `<` that starts nothing readable is text; so is everything up to the next `<`.
    const next = xml.indexOf('<', at + 1)
    const end = next === -1 ? xml.length : next
    const text = xml.slice(at, end)
    const inErrorText = ERROR_TEXT_ELEMENTS.has(open.at(-1) ?? '') && open.includes('Error')
    push(text.trim() === '' ? 'plain' : inErrorText ? 'error-text' : 'text', end)
  }
}

/** The status line, each header as `Name: value`, a blank line, then the body as the engine produced it. */
export function responseTokens(response: HttpResponse): Token[] {
  const tokens: Token[] = [{ kind: 'status-line', text: statusLine(response.status) }, { kind: 'plain', text: '\n' }]
  for (const [name, value] of Object.entries(response.headers)) {
    tokens.push({ kind: 'header-name', text: name }, { kind: 'punctuation', text: ': ' }, { kind: 'header-value', text: value }, { kind: 'plain', text: '\n' })
  }
  tokens.push({ kind: 'plain', text: '\n' })
  if (response.body.trimStart().startsWith('<')) tokens.push(...tokenizeXml(response.body))
  else if (response.body !== '') tokens.push({ kind: 'text', text: response.body })
  return tokens.filter((token) => token.text !== '')
}

/** The raw response text, exactly as the highlighted block reads. */
export function rawResponseText(response: HttpResponse): string {
  return responseTokens(response)
    .map((token) => token.text)
    .join('')
}

export interface TokenLine {
  /** Leading spaces and tabs, drawn as padding (see WireLines) but kept in the text. */
  indent: string
  tokens: Token[]
  /** Whether the line ends with a newline (every line but a last one without). */
  newline: boolean
}

/**
 * Splits tokens into lines (a token spanning lines is cut at each newline). A final newline ends the
 * last line rather than starting an empty one, so indent + tokens + newline over all lines is the text.
 */
export function tokenLines(tokens: readonly Token[]): TokenLine[] {
  const lines: TokenLine[] = []
  let current: Token[] = []
  for (const token of tokens) {
    const parts = token.text.split('\n')
    parts.forEach((part, index) => {
      if (index > 0) {
        lines.push(withIndent(current, true))
        current = []
      }
      if (part !== '') current.push({ kind: token.kind, text: part })
    })
  }
  if (current.length > 0) lines.push(withIndent(current, false))
  return lines
}

function withIndent(tokens: Token[], newline: boolean): TokenLine {
  let indent = ''
  const rest = [...tokens]
  while (rest.length > 0) {
    const first = rest[0] as Token
    const lead = /^[ \t]*/.exec(first.text)?.[0] ?? ''
    indent += lead
    if (lead.length < first.text.length) {
      rest[0] = { kind: first.kind, text: first.text.slice(lead.length) }
      break
    }
    rest.shift()
  }
  return { indent, tokens: rest, newline }
}
