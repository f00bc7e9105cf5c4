/** How one string changes: the new string, or undefined to keep it. */
export type StringRewrite = (text: string) => string | undefined

/** A JSON value with every string (object keys left alone) passed through `rewrite`, and how many changed. Never changes `value`. */
export function rewriteStrings(value: unknown, rewrite: StringRewrite): { value: unknown; changed: number } {
  let changed = 0
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const next = rewrite(node)
      if (next === undefined || next === node) return node
      changed += 1
      return next
    }
    if (Array.isArray(node)) return node.map(walk)
    if (typeof node === 'object' && node !== null) return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item)]))
    return node
  }
  const out = walk(value)
  return { value: changed > 0 ? out : value, changed }
}

/**
 * A rename of an ARN: a string equal to `from` becomes `to`, and one that continues `from` with a
 * `/` keeps its tail (`arn:aws:s3:::old/*` → `arn:aws:s3:::new/*`). Each extra prefix pair is
 * replaced where a string starts with it (role session ARNs: `…:assumed-role/OLD/` → `…:assumed-role/NEW/`).
 */
export function arnRename(from: string, to: string, prefixes: readonly (readonly [string, string])[] = []): StringRewrite {
  return (text) => {
    if (text === from) return to
    if (text.startsWith(`${from}/`)) return to + text.slice(from.length)
    for (const [old, replacement] of prefixes) if (text.startsWith(old)) return replacement + text.slice(old.length)
    return undefined
  }
}
