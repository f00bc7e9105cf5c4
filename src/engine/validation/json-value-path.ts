/** A value met on the walk, with how it was reached (for its path). */
interface Step {
  value: object
  depth: number
  parent: Step | undefined
  key: string | number
}

/** The path to `step`, written as parse-world writes paths (and json-text-paths.ts): `a.b[0]`, `(the file)` for the top. */
function pathOf(step: Step): string {
  const keys: (string | number)[] = []
  for (let at: Step | undefined = step; at?.parent !== undefined; at = at.parent) keys.unshift(at.key)
  let out = ''
  for (const key of keys) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`
  return out === '' ? '(the file)' : out
}

/**
 * The path (`roles[3].trustPolicy.Statement[0]`) of the first array or object nested deeper than
 * `maxDepth` in a parsed value, or undefined when there is none: what validation/json-depth.ts's
 * jsonValueDepth measures, with where. Walked with an explicit stack; an object reached again is
 * walked again only when reached deeper, so sharing and cycles cannot make the walk run away.
 */
export function jsonValuePathPastDepth(value: unknown, maxDepth: number): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const reached = new Map<object, number>()
  const stack: Step[] = [{ value, depth: 1, parent: undefined, key: '' }]
  while (stack.length > 0) {
    const step = stack.pop() as Step
    if (step.depth > maxDepth) return pathOf(step)
    if ((reached.get(step.value) ?? 0) >= step.depth) continue
    reached.set(step.value, step.depth)
    const entries: [string | number, unknown][] = Array.isArray(step.value) ? step.value.map((child, i) => [i, child]) : Object.entries(step.value)
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string | number, unknown]
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: step.depth + 1, parent: step, key })
    }
  }
  return undefined
}
