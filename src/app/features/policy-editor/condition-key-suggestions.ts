// What the editor offers as a condition key (`"StringEquals": {"…`): first the keys the Service
// Authorization Reference lists for the statement's actions (sts:AssumeRole: sts:ExternalId,
// sts:RoleSessionName, …), then the other keys of their services, then the global condition keys
// (IAM User Guide, "AWS global condition context keys"). A key with a `${TagKey}`-style part
// becomes a snippet with a tab stop there.
import type { CatalogueConditionKey, IamCatalogue } from '../../engine/policy-language.ts'
import { GLOBAL_CONDITION_KEYS } from './iam-words.ts'
import type { Suggestion } from './suggestion.ts'
import { templateSnippet } from './template-snippet.ts'

/** How many actions a wildcard may expand to and still count as "the statement's actions". */
const EXPANSION_LIMIT = 500

/** The statement's actions the catalogue knows (wildcards expanded), and the services they name. */
function knownActions(actions: readonly string[], catalogue: IamCatalogue): { actions: string[]; services: string[] } {
  const known = new Set<string>()
  const services = new Set<string>()
  for (const pattern of actions) {
    const colon = pattern.indexOf(':')
    const service = pattern.slice(0, colon)
    if (colon <= 0 || /[*?]/.test(service) || catalogue.serviceName(service) === undefined) continue
    services.add(service.toLowerCase())
    const matched = catalogue.expand(pattern)
    if (matched.length <= EXPANSION_LIMIT) for (const { action } of matched) known.add(action)
  }
  return { actions: [...known], services: [...services] }
}

/** `s3:ExistingObjectTag/${TagKey}` → `s3:ExistingObjectTag/${1:TagKey}`; a plain key is no snippet. */
export const keySnippet = (key: string) => (key.includes('${') ? templateSnippet(key) : undefined)

/** The condition keys to offer for a statement whose Action lists `actions`, most specific first. */
export function conditionKeySuggestions(actions: readonly string[], catalogue: IamCatalogue): Suggestion[] {
  const out: Suggestion[] = []
  const seen = new Set<string>()
  const offer = (key: string, type: string, documentation: string, detail = type) => {
    const lower = key.toLowerCase()
    if (seen.has(lower)) return
    seen.add(lower)
    const snippet = keySnippet(key)
    out.push({ label: key, detail, documentation, rank: out.length, kind: 'key', ...(snippet ? { snippet } : {}) })
  }
  const describe = (key: CatalogueConditionKey, where: string) => `**${key.key}** (${key.type}): ${key.description}\n\n${where}`

  const known = knownActions(actions, catalogue)
  const usedBy = new Map<string, { key: CatalogueConditionKey; actions: string[] }>()
  for (const action of known.actions)
    for (const key of catalogue.conditionKeysOf(action)) {
      const entry = usedBy.get(key.key) ?? { key, actions: [] }
      usedBy.set(key.key, entry)
      entry.actions.push(action)
    }
  // Keys of the actions' own services before the identity providers' (saml:, accounts.google.com:)
  // and the global ones they also list; each group alphabetical.
  const ownService = (key: string) => known.services.includes(key.slice(0, key.indexOf(':')).toLowerCase())
  const specific = [...usedBy.values()].sort((a, b) => Number(ownService(b.key.key)) - Number(ownService(a.key.key)) || (a.key.key.toLowerCase() < b.key.key.toLowerCase() ? -1 : 1))
  for (const { key, actions: users } of specific) {
    const names = users.length <= 2 ? users.join(', ') : `${users.slice(0, 2).join(', ')} +${users.length - 2}`
    offer(key.key, key.type, describe(key, `Listed for ${users.slice(0, 12).join(', ')}${users.length > 12 ? ', …' : ''}.`), `${key.type} — ${names}`)
  }
  for (const service of known.services)
    for (const key of catalogue.serviceConditionKeys(service)) {
      if (key.key.toLowerCase().startsWith('aws:')) continue
      offer(key.key, key.type, describe(key, `A condition key of ${catalogue.serviceName(service) ?? service}.`), `${key.type} — ${service}`)
    }
  for (const [key, [type, description]] of Object.entries(GLOBAL_CONDITION_KEYS)) offer(key, type, `**${key}** (${type}): ${description}\n\nA global condition key.`)
  return out
}
