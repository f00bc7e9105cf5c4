/**
 * The IAM policy language as the engine holds it after parsing. Every list is normalised (a single
 * string becomes a one-element list) and every part remembers where it came from, so a trace can
 * point at `Statement[1].Condition.StringEquals.aws:username`.
 */

/** Which kind of document a policy is: validation rules and evaluation both depend on it. */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'boundary' | 'session' | 'scp' | 'rcp'

export type Effect = 'Allow' | 'Deny'

/** `Action` or `NotAction`, `Resource` or `NotResource`: the patterns and whether the element is negated. */
export interface PatternElement {
  negated: boolean
  patterns: string[]
}

/** One principal value as written: `{"AWS": "arn:aws:iam::111111111111:root"}` gives type AWS. */
export interface PrincipalValue {
  type: 'AWS' | 'Service' | 'Federated' | 'CanonicalUser' | '*'
  value: string
}

export interface PrincipalElement {
  negated: boolean
  values: PrincipalValue[]
}

/** One operator × key entry of a Condition block, with its values (several values are OR-ed). */
export interface ConditionEntry {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string
  key: string
  values: string[]
}

export interface Statement {
  /** Position in the Statement array (0 when Statement was a single object). */
  index: number
  sid?: string
  effect: Effect
  action?: PatternElement
  resource?: PatternElement
  principal?: PrincipalElement
  conditions: ConditionEntry[]
}

export interface Policy {
  kind: PolicyKind
  version: '2012-10-17' | '2008-10-17'
  /** Policy variables are only substituted under 2012-10-17. */
  statements: Statement[]
  /** A name for traces: `AliceAccess`, `trust policy of Dev`, `session policy`. */
  name: string
}

/** A validation problem with a path into the document. */
export interface PolicyProblem {
  path: string
  message: string
}
