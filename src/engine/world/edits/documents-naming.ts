import type { World } from '../world-schema.ts'
import { policyDocumentsOf } from './policy-documents.ts'

function someString(value: unknown, test: (text: string) => boolean): boolean {
  if (typeof value === 'string') return test(value)
  if (Array.isArray(value)) return value.some((item) => someString(item, test))
  if (typeof value === 'object' && value !== null) return Object.values(value).some((item) => someString(item, test))
  return false
}

/**
 * The labels of the world's policy documents that name `arn` (the ARN itself, or it followed by
 * `/…`), or a string starting with one of `prefixes` (a role's session ARNs).
 */
export function documentsNaming(world: World, arn: string, prefixes: readonly string[] = []): string[] {
  const test = (text: string) => text === arn || text.startsWith(`${arn}/`) || prefixes.some((prefix) => text.startsWith(prefix))
  return policyDocumentsOf(world)
    .filter((doc) => someString(doc.document, test))
    .map((doc) => doc.label)
}
