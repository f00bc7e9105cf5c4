import { arnMatches } from '../policy/arn.ts'
import type { IamCatalogue } from '../policy/catalogue/iam-catalogue.ts'
import { evaluateConditions } from '../policy/conditions/index.ts'
import type { Verdict } from '../policy/decide.ts'
import { substituteVariables } from '../policy/policy-variables.ts'
import type { Policy, Statement } from '../policy/policy-types.ts'
import { matchPrincipal, type PrincipalMatchKind } from '../policy/principal-match.ts'
import type { RequestContext } from '../policy/request-context.ts'
import type { StatementRef } from './intersection-types.ts'

/**
 * One statement, judged once for every action: whether its principal, resource and conditions hold
 * for the request (they do not depend on the action), and which catalogue actions its Action or
 * NotAction covers. The same set-based idea as policy/effective-actions.ts, so a grid of hundreds
 * of actions, or the whole catalogue, costs a set lookup per statement and action.
 */
export interface JudgedStatement {
  ref: StatementRef
  effect: 'Allow' | 'Deny'
  /** active: applies to the actions it covers; missing-key: would, but a condition tests a key the request lacks; inactive: does not. */
  status: 'active' | 'missing-key' | 'inactive'
  missingKeys: string[]
  /** How a resource policy's Principal named the caller. */
  grant?: PrincipalMatchKind
  covers(action: string): boolean
}

/** One level of a layer (SCPs and RCPs have one per organization level; other layers one). */
export type JudgedLevel = readonly JudgedStatement[]

/** The request minus its action: what a statement is judged against. `matchResource` false: a statement counts whatever its Resource. */
export interface JudgeContext {
  context: RequestContext
  matchResource: boolean
  catalogue: IamCatalogue
}

function coveredActions(statement: Statement, catalogue: IamCatalogue): (action: string) => boolean {
  const element = statement.action
  if (!element) return () => false
  const listed = new Set<string>()
  for (const pattern of element.patterns) for (const hit of catalogue.expand(pattern)) listed.add(hit.action)
  return element.negated ? (action) => !listed.has(action) : (action) => listed.has(action)
}

function resourceHolds(statement: Statement, policy: Policy, judge: JudgeContext): boolean {
  const element = statement.resource
  if (!element || !judge.matchResource) return true
  const hit = element.patterns.some((pattern) => {
    const resolved = substituteVariables(pattern, judge.context, policy.version)
    return resolved !== undefined && arnMatches(resolved, judge.context.resource)
  })
  return hit !== element.negated
}

/** Judges a statement with the engine's own principal matching and condition evaluation (policy/evaluate-statement.ts does the same per action). */
export function judgeStatement(statement: Statement, policy: Policy, judge: JudgeContext): JudgedStatement {
  const ref: StatementRef = { policy: policy.name, index: statement.index, ...(statement.sid !== undefined ? { sid: statement.sid } : {}) }
  const base = { ref, effect: statement.effect, missingKeys: [] as string[], covers: coveredActions(statement, judge.catalogue) }
  const principal = statement.principal ? matchPrincipal(statement.principal, judge.context.principal) : undefined
  if ((principal && !principal.matched) || !resourceHolds(statement, policy, judge)) return { ...base, status: 'inactive' }
  const grant = principal?.kind ? { grant: principal.kind } : {}
  const conditions = evaluateConditions(statement.conditions, judge.context, (value) => substituteVariables(value, judge.context, policy.version))
  // Fail closed on an operator IAM does not have: an Allow does not apply, a Deny does.
  if (conditions.unknownOperator) return { ...base, ...grant, status: statement.effect === 'Deny' ? 'active' : 'inactive' }
  if (conditions.matched) return { ...base, ...grant, status: 'active' }
  const failed = conditions.outcomes.filter((outcome) => !outcome.matched)
  const missing = failed.filter((outcome) => outcome.contextValues === undefined)
  if (failed.length > 0 && missing.length === failed.length) return { ...base, ...grant, status: 'missing-key', missingKeys: [...new Set(missing.map((o) => o.key))] }
  return { ...base, ...grant, status: 'inactive' }
}

export function judgePolicies(policies: readonly Policy[], judge: JudgeContext): JudgedLevel {
  return policies.flatMap((policy) => policy.statements.map((statement) => judgeStatement(statement, policy, judge)))
}

/** What a layer says about one action, with the statements behind it. */
export interface LayerAnswer {
  verdict: Verdict
  /** The denying statement (deny) or an allowing one (allow). */
  statement?: StatementRef
  /** A statement that would allow (verdict none) or deny (verdict allow) but tests keys the request lacks. */
  missing?: JudgedStatement
  /** How allowing resource-policy statements named the caller. */
  grants: PrincipalMatchKind[]
}

function answerLevel(level: JudgedLevel, action: string): LayerAnswer {
  let allow: JudgedStatement | undefined
  let missingAllow: JudgedStatement | undefined
  let missingDeny: JudgedStatement | undefined
  const grants: PrincipalMatchKind[] = []
  for (const statement of level) {
    if (statement.status === 'inactive' || !statement.covers(action)) continue
    if (statement.status === 'missing-key') {
      if (statement.effect === 'Allow') missingAllow ??= statement
      else missingDeny ??= statement
      continue
    }
    if (statement.effect === 'Deny') return { verdict: 'deny', statement: statement.ref, grants: [] }
    allow ??= statement
    if (statement.grant) grants.push(statement.grant)
  }
  if (allow) return { verdict: 'allow', statement: allow.ref, ...(missingDeny ? { missing: missingDeny } : {}), grants }
  return { verdict: 'none', ...(missingAllow ? { missing: missingAllow } : {}), grants }
}

/** A layer's answer: every level must allow; a Deny at any level denies. */
export function answerLayer(levels: readonly JudgedLevel[], action: string): LayerAnswer {
  if (levels.length === 1) return answerLevel(levels[0] as JudgedLevel, action)
  const answers = levels.map((level) => answerLevel(level, action))
  const denied = answers.find((a) => a.verdict === 'deny')
  if (denied) return denied
  const blocking = answers.find((a) => a.verdict !== 'allow')
  if (blocking) return blocking
  return answers[answers.length - 1] ?? { verdict: 'none', grants: [] }
}
