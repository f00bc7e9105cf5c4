/**
 * IAM wildcard matching, shared by actions, resources, StringLike and ArnLike: `*` matches any run
 * of characters (including none), `?` exactly one character (a Unicode code point), everything
 * else only itself. No regular expression is built, so a policy cannot inject one.
 *
 * The policy variables `${*}` and `${?}` stand for a literal `*` and `?` (IAM User Guide, "IAM
 * policy elements: Variables and tags"): substitution writes them as the private-use characters
 * below, which match only a real `*` or `?`.
 */
export const LITERAL_STAR = '\uE000'
export const LITERAL_QUESTION = '\uE001'

export interface WildcardOptions {
  ignoreCase?: boolean
}

/** Turns the literal markers back into `*` and `?`, for exact comparisons. */
export function unescapeLiterals(text: string): string {
  return text.includes(LITERAL_STAR) || text.includes(LITERAL_QUESTION) ? text.replaceAll(LITERAL_STAR, '*').replaceAll(LITERAL_QUESTION, '?') : text
}

const SURROGATE = /[\uD800-\uDFFF]/

function same(pc: string, vc: string | undefined): boolean {
  return pc === vc || (pc === LITERAL_STAR && vc === '*') || (pc === LITERAL_QUESTION && vc === '?')
}

/** Greedy two-pointer walk with backtracking to the last `*`: O(pattern × value) at worst. */
function walk(p: ArrayLike<string>, v: ArrayLike<string>): boolean {
  let pi = 0
  let vi = 0
  let star = -1
  let resume = 0
  while (vi < v.length) {
    const pc = p[pi]
    if (pc === '*') {
      star = pi++
      resume = vi
    } else if (pc !== undefined && (pc === '?' || same(pc, v[vi]))) {
      pi++
      vi++
    } else if (star >= 0) {
      pi = star + 1
      vi = ++resume
    } else {
      return false
    }
  }
  while (p[pi] === '*') pi++
  return pi === p.length
}

export function matchesWildcard(pattern: string, value: string, options: WildcardOptions = {}): boolean {
  const p = options.ignoreCase === true ? pattern.toLowerCase() : pattern
  const v = options.ignoreCase === true ? value.toLowerCase() : value
  // Strings without surrogate pairs can be walked by UTF-16 unit, which is faster; otherwise by code point.
  return SURROGATE.test(p) || SURROGATE.test(v) ? walk(Array.from(p), Array.from(v)) : walk(p, v)
}
