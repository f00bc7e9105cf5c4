import type { World } from '../world-schema.ts'

/** One policy document of the world: where it is in the file, what it is in words, and the document. */
export interface WorldPolicyDocument {
  /** For example `roles[3].trustPolicy` or `resources.s3Buckets[0].policy`. */
  path: string
  /** For example "trust policy of role Dev" or "bucket policy of reports". */
  label: string
  document: unknown
  /** Puts a new document in its place (for edits of a copy of the world). */
  replace: (document: unknown) => void
}

/**
 * Every policy document a world holds: trust, inline and boundary policies of roles and users,
 * each version of each customer managed policy, SCPs and RCPs, and the resource policies of
 * buckets, KMS keys and queues.
 */
export function policyDocumentsOf(world: World): WorldPolicyDocument[] {
  const out: WorldPolicyDocument[] = []
  const entities = [
    ['users', 'user', world.users],
    ['roles', 'role', world.roles],
  ] as const
  for (const [section, what, list] of entities) {
    list.forEach((entity, i) => {
      if ('trustPolicy' in entity) out.push({ path: `${section}[${i}].trustPolicy`, label: `trust policy of ${what} ${entity.name}`, document: entity.trustPolicy, replace: (d) => (entity.trustPolicy = d) })
      entity.policies.forEach((policy, k) =>
        out.push({ path: `${section}[${i}].policies[${k}].document`, label: `inline policy ${policy.name} of ${what} ${entity.name}`, document: policy.document, replace: (d) => (policy.document = d) }),
      )
      const boundary = entity.permissionsBoundary
      if (boundary) out.push({ path: `${section}[${i}].permissionsBoundary.document`, label: `permissions boundary of ${what} ${entity.name}`, document: boundary.document, replace: (d) => (boundary.document = d) })
    })
  }
  ;(world.managedPolicies ?? []).forEach((policy, i) =>
    policy.versions.forEach((version, k) =>
      out.push({ path: `managedPolicies[${i}].versions[${k}].document`, label: `managed policy ${policy.name} (${version.versionId})`, document: version.document, replace: (d) => (version.document = d) }),
    ),
  )
  const org = world.organization
  if (org) {
    for (const [section, what] of [['scps', 'SCP'], ['rcps', 'RCP']] as const) {
      org[section].forEach((policy, i) => out.push({ path: `organization.${section}[${i}].document`, label: `${what} ${policy.name}`, document: policy.document, replace: (d) => (policy.document = d) }))
    }
  }
  const resources = world.resources
  ;(resources?.s3Buckets ?? []).forEach((bucket, i) => {
    if (bucket.policy !== undefined) out.push({ path: `resources.s3Buckets[${i}].policy`, label: `bucket policy of ${bucket.name}`, document: bucket.policy, replace: (d) => (bucket.policy = d) })
  })
  ;(resources?.kmsKeys ?? []).forEach((key, i) => out.push({ path: `resources.kmsKeys[${i}].policy`, label: `key policy of ${key.id}`, document: key.policy, replace: (d) => (key.policy = d) }))
  ;(resources?.sqsQueues ?? []).forEach((queue, i) => {
    if (queue.policy !== undefined) out.push({ path: `resources.sqsQueues[${i}].policy`, label: `queue policy of ${queue.name}`, document: queue.policy, replace: (d) => (queue.policy = d) })
  })
  return out
}
