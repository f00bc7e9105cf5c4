import type { RequestSide } from '../authorization/request-side.ts'
import type { AuthorizationInput } from '../policy/authorize.ts'
import { parsePolicyText } from '../policy/parse-policy.ts'
import type { Policy, PolicyProblem } from '../policy/policy-types.ts'
import type { RequestContext } from '../policy/request-context.ts'
import type { ResolvedSubject } from './grid-subject.ts'
import type { PolicyGridLayer, WhatIf } from './intersection-types.ts'

const IAM_IDENTITIES: readonly string[] = ['User', 'AssumedRole', 'FederatedUser']

/** Every policy layer of the request after the what-if: an absent layer does not apply. */
export interface GridPolicies {
  scps?: readonly (readonly Policy[])[]
  rcps?: readonly (readonly Policy[])[]
  resource?: Policy
  resourceMustAllow: boolean
  /** Undefined for a caller that is not an IAM identity (root needs none). */
  identity?: readonly Policy[]
  boundary?: Policy
  session?: readonly Policy[]
  /** Layers the what-if switched off. */
  off: ReadonlySet<PolicyGridLayer>
  /** The what-if replaced these layers' text. */
  replaced: ReadonlySet<'boundary' | 'session'>
  whatIfProblems: PolicyProblem[]
  hypothetical: boolean
}

function replacement(text: string | undefined, kind: 'boundary' | 'session', problems: PolicyProblem[]): Policy | undefined {
  if (text === undefined) return undefined
  const parsed = parsePolicyText(text, kind, kind === 'boundary' ? 'what-if permissions boundary' : 'what-if session policy')
  if (parsed.ok) return parsed.policy
  problems.push(...parsed.problems.map((p) => ({ ...p, path: `${kind === 'boundary' ? 'boundary' : 'sessionPolicy'}${p.path ? `.${p.path}` : ''}` })))
  return undefined
}

/**
 * The caller's and the resource's policies, with a what-if applied on a copy: switched-off layers
 * are absent (identity switched off: no identity-based policies), replacement texts parse as a
 * boundary or a session policy, and a text that does not parse is ignored (its problems reported).
 * Nothing of the world changes.
 */
export function gridPolicies(subject: ResolvedSubject, side: RequestSide, whatIf: WhatIf | undefined): GridPolicies {
  const { caller } = subject
  const isIamIdentity = IAM_IDENTITIES.includes(caller.principal.type)
  const off = new Set<PolicyGridLayer>(whatIf?.off ?? [])
  const whatIfProblems: PolicyProblem[] = [...subject.problems]
  const boundary = replacement(whatIf?.boundary, 'boundary', whatIfProblems)
  const session = replacement(whatIf?.sessionPolicy, 'session', whatIfProblems)
  const replaced = new Set<'boundary' | 'session'>([...(boundary ? (['boundary'] as const) : []), ...(session ? (['session'] as const) : [])])
  const finalBoundary = off.has('boundary') ? undefined : (boundary ?? caller.boundary)
  const finalSession = off.has('session') ? undefined : session ? [session] : caller.session
  const hypothetical = whatIf !== undefined && (off.size > 0 || whatIf.boundary !== undefined || whatIf.sessionPolicy !== undefined)
  return {
    ...(side.scps && !off.has('scp') ? { scps: side.scps } : {}),
    ...(side.rcps && !off.has('rcp') ? { rcps: side.rcps } : {}),
    ...(side.resource?.policy && !off.has('resource') ? { resource: side.resource.policy } : {}),
    resourceMustAllow: side.resource?.mustAllow === true && !off.has('resource'),
    ...(isIamIdentity ? { identity: off.has('identity') ? [] : caller.identity } : {}),
    ...(finalBoundary && isIamIdentity ? { boundary: finalBoundary } : {}),
    ...(finalSession ? { session: finalSession } : {}),
    off,
    replaced,
    whatIfProblems,
    hypothetical,
  }
}

/** The same layers as the policy engine's input for one action (for the full trace). */
export function authorizationInput(policies: GridPolicies, context: RequestContext): AuthorizationInput {
  return {
    context,
    ...(policies.identity ? { identity: policies.identity } : {}),
    ...(policies.boundary ? { boundary: policies.boundary } : {}),
    ...(policies.session ? { session: policies.session } : {}),
    ...(policies.resource ? { resource: policies.resource } : {}),
    ...(policies.resourceMustAllow ? { resourceMustAllow: true } : {}),
    ...(policies.scps ? { scps: policies.scps } : {}),
    ...(policies.rcps ? { rcps: policies.rcps } : {}),
  }
}
