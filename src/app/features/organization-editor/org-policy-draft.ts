import { parsePolicyText } from '../../engine/world-model.ts'
import type { WorldProblem } from '../../engine/types.ts'
import type { OrgPolicy, OrgPolicyKind, Organization } from './organization-model.ts'
import { listOf } from './organization-model.ts'

/** An SCP or RCP as its card's form holds it, until Apply: the document as text. */
export interface OrgPolicyDraft {
  name: string
  document: string
  /** 'root' and account ids, in the order they were ticked. */
  targets: string[]
}

export function orgPolicyDraftOf(policy: OrgPolicy): OrgPolicyDraft {
  return { name: policy.name, document: JSON.stringify(policy.document, null, 2), targets: [...policy.targets] }
}

/** What the draft makes: the policy (with the original document while the text is not a policy) and the text's problems. */
export interface OrgPolicyEdit {
  policy: OrgPolicy
  problems: WorldProblem[]
}

/**
 * The policy the draft describes, starting from the original object so fields this editor does not
 * know survive. parseWorld keeps policy documents as any JSON and the engine silently skips an
 * SCP it cannot parse, so the editor refuses one here: the policy parser's problems, at
 * `organization.scps[0].document…` (`path` is `organization.scps[0]`).
 */
export function orgPolicyFrom(original: OrgPolicy, draft: OrgPolicyDraft, kind: OrgPolicyKind, path: string): OrgPolicyEdit {
  const parsed = parsePolicyText(draft.document, kind, draft.name)
  const problems = parsed.ok ? [] : parsed.problems.map((p) => ({ path: p.path === '(document)' ? `${path}.document` : `${path}.document.${p.path}`, message: p.message }))
  const document: unknown = problems.length === 0 ? JSON.parse(draft.document) : original.document
  const targets = draft.targets as OrgPolicy['targets']
  return { policy: { ...original, name: draft.name, document, targets: [...targets] }, problems }
}

/** Ticks or unticks a target, keeping the others in their order. */
export function toggleTarget(targets: readonly string[], target: string, on: boolean): string[] {
  const without = targets.filter((t) => t !== target)
  return on ? [...without, target] : without
}

/** The targets a card offers: the root, the organization's accounts, and any target already there (an account since left). */
export function targetChoices(organization: Organization, targets: readonly string[]): string[] {
  return [...new Set(['root', ...organization.accounts, ...targets])]
}

const STARTER: Record<OrgPolicyKind, { name: string; document: object }> = {
  scp: {
    name: 'NewScp',
    document: { Version: '2012-10-17', Statement: [{ Sid: 'DenyLeavingTheOrganization', Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }] },
  },
  rcp: {
    name: 'NewRcp',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'EnforceTls', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } },
      ],
    },
  },
}

/** A new SCP (RCP): a valid one-statement Deny under a name not taken, attached nowhere yet. */
export function newOrgPolicy(organization: Organization, kind: OrgPolicyKind): OrgPolicy {
  const starter = STARTER[kind]
  const taken = new Set(organization[listOf(kind)].map((p) => p.name))
  let n = 1
  while (taken.has(n === 1 ? starter.name : `${starter.name}${n}`)) n++
  return { name: n === 1 ? starter.name : `${starter.name}${n}`, document: structuredClone(starter.document), targets: [] }
}
