/**
 * The `*` / `?` glob of IAM string and ARN matching: `*` matches any run of characters (including
 * none), `?` exactly one character, everything else only itself. No regular expression is built, so a
 * pattern cannot inject one, and the greedy two-pointer walk stays O(pattern × value) in the worst case.
 * Characters are Unicode code points, so `?` matches one emoji rather than half of it.
 */
export interface WildcardOptions {
  ignoreCase?: boolean
}

export function matchesWildcard(pattern: string, value: string, options: WildcardOptions = {}): boolean {
  const p = Array.from(options.ignoreCase === true ? pattern.toLowerCase() : pattern)
  const v = Array.from(options.ignoreCase === true ? value.toLowerCase() : value)
  let pi = 0
  let vi = 0
  let star = -1 // position of the last `*` seen in the pattern
  let resume = 0 // where in the value that `*` would take over from next
  while (vi < v.length) {
    const pc = p[pi]
    if (pc === '*') {
      star = pi++
      resume = vi
    } else if (pc !== undefined && (pc === '?' || pc === v[vi])) {
      pi++
      vi++
    } else if (star >= 0) {
      // Let the last `*` swallow one more character and retry from just after it.
      pi = star + 1
      vi = ++resume
    } else {
      return false
    }
  }
  while (p[pi] === '*') pi++
  return pi === p.length
}
