import { parsePolicy } from '../policy/parse-policy.ts'
import type { Policy, PolicyKind } from '../policy/policy-types.ts'

const cache = new WeakMap<object, Map<PolicyKind, Policy | undefined>>()

/**
 * A world policy document, parsed once per document object and kind. A document that does not
 * parse (possible in an imported world) is left out, so it grants nothing; the world editor
 * reports it with its path.
 */
export function worldPolicy(document: unknown, kind: PolicyKind, name: string): Policy | undefined {
  if (typeof document !== 'object' || document === null) return undefined
  let byKind = cache.get(document)
  if (!byKind) {
    byKind = new Map()
    cache.set(document, byKind)
  }
  if (!byKind.has(kind)) {
    const parsed = parsePolicy(document, kind, name)
    byKind.set(kind, parsed.ok ? parsed.policy : undefined)
  }
  return byKind.get(kind)
}

export function worldPolicies(named: readonly { name: string; document: unknown }[], kind: PolicyKind): Policy[] {
  return named.map((p) => worldPolicy(p.document, kind, p.name)).filter((p): p is Policy => p !== undefined)
}
