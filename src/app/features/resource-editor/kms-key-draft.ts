import type { World, WorldProblem } from '../../engine/types.ts'
import { documentText, parseDocumentText } from './policy-text.ts'
import { DEFAULT_REGION, defaultAccount, type KmsKey } from './resource-model.ts'

/** A KMS key as its card's form holds it, until Apply: the key policy as text. */
export interface KmsKeyDraft {
  id: string
  account: string
  region: string
  policy: string
}

export function kmsKeyDraftOf(key: KmsKey): KmsKeyDraft {
  return { id: key.id, account: key.account, region: key.region, policy: documentText(key.policy) }
}

export interface KmsKeyEdit {
  key: KmsKey
  problems: WorldProblem[]
}

/** The key the draft describes (the original policy while the text is not JSON). `path` is e.g. `resources.kmsKeys[0]`. */
export function kmsKeyFrom(original: KmsKey, draft: KmsKeyDraft, path: string): KmsKeyEdit {
  const policy = parseDocumentText(draft.policy, `${path}.policy`, true)
  return {
    key: { ...original, id: draft.id, account: draft.account, region: draft.region, policy: policy.ok ? policy.value : original.policy },
    problems: policy.ok ? [] : [policy.problem],
  }
}

/**
 * The key policy KMS gives a key created without one (AWS KMS Developer Guide, "Default key
 * policy"): the account may use IAM policies to allow access to the key.
 */
export function defaultKeyPolicy(world: World, account: string): object {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:${world.partition}:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }],
  }
}

/** A new KMS key: a fresh UUID, in the default account and region, with the default key policy. */
export function newKmsKey(world: World, id: string = crypto.randomUUID()): KmsKey {
  const account = defaultAccount(world)
  return { id, account, region: DEFAULT_REGION, policy: defaultKeyPolicy(world, account) }
}
