import { requestSide } from '../authorization/request-side.ts'
import type { CallerIdentity } from '../identity/principal.ts'
import type { IamCatalogue } from '../policy/catalogue/iam-catalogue.ts'
import type { DecisionFacts } from '../policy/decide.ts'
import type { LayerName } from '../policy/layers.ts'
import type { Policy } from '../policy/policy-types.ts'
import { contextKeys, type RequestContext } from '../policy/request-context.ts'
import type { World } from '../world/world-schema.ts'
import { gridPolicies, type GridPolicies } from './grid-policies.ts'
import { resolveSubject, type ResolvedSubject } from './grid-subject.ts'
import type { GridSubject, WhatIf } from './intersection-types.ts'
import { judgePolicies, type JudgedLevel } from './layer-statements.ts'

/** Everything a row needs, worked out once per grid: the caller, the layers after the what-if, each statement judged. */
export interface GridSetup {
  subject: ResolvedSubject
  caller: CallerIdentity
  /** The request minus its action. */
  context: RequestContext
  resourceArn: string
  policies: GridPolicies
  /** Each present layer's statements, one list per level. */
  judged: Partial<Record<LayerName, readonly JudgedLevel[]>>
  facts: DecisionFacts
}

export interface SetupInput {
  subject: GridSubject
  resource?: string | undefined
  whatIf?: WhatIf | undefined
  region?: string | undefined
}

export type SetupResult = ({ ok: true } & GridSetup) | { ok: false; reason: 'invalid-credentials' | 'expired' | 'unknown-principal'; detail: string }

/**
 * The caller (authorization/probe.ts's way for credentials, grid-subject.ts for drafts), the
 * resource side (the world's resource and its policy, the organization's SCPs and RCPs), the what-if
 * applied, and every statement judged once against the request's keys.
 */
export function gridSetup(engine: { world: World; sessionKey: Uint8Array }, input: SetupInput, nowMs: number, catalogue: IamCatalogue): SetupResult {
  const region = input.region ?? 'us-east-1'
  const subject = resolveSubject(engine, input.subject, { nowMs, region })
  if (!subject.ok) return subject
  const resourceArn = input.resource === undefined || input.resource.trim() === '' ? '*' : input.resource.trim()
  const side = requestSide(engine.world, subject.principal, resourceArn)
  const keys = contextKeys({ ...subject.caller.keys, ...(side.resource?.keys ?? {}) })
  const context: RequestContext = { action: '', resource: resourceArn, resourceAccount: side.resourceAccount, principal: subject.caller.principal, keys }
  const policies = gridPolicies(subject, side, input.whatIf)
  const judge = { context, matchResource: resourceArn !== '*', catalogue }
  const level = (list: readonly (readonly Policy[])[]) => list.map((policies) => judgePolicies(policies, judge))
  const judged: GridSetup['judged'] = {
    ...(policies.scps ? { scp: level(policies.scps) } : {}),
    ...(policies.rcps ? { rcp: level(policies.rcps) } : {}),
    ...(policies.resource ? { resource: level([[policies.resource]]) } : {}),
    ...(policies.identity ? { identity: level([policies.identity]) } : {}),
    ...(policies.boundary ? { boundary: level([[policies.boundary]]) } : {}),
    ...(policies.session ? { session: level([policies.session]) } : {}),
  }
  const facts: DecisionFacts = {
    principalType: context.principal.type,
    crossAccount: context.principal.account !== context.resourceAccount,
    resourceMustAllow: policies.resourceMustAllow,
    trustPolicy: policies.resource?.kind === 'trust',
  }
  return { ok: true, subject, caller: subject.identity, context, resourceArn, policies, judged, facts }
}
