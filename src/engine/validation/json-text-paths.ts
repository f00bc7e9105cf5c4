/**
 * Where things are in JSON text, found in one linear pass that builds no values: keys repeated
 * within an object, and the first array or object nested past a depth. Paths are written as
 * `roles[3].tags.team`. The text need not be JSON (nothing throws), but only for JSON do the
 * answers mean anything.
 */

/** A key that appears more than once in the same object. */
export interface DuplicateJsonKey {
  /** The object's path and the key, e.g. `roles[3].tags.team`. */
  path: string
  key: string
}

type Frame = { kind: 'object'; keys: Set<string>; key: string | undefined; expectingKey: boolean } | { kind: 'array'; index: number }

/** The path the open containers lead to: each object's current key, each array's current index. */
function pathOf(stack: readonly Frame[]): string {
  let out = ''
  for (const frame of stack) {
    if (frame.kind === 'array') out += `[${frame.index}]`
    else if (frame.key !== undefined) out += out === '' ? frame.key : `.${frame.key}`
  }
  return out
}

/** The text of the JSON string whose opening quote is at `start`, and the index of its closing quote. */
function readString(text: string, start: number): { value: string; end: number } {
  let escaped = false
  let i = start + 1
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x5c /* \ */) {
      escaped = true
      i++
    } else if (c === 0x22 /* " */) break
  }
  const raw = text.slice(start, i + 1)
  if (!escaped) return { value: raw.slice(1, -1), end: i }
  try {
    return { value: JSON.parse(raw) as string, end: i }
  } catch {
    return { value: raw.slice(1, -1), end: i }
  }
}

/** Walks `text`, calling `visit` after each step with the open containers; stops when `visit` returns true. */
function walk(text: string, visit: (stack: readonly Frame[], event: { kind: 'key'; key: string; repeated: boolean } | { kind: 'open' }) => boolean): void {
  const stack: Frame[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const top = stack[stack.length - 1]
    if (c === 0x22 /* " */) {
      const { value, end } = readString(text, i)
      i = end
      if (top?.kind === 'object' && top.expectingKey) {
        const repeated = top.keys.has(value)
        top.keys.add(value)
        top.key = value
        top.expectingKey = false
        if (visit(stack, { kind: 'key', key: value, repeated })) return
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push(c === 0x7b ? { kind: 'object', keys: new Set(), key: undefined, expectingKey: true } : { kind: 'array', index: 0 })
      if (visit(stack, { kind: 'open' })) return
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop()
    } else if (c === 0x2c /* , */ && top !== undefined) {
      if (top.kind === 'object') top.expectingKey = true
      else top.index++
    }
  }
}

/**
 * Keys repeated within one object, in document order, up to `max` of them. JSON.parse keeps the
 * last value and drops the others without a word (RFC 8259 §4: names "SHOULD be unique", and
 * parsers differ in what they keep), so a reader that must not lose anything asks first.
 */
export function duplicateJsonKeys(text: string, max = 20): DuplicateJsonKey[] {
  const found: DuplicateJsonKey[] = []
  walk(text, (stack, event) => {
    if (event.kind === 'key' && event.repeated) found.push({ path: pathOf(stack), key: event.key })
    return found.length >= max
  })
  return found
}

/** The path of the first array or object nested deeper than `maxDepth` (its container's path, `(the file)` at the top), or undefined. */
export function jsonTextPathPastDepth(text: string, maxDepth: number): string | undefined {
  let path: string | undefined
  walk(text, (stack, event) => {
    if (event.kind !== 'open' || stack.length <= maxDepth) return false
    path = pathOf(stack.slice(0, -1)) || '(the file)'
    return true
  })
  return path
}
