/**
 * IAM wildcard matching: `*` matches any run of characters (including none), `?` exactly one,
 * everything else literally. Iterative with backtracking on the last `*`, so it is linear-ish and
 * cannot be abused like a regular expression built from policy text.
 */
export function matchesWildcard(pattern: string, value: string, options: { ignoreCase?: boolean } = {}): boolean {
  const p = options.ignoreCase ? pattern.toLowerCase() : pattern
  const v = options.ignoreCase ? value.toLowerCase() : value
  let pi = 0
  let vi = 0
  let starAt = -1
  let starMatchedUpTo = 0
  while (vi < v.length) {
    const pc = p[pi]
    if (pc === '*') {
      starAt = pi++
      starMatchedUpTo = vi
    } else if (pc !== undefined && (pc === '?' || pc === v[vi])) {
      pi++
      vi++
    } else if (starAt !== -1) {
      pi = starAt + 1
      vi = ++starMatchedUpTo
    } else {
      return false
    }
  }
  while (p[pi] === '*') pi++
  return pi === p.length
}
