import { actionMatches, arnMatches } from './arn.ts'
import { evaluateConditions, type ConditionOutcome } from './conditions/index.ts'
import { substituteVariables } from './policy-variables.ts'
import type { Policy, Statement } from './policy-types.ts'
import { matchPrincipal, type PrincipalMatchKind } from './principal-match.ts'
import type { RequestContext } from './request-context.ts'

export interface ElementCheck {
  matched: boolean
  detail: string
}

/** Why one statement did or did not apply to a request: element by element. */
export interface StatementTrace {
  index: number
  sid?: string
  effect: 'Allow' | 'Deny'
  action: ElementCheck
  resource?: ElementCheck
  principal?: ElementCheck & { kind?: PrincipalMatchKind }
  conditions: ConditionOutcome[]
  /** True when a condition used an operator IAM does not have: Allow then fails closed, Deny applies. */
  unknownOperator: boolean
  applies: boolean
}

function checkAction(statement: Statement, action: string): ElementCheck {
  const element = statement.action
  if (!element) return { matched: false, detail: 'no Action element' }
  const hit = element.patterns.find((pattern) => actionMatches(pattern, action))
  if (element.negated) {
    return hit ? { matched: false, detail: `NotAction lists ${hit}, which covers ${action}` } : { matched: true, detail: `NotAction does not cover ${action}` }
  }
  return hit ? { matched: true, detail: `Action ${hit} covers ${action}` } : { matched: false, detail: `Action (${element.patterns.join(', ')}) does not cover ${action}` }
}

function checkResource(statement: Statement, policy: Policy, context: RequestContext): ElementCheck | undefined {
  const element = statement.resource
  if (!element) return undefined
  let hit: string | undefined
  const unresolved: string[] = []
  for (const pattern of element.patterns) {
    const resolved = substituteVariables(pattern, context, policy.version)
    if (resolved === undefined) unresolved.push(pattern)
    else if (arnMatches(resolved, context.resource)) {
      hit = resolved === pattern ? pattern : `${pattern} (= ${resolved})`
      break
    }
  }
  const note = unresolved.length > 0 ? `; ${unresolved.join(', ')} has a policy variable with no value in this request` : ''
  if (element.negated) {
    return hit ? { matched: false, detail: `NotResource lists ${hit}, which covers ${context.resource}` } : { matched: true, detail: `NotResource does not cover ${context.resource}${note}` }
  }
  return hit ? { matched: true, detail: `Resource ${hit} covers ${context.resource}` } : { matched: false, detail: `Resource (${element.patterns.join(', ')}) does not cover ${context.resource}${note}` }
}

export function evaluateStatement(statement: Statement, policy: Policy, context: RequestContext): StatementTrace {
  const action = checkAction(statement, context.action)
  const resource = checkResource(statement, policy, context)
  const principal = statement.principal ? matchPrincipal(statement.principal, context.principal) : undefined
  const conditions = evaluateConditions(statement.conditions, context, (value) => substituteVariables(value, context, policy.version))
  // Fail closed on an operator IAM does not have: an Allow does not apply, a Deny does.
  const conditionsHold = conditions.unknownOperator ? statement.effect === 'Deny' : conditions.matched
  const applies = action.matched && (resource?.matched ?? true) && (principal?.matched ?? true) && conditionsHold
  return {
    index: statement.index,
    ...(statement.sid !== undefined ? { sid: statement.sid } : {}),
    effect: statement.effect,
    action,
    ...(resource ? { resource } : {}),
    ...(principal ? { principal } : {}),
    conditions: conditions.outcomes,
    unknownOperator: conditions.unknownOperator,
    applies,
  }
}

/** One policy's verdict for a request, with every statement's trace. */
export interface PolicyTrace {
  name: string
  kind: Policy['kind']
  statements: StatementTrace[]
  allows: boolean
  denies: boolean
}

export function evaluatePolicy(policy: Policy, context: RequestContext): PolicyTrace {
  const statements = policy.statements.map((statement) => evaluateStatement(statement, policy, context))
  return {
    name: policy.name,
    kind: policy.kind,
    statements,
    allows: statements.some((s) => s.applies && s.effect === 'Allow'),
    denies: statements.some((s) => s.applies && s.effect === 'Deny'),
  }
}
