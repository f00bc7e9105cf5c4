import { faults, type StsFault } from '../../errors/faults.ts'
import type { Session } from '../../sessions/session.ts'

export interface RequestedTags {
  tags: { Key: string; Value: string }[]
  transitiveTagKeys: string[]
}

/**
 * The tag rules STS checks after model validation, with its InvalidParameterValue messages
 * (LocalStack STS snapshots recorded against AWS, localstack/localstack tests/aws/services/sts): keys are case-insensitive.
 */
export function sessionTagFault(requested: RequestedTags, caller: Session | undefined): StsFault | undefined {
  const seen = new Set<string>()
  for (const tag of requested.tags) {
    const key = tag.Key.toLowerCase()
    if (seen.has(key)) return faults.invalidParameterValue('Duplicate tag keys found. Please note that Tag keys are case insensitive.')
    seen.add(key)
  }
  for (const key of requested.transitiveTagKeys) {
    if (!seen.has(key.toLowerCase())) return faults.invalidParameterValue('The specified transitive tag key must be included in the requested tags.')
  }
  const inherited = new Set((caller?.transitiveTagKeys ?? []).map((k) => k.toLowerCase()))
  if (requested.tags.some((tag) => inherited.has(tag.Key.toLowerCase()))) {
    return faults.invalidParameterValue("One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.")
  }
  return undefined
}

/**
 * The new session's tags: the caller session's transitive tags flow in (and stay transitive), then
 * the tags passed now. Role tags are not session tags: they join as principal tags at evaluation.
 */
export function newSessionTags(requested: RequestedTags, caller: Session | undefined): { tags: Record<string, string>; transitiveTagKeys: string[] } {
  // A Map, then own properties: a tag key may be __proto__ or constructor.
  const tags = new Map<string, string>()
  const transitive: string[] = []
  for (const key of caller?.transitiveTagKeys ?? []) {
    const value = caller && Object.hasOwn(caller.tags, key) ? caller.tags[key] : undefined
    if (value !== undefined) {
      tags.set(key, value)
      transitive.push(key)
    }
  }
  for (const tag of requested.tags) tags.set(tag.Key, tag.Value)
  for (const key of requested.transitiveTagKeys) {
    const asPassed = requested.tags.find((tag) => tag.Key.toLowerCase() === key.toLowerCase())?.Key ?? key
    if (!transitive.includes(asPassed)) transitive.push(asPassed)
  }
  return { tags: Object.fromEntries(tags), transitiveTagKeys: transitive }
}
