import { arnMatches } from './arn.ts'
import type { AuthorizationInput } from './authorize.ts'
import type { CatalogueAction, IamCatalogue } from './catalogue/iam-catalogue.ts'
import { evaluateConditions } from './conditions/index.ts'
import { decide, type LayerVerdicts, type Outcome, type Verdict } from './decide.ts'
import type { LayerName } from './layers.ts'
import { substituteVariables } from './policy-variables.ts'
import type { Policy, Statement } from './policy-types.ts'
import { matchPrincipal, type PrincipalMatchKind } from './principal-match.ts'
import type { RequestContext } from './request-context.ts'

/** The policies of a principal (and of a resource), with a request context minus the action. */
export type EffectiveInput = Omit<AuthorizationInput, 'context'> & { context: Omit<RequestContext, 'action'> }

export interface EffectiveOptions {
  catalogue: IamCatalogue
  /** Limit to one service prefix (`s3`); all services when absent. */
  service?: string
  /**
   * Match Resource elements against the context's resource. When false (the default), a statement
   * counts whatever its Resource says: the result is "allowed on at least some resource".
   */
  matchResource?: boolean
}

export interface EffectiveResult {
  allowed: CatalogueAction[]
  /** How many actions each layer denied (explicitly or implicitly), for a summary. */
  deniedBy: Partial<Record<LayerName, number>>
  /** The decision for one action of the scope (its result and deciding layer), or undefined outside the scope. */
  decisionOf(action: string): Outcome | undefined
  /** How many actions were decided. */
  decided: number
}

interface ActionSets {
  allow: Set<string>
  deny: Set<string>
  /** For resource policies: which actions each way of naming the caller allows. */
  grants: Map<PrincipalMatchKind, Set<string>>
}

/** Whether a statement applies to this context for some action (conditions, principal, optionally resource). */
function statementActive(statement: Statement, policy: Policy, context: EffectiveInput['context'], matchResource: boolean): { active: boolean; kind?: PrincipalMatchKind } {
  const full: RequestContext = { ...context, action: '' }
  const principal = statement.principal ? matchPrincipal(statement.principal, context.principal) : undefined
  if (principal && !principal.matched) return { active: false }
  const conditions = evaluateConditions(statement.conditions, full, (value) => substituteVariables(value, full, policy.version))
  const holds = conditions.unknownOperator ? statement.effect === 'Deny' : conditions.matched
  if (!holds) return { active: false }
  if (matchResource && statement.resource) {
    const hit = statement.resource.patterns.some((pattern) => {
      const resolved = substituteVariables(pattern, full, policy.version)
      return resolved !== undefined && arnMatches(resolved, context.resource)
    })
    if (hit === statement.resource.negated) return { active: false }
  }
  return principal?.kind ? { active: true, kind: principal.kind } : { active: true }
}

function actionsOf(statement: Statement, scope: readonly CatalogueAction[], options: EffectiveOptions): Set<string> {
  const inScope = (action: string) => options.service === undefined || action.toLowerCase().startsWith(`${options.service.toLowerCase()}:`)
  const listed = new Set<string>()
  for (const pattern of statement.action?.patterns ?? []) {
    for (const hit of options.catalogue.expand(pattern)) if (inScope(hit.action)) listed.add(hit.action)
  }
  if (!statement.action?.negated) return listed
  return new Set(scope.map((a) => a.action).filter((action) => !listed.has(action)))
}

function setsFor(policies: readonly Policy[], input: EffectiveInput, scope: readonly CatalogueAction[], options: EffectiveOptions): ActionSets {
  const sets: ActionSets = { allow: new Set(), deny: new Set(), grants: new Map() }
  for (const policy of policies) {
    for (const statement of policy.statements) {
      const { active, kind } = statementActive(statement, policy, input.context, options.matchResource === true)
      if (!active) continue
      const actions = actionsOf(statement, scope, options)
      const target = statement.effect === 'Allow' ? sets.allow : sets.deny
      for (const action of actions) target.add(action)
      if (statement.effect === 'Allow' && kind) {
        const grant = sets.grants.get(kind) ?? new Set<string>()
        for (const action of actions) grant.add(action)
        sets.grants.set(kind, grant)
      }
    }
  }
  return sets
}

