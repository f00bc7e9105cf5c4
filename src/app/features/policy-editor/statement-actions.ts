// The Action values of one statement, read from its `{` onwards in text that may be half written
// (the learner is typing in it): what the Resource and Condition suggestions are about.

/**
 * The strings written as the statement's Action (a string or an array of strings), in order. A
 * NotAction gives none: it names what the statement is not about. Reading stops at the
 * statement's closing brace or the end of the text.
 */
export function statementActions(text: string, statementStart: number): string[] {
  const out: string[] = []
  let depth = 0
  let key: string | undefined
  let expectingKey = false
  for (let i = statementStart; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      const start = i + 1
      i++
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1
      const value = text.slice(start, Math.min(i, text.length))
      if (depth === 1 && expectingKey) key = value
      else if (key === 'Action') out.push(value)
    } else if (c === '{' || c === '[') {
      depth++
      if (depth === 1) expectingKey = true
    } else if (c === '}' || c === ']') {
      depth--
      if (depth <= 0) break
    } else if (depth === 1 && c === ':') expectingKey = false
    else if (depth === 1 && c === ',') {
      expectingKey = true
      key = undefined
    }
  }
  return out
}
