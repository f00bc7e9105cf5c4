// What the editor offers in a statement's Resource or NotResource: `*`, then the ARN formats of the
// resource types the statement's actions apply to, from the Service Authorization Reference
// ("Resource types defined by Amazon S3": object is arn:${Partition}:s3:::${BucketName}/${ObjectName}).
// Each format becomes a snippet with a tab stop per part to fill in (`arn:aws:s3:::BUCKET_NAME/OBJECT_NAME`).
import type { CatalogueResourceType, IamCatalogue } from '../../engine/policy-language.ts'
import type { Suggestion } from './suggestion.ts'
import { templateSnippet } from './template-snippet.ts'

/** A resource type and the statement's actions that apply to it. */
export interface ResourceShape {
  type: CatalogueResourceType
  actions: string[]
}

/** How many actions a wildcard may expand to before its service's resource types are offered instead. */
const EXPANSION_LIMIT = 500

/**
 * The resource types of the statement's actions, the most used (then the shortest ARN) first. An
 * action pattern with a literal service (`s3:GetObject`, `s3:Get*`) gives the resource types of the
 * actions it matches; one the catalogue does not know, every resource type of its service; `*` or
 * a wildcard service, nothing.
 */
export function resourceShapes(actions: readonly string[], catalogue: IamCatalogue): ResourceShape[] {
  const shapes = new Map<string, ResourceShape>()
  const add = (type: CatalogueResourceType, action: string | undefined) => {
    const id = `${type.service}:${type.name}`
    const shape = shapes.get(id) ?? { type, actions: [] }
    shapes.set(id, shape)
    if (action !== undefined && !shape.actions.includes(action)) shape.actions.push(action)
  }
  for (const pattern of actions) {
    const colon = pattern.indexOf(':')
    const service = pattern.slice(0, colon)
    if (colon <= 0 || /[*?]/.test(service)) continue
    const matched = catalogue.expand(pattern)
    if (matched.length === 0 || matched.length > EXPANSION_LIMIT) {
      for (const type of catalogue.serviceResourceTypes(service)) add(type, undefined)
      continue
    }
    for (const { action } of matched) for (const type of catalogue.resourceTypesOf(action)) add(type, action)
  }
  return [...shapes.values()].sort((a, b) => b.actions.length - a.actions.length || a.type.arn.length - b.type.arn.length)
}

/** `${BucketName}` → `BUCKET_NAME`; the partition is written `aws`. */
export function arnLabel(arn: string): string {
  return arn.replace(/\$\{([^}]*)\}/g, (_, name: string) => (name === 'Partition' ? 'aws' : name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()))
}

/** `arn:${Partition}:s3:::${BucketName}` → the snippet `arn:aws:s3:::${1:BucketName}`. */
export const arnSnippet = (arn: string) => templateSnippet(arn, { Partition: 'aws' })

const listed = (actions: readonly string[]) => (actions.length <= 2 ? actions.join(', ') : `${actions.slice(0, 2).join(', ')} +${actions.length - 2}`)

/** The Resource suggestions for a statement whose Action lists `actions`. */
export function resourceSuggestions(actions: readonly string[], catalogue: IamCatalogue): Suggestion[] {
  const seen = new Set<string>()
  const out: Suggestion[] = [{ label: '*', detail: 'every resource', rank: 0, kind: 'value' }]
  for (const { type, actions: users } of resourceShapes(actions, catalogue)) {
    const label = arnLabel(type.arn)
    if (seen.has(label)) continue
    seen.add(label)
    const service = catalogue.serviceName(type.service) ?? type.service
    out.push({
      label,
      detail: users.length > 0 ? `${type.name} — ${listed(users)}` : `${type.name} (${type.service})`,
      documentation:
        `**${type.name}**, a resource type of ${service}` +
        (users.length > 0 ? `, for ${users.join(', ')}` : '') +
        `.\n\nARN format: \`${type.arn}\` (partition aws, aws-cn or aws-us-gov).`,
      snippet: arnSnippet(type.arn),
      rank: out.length,
      kind: 'arn',
    })
  }
  return out
}