const verdictOf = (sets: ActionSets, action: string): Verdict => (sets.deny.has(action) ? 'deny' : sets.allow.has(action) ? 'allow' : 'none')

function levelVerdict(levels: readonly ActionSets[], action: string): Verdict {
  const verdicts = levels.map((level) => verdictOf(level, action))
  return verdicts.includes('deny') ? 'deny' : verdicts.every((v) => v === 'allow') ? 'allow' : 'none'
}

const GRANT_ORDER: PrincipalMatchKind[] = ['user', 'role-session', 'federated-user', 'anyone', 'service', 'federated', 'role', 'federating-user', 'account']

/**
 * Every catalogue action the layers allow for this principal: one call for a service or for all
 * ~22,000 actions. It decides each action with the same `decide` as `authorize`, from statement
 * sets computed once, so it is fast enough for an interactive view.
 */
export function effectiveActions(input: EffectiveInput, options: EffectiveOptions): EffectiveResult {
  const scope = options.service === undefined ? options.catalogue.expand('*') : options.catalogue.actionsOf(options.service)
  const isIamIdentity = ['User', 'AssumedRole', 'FederatedUser'].includes(input.context.principal.type)
  const scps = input.scps?.map((level) => setsFor(level, input, scope, options))
  const rcps = input.rcps?.map((level) => setsFor(level, input, scope, options))
  const resource = input.resource ? setsFor([input.resource], input, scope, options) : undefined
  const identity = isIamIdentity ? setsFor(input.identity ?? [], input, scope, options) : undefined
  const boundary = input.boundary && isIamIdentity ? setsFor([input.boundary], input, scope, options) : undefined
  const session = input.session ? setsFor(input.session, input, scope, options) : undefined
  const facts = {
    principalType: input.context.principal.type,
    crossAccount: input.context.principal.account !== input.context.resourceAccount,
    resourceMustAllow: input.resourceMustAllow === true,
    trustPolicy: input.resource?.kind === 'trust',
  }
  const outcomes: Outcome[] = new Array<Outcome>(scope.length)
  const allowed: CatalogueAction[] = []
  const deniedBy: Partial<Record<LayerName, number>> = {}
  for (let i = 0; i < scope.length; i++) {
    const entry = scope[i] as CatalogueAction
    const { action } = entry
    const v: LayerVerdicts = {}
    if (scps) v.scp = levelVerdict(scps, action)
    if (rcps) v.rcp = levelVerdict(rcps, action)
    if (resource) {
      v.resource = verdictOf(resource, action)
      if (v.resource === 'allow') {
        const grant = GRANT_ORDER.find((kind) => resource.grants.get(kind)?.has(action))
        if (grant) v.resourceGrant = grant
      }
    }
    if (identity) v.identity = verdictOf(identity, action)
    if (boundary) v.boundary = verdictOf(boundary, action)
    if (session) v.session = verdictOf(session, action)
    const outcome = decide(v, facts)
    outcomes[i] = outcome
    if (outcome.result === 'Allow') allowed.push(entry)
    else if (outcome.layer) deniedBy[outcome.layer] = (deniedBy[outcome.layer] ?? 0) + 1
  }
  let index: Map<string, number> | undefined
  return {
    allowed,
    deniedBy,
    decided: scope.length,
    decisionOf(action) {
      index ??= new Map(scope.map((entry, i) => [entry.action.toLowerCase(), i]))
      const at = index.get(action.toLowerCase())
      return at === undefined ? undefined : outcomes[at]
    },
  }
}
