// Where things are in a policy's JSON text: the offsets of the value an engine problem path names
// (`Statement[1].Action[2]`, `Statement.Condition.StringEqualz`), and what the caret is in while
// typing (a key or a value, under which keys), read tolerantly from half-written JSON.

export interface JsonNode {
  kind: 'object' | 'array' | 'string' | 'scalar'
  start: number
  end: number
  /** Object members (key text, key offsets, value); array items. */
  members?: { key: string; keyStart: number; keyEnd: number; value: JsonNode }[]
  items?: JsonNode[]
}

/** Parses valid JSON into nodes with offsets; undefined for text that is not valid JSON. */
export function parseJsonTree(text: string): JsonNode | undefined {
  let i = 0
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++
  }
  const str = (): string => {
    const start = i
    i++
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
    if (i >= text.length) throw new Error('unterminated string')
    i++
    return JSON.parse(text.slice(start, i)) as string
  }
  const value = (): JsonNode => {
    ws()
    const start = i
    const c = text[i]
    if (c === '{') {
      i++
      const members: NonNullable<JsonNode['members']> = []
      ws()
      if (text[i] === '}') i++
      else
        for (;;) {
          ws()
          if (text[i] !== '"') throw new Error('key expected')
          const keyStart = i
          const key = str()
          const keyEnd = i
          ws()
          if (text[i++] !== ':') throw new Error(': expected')
          members.push({ key, keyStart, keyEnd, value: value() })
          ws()
          if (text[i] === ',') i++
          else if (text[i++] === '}') break
          else throw new Error(', or } expected')
        }
      return { kind: 'object', start, end: i, members }
    }
    if (c === '[') {
      i++
      const items: JsonNode[] = []
      ws()
      if (text[i] === ']') i++
      else
        for (;;) {
          items.push(value())
          ws()
          if (text[i] === ',') i++
          else if (text[i++] === ']') break
          else throw new Error(', or ] expected')
        }
      return { kind: 'array', start, end: i, items }
    }
    if (c === '"') {
      str()
      return { kind: 'string', start, end: i }
    }
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i))
    if (!m) throw new Error('value expected')
    i += m[0].length
    return { kind: 'scalar', start, end: i }
  }
  try {
    const root = value()
    ws()
    return i === text.length ? root : undefined
  } catch {
    return undefined
  }
}

/**
 * The offsets an engine problem path points at: the member's key for an object member (where a
 * learner looks for `StringEqualz`), the value for an array item. `[0]` on a single object is the
 * object (the engine numbers a lone Statement 0). Falls back to the deepest node it could reach.
 */
export function locatePath(root: JsonNode, path: string): { start: number; end: number } {
  let node = root
  let at: { start: number; end: number } = { start: root.start, end: Math.min(root.end, root.start + 1) }
  let rest = path === '(document)' ? '' : path
  while (rest !== '') {
    const index = /^\[(\d+)\]\.?/.exec(rest)
    if (index) {
      rest = rest.slice(index[0].length)
      const item = node.items?.[Number(index[1])]
      if (item) {
        node = item
        at = item
      }
      continue
    }
    // Keys may hold dots (condition keys): take the longest member name the path continues with.
    const member = [...(node.members ?? [])]
      .sort((a, b) => b.key.length - a.key.length)
      .find((m) => rest === m.key || rest.startsWith(`${m.key}.`) || rest.startsWith(`${m.key}[`))
    if (!member) break
    rest = rest.slice(member.key.length).replace(/^\./, '')
    node = member.value
    at = rest.startsWith('[') ? member.value : { start: member.keyStart, end: member.keyEnd }
    if (rest === '' && member.value.kind === 'string') at = member.value
  }
  return { start: at.start, end: Math.max(at.end, at.start + 1) }
}

/** What the caret is in: the keys of the enclosing objects (arrays skipped), and the string being typed. */
export interface CaretContext {
  /** Keys from the root to the value the caret is in or at, e.g. ['Statement', 'Condition', 'StringEquals']. */
  path: string[]
  /** Whether the caret is at an object key (true) or a value (false). */
  inKey: boolean
  /** The string's text before the caret (without the opening quote), or undefined when not in a string. */
  typed: string | undefined
  /** Offset just after the opening quote (the caret when not in a string). */
  typedStart: number
  /** Offset of the `{` of the statement the caret is in (a member of Statement, or Statement itself), if any. */
  statementStart?: number | undefined
}

/** Reads the JSON before `offset` tolerantly (unterminated strings, missing values) to find the caret's context. */
export function caretContext(text: string, offset: number): CaretContext {
  type Frame = { kind: 'object' | 'array'; key: string | undefined; expectingKey: boolean; start: number }
  const stack: Frame[] = []
  let i = 0
  let lastString: string | undefined
  while (i < offset) {
    const c = text[i]!
    const top = stack.at(-1)
    if (c === '"') {
      const start = i + 1
      i++
      while (i < offset && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
      if (i >= offset) {
        const inKey = top?.kind === 'object' && top.expectingKey
        return { path: keysOf(stack, inKey), inKey, typed: text.slice(start, offset), typedStart: start, statementStart: statementStart(stack) }
      }
      lastString = text.slice(start, i)
      if (top?.kind === 'object' && top.expectingKey) top.key = lastString
      i++
      continue
    }
    if (c === '{') stack.push({ kind: 'object', key: undefined, expectingKey: true, start: i })
    else if (c === '[') stack.push({ kind: 'array', key: undefined, expectingKey: false, start: i })
    else if (c === '}' || c === ']') stack.pop()
    else if (c === ':' && top?.kind === 'object') top.expectingKey = false
    else if (c === ',' && top?.kind === 'object') {
      top.expectingKey = true
      top.key = undefined
    }
    i++
  }
  const top = stack.at(-1)
  const inKey = top?.kind === 'object' && top.expectingKey
  return { path: keysOf(stack, inKey), inKey, typed: undefined, typedStart: offset, statementStart: statementStart(stack) }
}

/** The statement object among the frames: `{"Statement": {…}}` or `{"Statement": [{…}, …]}`. */
function statementStart(stack: readonly { kind: 'object' | 'array'; key: string | undefined; start: number }[]): number | undefined {
  const [root, next, item] = stack
  if (root?.kind !== 'object' || root.key !== 'Statement') return undefined
  if (next?.kind === 'object') return next.start
  return next?.kind === 'array' && item?.kind === 'object' ? item.start : undefined
}

function keysOf(stack: { kind: 'object' | 'array'; key: string | undefined }[], inKey: boolean): string[] {
  const keys: string[] = []
  stack.forEach((frame, n) => {
    if (frame.kind !== 'object') return
    if (n === stack.length - 1 && inKey) return
    if (frame.key !== undefined) keys.push(frame.key)
  })
  return keys
}
