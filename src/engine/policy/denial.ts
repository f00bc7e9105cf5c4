import type { Decision, LayerTrace } from './authorize.ts'
import type { ConditionOutcome } from './conditions/index.ts'
import type { StatementTrace } from './evaluate-statement.ts'
import type { LayerName } from './layers.ts'

/**
 * Why a policy layer refused a request, as structured facts for learners: the layer, and where one
 * can be named, the policy, the statement and the condition entry that made the difference.
 */
export interface PolicyDenial {
  /** The layer that decided (AWS's "in a service control policy", "no identity-based policy allows"). */
  layer: LayerName
  /** explicit-deny: a Deny statement applies. no-allow: nothing in the layer allows (an implicit deny). */
  reason: 'explicit-deny' | 'no-allow'
  /**
   * The policy (its name, or for a trust policy "trust policy of <role>"): the one holding the
   * statement below, or the layer's only policy when no statement can be named.
   */
  policy?: string
  /**
   * explicit-deny: the Deny statement that applies. no-allow: the closest Allow, one whose
   * principal, action and resource match the request but whose condition fails; absent when no
   * Allow statement comes that close.
   */
  statement?: { index: number; sid?: string; effect: 'Allow' | 'Deny' }
  /**
   * no-allow: the closest Allow's first failing condition entry. explicit-deny: the Deny's first
   * condition entry (which held), if it has one.
   */
  condition?: {
    operator: string
    key: string
    /** The policy's values, as written. */
    expected: string[]
    /** The request's values; undefined when the key is absent from the request. */
    actual: string[] | undefined
  }
}

function conditionFacts(outcome: ConditionOutcome): NonNullable<PolicyDenial['condition']> {
  return { operator: outcome.operator, key: outcome.key, expected: [...outcome.policyValues], actual: outcome.contextValues === undefined ? undefined : [...outcome.contextValues] }
}

function statementFacts(statement: StatementTrace): NonNullable<PolicyDenial['statement']> {
  return { index: statement.index, ...(statement.sid !== undefined ? { sid: statement.sid } : {}), effect: statement.effect }
}

/** Principal, Action and Resource all match: only the Condition block can stop the statement. */
function elementsMatch(statement: StatementTrace): boolean {
  return statement.action.matched && (statement.resource?.matched ?? true) && (statement.principal?.matched ?? true)
}

function fromLayer(trace: LayerTrace, reason: PolicyDenial['reason']): PolicyDenial {
  const base: PolicyDenial = { layer: trace.layer, reason }
  for (const policy of trace.policies) {
    for (const statement of policy.statements) {
      if (reason === 'explicit-deny' ? statement.effect === 'Deny' && statement.applies : statement.effect === 'Allow' && !statement.applies && elementsMatch(statement)) {
        const condition = reason === 'explicit-deny' ? statement.conditions[0] : statement.conditions.find((outcome) => !outcome.matched)
        return { ...base, policy: policy.name, statement: statementFacts(statement), ...(condition ? { condition: conditionFacts(condition) } : {}) }
      }
    }
  }
  const only = trace.policies.length === 1 ? trace.policies[0] : undefined
  return only ? { ...base, policy: only.name } : base
}

/**
 * The denial of a decision, read from the traces the policy engine already keeps (`Decision.layers`,
 * computed on first read, so only refusals pay for it); undefined for an Allow.
 */
export function denialOf(decision: Decision): PolicyDenial | undefined {
  if (decision.result === 'Allow' || decision.layer === undefined) return undefined
  const reason = decision.result === 'ExplicitDeny' ? 'explicit-deny' : 'no-allow'
  const trace = decision.layers.find((layer) => layer.layer === decision.layer)
  return trace ? fromLayer(trace, reason) : { layer: decision.layer, reason }
}
