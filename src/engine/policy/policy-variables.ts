import { keyValues, type RequestContext } from './request-context.ts'
import { LITERAL_QUESTION, LITERAL_STAR } from './wildcard.ts'

const VARIABLE = /\$\{([^}]*)\}/g

/**
 * Substitutes IAM policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`,
 * `${oidc.example.com:sub}`, `${aws:username, 'default'}`) and the escapes `${*}`, `${?}`, `${$}`
 * from the request context. `${*}` and `${?}` become markers that wildcard matching reads as a
 * literal `*` and `?` (see wildcard.ts); exact comparisons undo them with unescapeLiterals. Returns undefined when a variable has no single value and no default:
 * IAM then treats the policy element as not matching. Version 2008-10-17 policies take text literally.
 */
export function substituteVariables(text: string, context: Pick<RequestContext, 'keys'>, version: '2012-10-17' | '2008-10-17'): string | undefined {
  if (version !== '2012-10-17' || !text.includes('${')) return text
  let missing = false
  const result = text.replace(VARIABLE, (_whole, inner: string) => {
    const body = inner.trim()
    if (body === '*') return LITERAL_STAR
    if (body === '?') return LITERAL_QUESTION
    if (body === '$') return '$'
    const comma = body.indexOf(',')
    const key = (comma === -1 ? body : body.slice(0, comma)).trim()
    const fallback = comma === -1 ? undefined : /^\s*'([^']*)'\s*$/.exec(body.slice(comma + 1))?.[1]
    const values = keyValues(context, key)
    if (values && values.length === 1 && values[0] !== undefined) return values[0]
    if (fallback !== undefined) return fallback
    missing = true
    return ''
  })
  return missing ? undefined : result
}
