import type { World, WorldManagedPolicy, WorldProblem } from '../../engine/types.ts'
import { documentText, readDocument } from './draft-text.ts'
import { unusedName } from './new-ids.ts'

/** A customer managed policy as the form holds it: every version's document as text. */
export interface ManagedPolicyDraft {
  name: string
  path: string
  description: string
  defaultVersionId: string
  versions: { versionId: string; document: string }[]
}

export function managedPolicyDraft(policy: WorldManagedPolicy): ManagedPolicyDraft {
  return {
    name: policy.name,
    path: policy.path,
    description: policy.description ?? '',
    defaultVersionId: policy.defaultVersionId,
    versions: policy.versions.map((version) => ({ versionId: version.versionId, document: documentText(version.document) })),
  }
}

export function managedPolicyFromDraft(policy: WorldManagedPolicy, draft: ManagedPolicyDraft, index: number): { policy: WorldManagedPolicy; problems: WorldProblem[] } {
  const problems: WorldProblem[] = []
  const edited: WorldManagedPolicy = {
    ...policy,
    name: draft.name.trim(),
    path: draft.path.trim(),
    defaultVersionId: draft.defaultVersionId,
    versions: draft.versions.map((version, v) => ({ versionId: version.versionId, document: readDocument(version.document, `managedPolicies[${index}].versions[${v}].document`, problems) })),
  }
  if (draft.description.trim() === '') delete edited.description
  else edited.description = draft.description
  return { policy: edited, problems }
}

/**
 * The draft with a new version, a copy of the default one (as the IAM console starts an edit), named
 * one past the highest: IAM numbers versions v1, v2… and never reuses a number. It becomes the default,
 * as `CreatePolicyVersion --set-as-default` does.
 */
export function withNewVersion(draft: ManagedPolicyDraft): ManagedPolicyDraft {
  const highest = draft.versions.reduce((max, version) => Math.max(max, Number(version.versionId.slice(1)) || 0), 0)
  const versionId = `v${highest + 1}`
  const source = draft.versions.find((version) => version.versionId === draft.defaultVersionId) ?? draft.versions[0]
  return { ...draft, defaultVersionId: versionId, versions: [...draft.versions, { versionId, document: source?.document ?? '{}' }] }
}

/** A new customer managed policy in `account`, with one small statement to edit (IAM refuses a policy without any). */
export function newManagedPolicy(world: World, account: string): WorldManagedPolicy {
  const taken = new Set((world.managedPolicies ?? []).filter((policy) => policy.account === account).map((policy) => policy.name))
  return {
    account,
    name: unusedName('NewPolicy', taken),
    path: '/',
    defaultVersionId: 'v1',
    versions: [{ versionId: 'v1', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] } }],
  }
}
