/**
 * How deeply arrays and objects nest in JSON, measured without recursion, so that untrusted JSON
 * can be refused before anything recursive (JSON.stringify, structuredClone, a renderer) meets it.
 * V8's JSON.parse itself copes with any depth, but JSON.stringify and structuredClone overflow the
 * call stack at a few thousand levels.
 *
 * The engine's default limit is Jackson's: StreamReadConstraints (jackson-core 2.15 and later)
 * refuses input nested more than 1,000 levels deep ("Maximum Nesting depth: default 1000", the
 * StreamReadConstraints javadoc; FasterXML/jackson-core#943). AWS's policy parser speaks Jackson
 * (its error texts quote Jackson's, ansible-collections/amazon.aws#2778); that STS's JWT reader has
 * the same limit is an assumption.
 */
export const JSON_DEPTH_LIMIT = 1000

/**
 * The deepest nesting of `[` and `{` in JSON text, in one linear pass that skips string contents
 * (escapes included), so brackets inside strings do not count. Counting stops once the depth passes
 * `stopAfter`: the answer is then `stopAfter + 1`. Text that is not JSON still gets a number; the
 * parser that follows reports its syntax.
 *
 * The text may be given as UTF-8 bytes, undecoded: JSON's structural characters are ASCII, and in
 * UTF-8 a byte below 0x80 is always that ASCII character, so the bytes give the same answer as any
 * decoding of them (a lenient decoder's replacement characters included).
 */
export function jsonTextDepth(text: string | Uint8Array, stopAfter: number = Number.MAX_SAFE_INTEGER): number {
  const codeAt = typeof text === 'string' ? (i: number) => text.charCodeAt(i) : (i: number) => text[i] ?? 0
  let depth = 0
  let deepest = 0
  for (let i = 0; i < text.length; i++) {
    const c = codeAt(i)
    if (c === 0x22 /* " */) {
      // Skip the string: a backslash escapes the next character, whatever it is.
      for (i++; i < text.length; i++) {
        const s = codeAt(i)
        if (s === 0x5c /* \ */) i++
        else if (s === 0x22) break
      }
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++
      if (depth > deepest) {
        deepest = depth
        if (deepest > stopAfter) return deepest
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (depth > 0) depth--
    }
  }
  return deepest
}

/**
 * The deepest nesting of arrays and objects in a value (already parsed, e.g. from saved state),
 * walked with an explicit stack. A scalar is depth 0, `[]` and `{}` depth 1. Stops once past
 * `stopAfter`, answering `stopAfter + 1`. An object reached again (a shared reference) is walked
 * again only when reached deeper than before, so sharing cannot blow the walk up and a cycle, which
 * JSON cannot hold, ends it at the limit.
 */
export function jsonValueDepth(value: unknown, stopAfter: number): number {
  let deepest = 0
  const reached = new Map<object, number>()
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number }
    if (typeof current !== 'object' || current === null) continue
    const level = depth + 1
    if (level > deepest) {
      deepest = level
      if (deepest > stopAfter) return deepest
    }
    if ((reached.get(current) ?? 0) >= level) continue
    reached.set(current, level)
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: level })
    }
  }
  return deepest
}
