import { arnMatches } from './arn.ts'
import { evaluateConditions } from './conditions/index.ts'
import { substituteVariables } from './policy-variables.ts'
import type { Policy, Statement } from './policy-types.ts'
import { matchPrincipal, type PrincipalMatchKind } from './principal-match.ts'
import type { RequestContext } from './request-context.ts'
import { matchesWildcard } from './wildcard.ts'

/**
 * The fast path of evaluation: a policy compiled once (cached per Policy object) so a decision looks
 * only at the statements whose Action can cover the request's service, and stops at the first
 * element that does not match. It answers the same question as evaluate-statement.ts, without the
 * words; the property tests keep the two in agreement.
 */

type ActionMatcher = (lowerAction: string) => boolean

function compileActionPattern(pattern: string): ActionMatcher {
  const lower = pattern.toLowerCase()
  if (lower === '*') return () => true
  if (!lower.includes('*') && !lower.includes('?')) return (action) => action === lower
  const star = lower.indexOf('*')
  if (star === lower.length - 1 && !lower.includes('?')) {
    const prefix = lower.slice(0, -1)
    return (action) => action.startsWith(prefix)
  }
  return (action) => matchesWildcard(lower, action)
}

interface CompiledStatement {
  statement: Statement
  actionMatchers: ActionMatcher[]
}

interface CompiledPolicy {
  policy: Policy
  /** Lower-case service prefix → statements whose Action may cover it (NotAction statements and wildcard services go everywhere). */
  byService: Map<string, CompiledStatement[]>
  everywhere: CompiledStatement[]
}

const cache = new WeakMap<Policy, CompiledPolicy>()

function compile(policy: Policy): CompiledPolicy {
  const byService = new Map<string, CompiledStatement[]>()
  const everywhere: CompiledStatement[] = []
  for (const statement of policy.statements) {
    const compiled: CompiledStatement = { statement, actionMatchers: (statement.action?.patterns ?? []).map(compileActionPattern) }
    const services = new Set<string>()
    let anyService = statement.action?.negated === true
    for (const pattern of statement.action?.patterns ?? []) {
      const colon = pattern.indexOf(':')
      const service = colon === -1 ? pattern : pattern.slice(0, colon).toLowerCase()
      if (colon === -1 || service.includes('*') || service.includes('?')) anyService = true
      else services.add(service)
    }
    if (anyService) everywhere.push(compiled)
    else for (const service of services) byService.set(service, [...(byService.get(service) ?? []), compiled])
  }
  return { policy, byService, everywhere }
}

function compiled(policy: Policy): CompiledPolicy {
  let entry = cache.get(policy)
  if (!entry) {
    entry = compile(policy)
    cache.set(policy, entry)
  }
  return entry
}

function applies(entry: CompiledStatement, policy: Policy, context: RequestContext, lowerAction: string): { applies: boolean; kind?: PrincipalMatchKind } {
  const { statement } = entry
  const actionHit = entry.actionMatchers.some((match) => match(lowerAction))
  if (actionHit === (statement.action?.negated === true)) return { applies: false }
  if (statement.resource) {
    const hit = statement.resource.patterns.some((pattern) => {
      const resolved = substituteVariables(pattern, context, policy.version)
      return resolved !== undefined && arnMatches(resolved, context.resource)
    })
    if (hit === statement.resource.negated) return { applies: false }
  }
  let kind: PrincipalMatchKind | undefined
  if (statement.principal) {
    const principal = matchPrincipal(statement.principal, context.principal)
    if (!principal.matched) return { applies: false }
    kind = principal.kind
  }
  if (statement.conditions.length > 0) {
    const conditions = evaluateConditions(statement.conditions, context, (value) => substituteVariables(value, context, policy.version))
    const holds = conditions.unknownOperator ? statement.effect === 'Deny' : conditions.matched
    if (!holds) return { applies: false }
  }
  return kind ? { applies: true, kind } : { applies: true }
}

export interface QuickVerdict {
  allows: boolean
  denies: boolean
  /** Ways the allowing statements named the caller (resource policies). */
  grants: PrincipalMatchKind[]
}

/** Whether a policy allows or denies a request, without a trace. */
export function quickVerdict(policy: Policy, context: RequestContext): QuickVerdict {
  const entry = compiled(policy)
  const lowerAction = context.action.toLowerCase()
  const colon = lowerAction.indexOf(':')
  const candidates = [...(entry.byService.get(colon === -1 ? lowerAction : lowerAction.slice(0, colon)) ?? []), ...entry.everywhere]
  const verdict: QuickVerdict = { allows: false, denies: false, grants: [] }
  for (const candidate of candidates) {
    const result = applies(candidate, policy, context, lowerAction)
    if (!result.applies) continue
    if (candidate.statement.effect === 'Deny') verdict.denies = true
    else {
      verdict.allows = true
      if (result.kind) verdict.grants.push(result.kind)
    }
  }
  return verdict
}
