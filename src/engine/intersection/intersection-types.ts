import type { CallerIdentity } from '../identity/principal.ts'
import type { AccessLevel } from '../policy/catalogue/iam-catalogue.ts'
import type { PolicyProblem } from '../policy/policy-types.ts'
import type { CredentialRestriction } from '../authorization/credential-restrictions.ts'
import type { Decision } from '../policy/authorize.ts'
import type { PrincipalMatchKind } from '../policy/principal-match.ts'

/**
 * The policy-intersection grid (#/policies): for one caller, one row per action, one cell per
 * layer in AWS's order of evaluation, and the final decision (IAM User Guide, "Policy evaluation
 * logic"). The names below are a contract: the view writes them as data-layer / data-verdict.
 */
export const GRID_LAYERS = ['explicit-deny', 'rcp', 'scp', 'resource', 'identity', 'boundary', 'session', 'final'] as const
export type GridLayer = (typeof GRID_LAYERS)[number]
/** The layers a what-if may switch off: the policy layers themselves. */
export type PolicyGridLayer = Exclude<GridLayer, 'explicit-deny' | 'final'>

/**
 * allow: an Allow statement applies; explicit-deny: a Deny statement applies; implicit-deny: the
 * layer applies but nothing in it allows; not-applicable: the caller has no such layer (no boundary,
 * no session policy, no organization, no resource policy); missing-key: the statement that would
 * decide tests a condition key the request does not carry (its verdict then depends on the request).
 */
export type CellVerdict = 'allow' | 'explicit-deny' | 'implicit-deny' | 'not-applicable' | 'missing-key'

/** A statement of a policy, as the trace names it. */
export interface StatementRef {
  /** The policy's name as the engine's trace gives it (inline policy name, managed policy ARN, "session policy"…). */
  policy: string
  index: number
  sid?: string
}

export interface GridCell {
  layer: GridLayer
  verdict: CellVerdict
  /** The statement that allowed or denied (for explicit-deny and allow). */
  statement?: StatementRef
  /** For missing-key: the condition keys tested that the request context lacks. */
  missingKeys?: string[]
  /**
   * A short fact where the layer's part is special, e.g. a resource policy naming the role session's
   * ARN (the boundary and session policy do not limit that grant) or naming the role's ARN (they do).
   */
  note?: string
  /** On an allowing resource cell: how the statement names the caller (user, role, role-session, account, …). */
  grant?: PrincipalMatchKind
  /** On a boundary or session cell: this layer does not limit the request, because the resource policy grants the caller's own ARN directly. */
  bypassed?: boolean
}

export interface GridRow {
  action: string
  accessLevel: AccessLevel
  /** The resource the row was evaluated against (the request's, or `*`). */
  resource: string
  /** One per GRID_LAYERS entry, in that order; `final` last. */
  cells: GridCell[]
  /** The kind of credentials forbids the action whatever the policies say: the rule, as the probe reports it. */
  restriction?: CredentialRestriction
}

/** Whose permissions: credentials the engine issued or the world holds, or a draft not yet sent. */
export type GridSubject =
  | { kind: 'credentials'; accessKeyId: string; sessionToken?: string }
  /** A user (its long-term identity) or a role (a session of it), with an optional session policy as text. */
  | { kind: 'draft'; principalArn: string; sessionPolicy?: string }

export type ActionSelection =
  | { kind: 'list'; actions: readonly string[] }
  /** Every action of a service prefix, e.g. `s3`. */
  | { kind: 'service'; service: string }
  /** A wildcard over the catalogue, e.g. `s3:Put*`. */
  | { kind: 'pattern'; pattern: string }

/** A hypothetical change, never applied to the world. */
export interface WhatIf {
  /** Layers treated as absent. */
  off?: readonly PolicyGridLayer[]
  /** The session policy replaced by this text. */
  sessionPolicy?: string
  /** The permissions boundary replaced by this text. */
  boundary?: string
}

export interface GridRequest {
  subject: GridSubject
  actions: ActionSelection
  /** A resource ARN; `*` or absent: every statement counts whatever its Resource (no resource policy applies). */
  resource?: string
  whatIf?: WhatIf
  region?: string
}

export type GridResult =
  | {
      ok: true
      caller: CallerIdentity
      /** The account whose policies the resource side uses (differs from the caller's across accounts). */
      resourceAccount: string
      crossAccount: boolean
      rows: GridRow[]
      /** A what-if changed something: the view marks the grid hypothetical. */
      hypothetical: boolean
      /** Problems of what-if texts (a session policy or boundary that does not parse); those texts are then ignored. */
      whatIfProblems: PolicyProblem[]
    }
  | { ok: false; reason: 'invalid-credentials' | 'expired' | 'unknown-principal' | 'bad-selection'; detail: string }

/** Per service: how many actions each layer allows, and how many survive the intersection. */
export interface OverviewRow {
  service: string
  serviceName: string
  total: number
  allowedBy: Record<PolicyGridLayer, number>
  /** Allowed by the final decision. */
  survive: number
}

export interface OverviewRequest {
  subject: GridSubject
  whatIf?: WhatIf
  /** Only actions of these access levels; all when absent. */
  accessLevels?: readonly AccessLevel[]
}

export type OverviewResult = { ok: true; caller: CallerIdentity; rows: OverviewRow[]; totals: OverviewRow; hypothetical: boolean } | { ok: false; reason: string; detail: string }

/** The statement-level trace of one cell's row: the engine's full decision for that action. */
export type GridTraceResult = { ok: true; action: string; resource: string; decision: Decision } | { ok: false; reason: string; detail: string }
