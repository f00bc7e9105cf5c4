/**
 * The catalogue's resource types and condition keys, after the Service Authorization Reference
 * ("Actions, resources, and condition keys for AWS services"): each service defines resource types
 * (a name and an ARN format such as `arn:${Partition}:s3:::${BucketName}/${ObjectName}`) and
 * condition keys (a key, its type and what it filters on); each action lists the resource types and
 * condition keys that apply to it. The generated data holds them as tables per service with the
 * actions pointing into them by index; this module turns a service's tables into objects once,
 * on first use, and finds the key a written condition key matches (`s3:ExistingObjectTag/team`
 * matches `s3:ExistingObjectTag/${TagKey}`).
 */

export interface CatalogueResourceType {
  /** The service prefix that defines it, e.g. `s3`. */
  readonly service: string
  /** The resource type's name, e.g. `object`. */
  readonly name: string
  /** The ARN format, e.g. `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  readonly arn: string
}

export interface CatalogueConditionKey {
  /** The key as AWS writes it, e.g. `s3:prefix`, `s3:ExistingObjectTag/${TagKey}`. */
  readonly key: string
  /** `String`, `ArrayOfString`, `ARN`, `ArrayOfARN`, `Bool`, `ArrayOfBool`, `Numeric`, `Date` or `IPAddress`. */
  readonly type: string
  readonly description: string
}

/** One service's tables as the generated data holds them. */
export interface ServiceTables {
  readonly resources?: readonly (readonly [name: string, arn: string])[]
  readonly keys?: readonly (readonly [key: string, type: string, description: string])[]
}

/** A service's tables as objects, built on first use. */
export interface ServiceDetails {
  readonly resources: readonly CatalogueResourceType[]
  readonly keys: readonly CatalogueConditionKey[]
}

export function serviceDetails(prefix: string, tables: ServiceTables): ServiceDetails {
  return {
    resources: (tables.resources ?? []).map(([name, arn]) => Object.freeze({ service: prefix, name, arn })),
    keys: (tables.keys ?? []).map(([key, type, description]) => Object.freeze({ key, type, description })),
  }
}

/** The entries of `table` at `indices`, skipping any index out of range. */
export function pick<T>(table: readonly T[], indices: readonly number[] | undefined): T[] {
  const out: T[] = []
  for (const i of indices ?? []) {
    const entry = table[i]
    if (entry !== undefined) out.push(entry)
  }
  return out
}

/**
 * Finds condition keys by what is written in a policy, ignoring case as IAM does for key names:
 * an exact key, or a key with `${…}` parts (tag keys, identity provider domains), each standing
 * for one or more characters.
 */
export function conditionKeyFinder(all: () => Iterable<CatalogueConditionKey>): (written: string) => CatalogueConditionKey | undefined {
  let exact: Map<string, CatalogueConditionKey> | undefined
  let templates: { pattern: RegExp; key: CatalogueConditionKey }[] | undefined
  return (written) => {
    if (!exact || !templates) {
      exact = new Map()
      templates = []
      for (const key of all()) {
        const lower = key.key.toLowerCase()
        if (exact.has(lower)) continue
        exact.set(lower, key)
        if (key.key.includes('${')) templates.push({ pattern: templatePattern(key.key), key })
      }
    }
    const lower = written.toLowerCase()
    return exact.get(lower) ?? templates.find((template) => template.pattern.test(lower))?.key
  }
}

/** `s3:ExistingObjectTag/${TagKey}` → /^s3:existingobjecttag\/.+$/ (lower case, `${…}` any run). */
function templatePattern(key: string): RegExp {
  const source = key
    .toLowerCase()
    .split(/\$\{[^}]*\}/)
    .map((literal) => literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.+')
  return new RegExp(`^${source}$`)
}
