// Lesson text marks code with `backticks`: the text split into plain and code parts.
export interface TextPart {
  text: string
  code: boolean
}

/** Plain and code parts in order; an unpaired backtick stays as text. */
export function codeParts(text: string): TextPart[] {
  const parts: TextPart[] = []
  const pattern = /`([^`]+)`/g
  let at = 0
  for (const found of text.matchAll(pattern)) {
    if (found.index > at) parts.push({ text: text.slice(at, found.index), code: false })
    parts.push({ text: found[1] ?? '', code: true })
    at = found.index + found[0].length
  }
  if (at < text.length) parts.push({ text: text.slice(at), code: false })
  return parts
}
