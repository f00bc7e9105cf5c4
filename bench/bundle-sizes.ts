// What each view of the built app downloads, gzipped, read from the build's manifest (dist/.vite/manifest.json):
// the initial JavaScript index.html loads (entry + its static imports, which Vite modulepreloads), then
// what the playground, each view, the engine's Web Worker and Monaco add when they are first needed.
// Sizes only, no timing: `npm run build` first (the bench says so when there is no build).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

type Manifest = Record<string, ManifestChunk>

export interface BundleRow {
  name: string
  /** Gzipped bytes this step adds to what was already loaded. */
  addedGzip: number
  /** Gzipped bytes loaded so far along this path (initial → playground → view). */
  totalGzip: number
}

const gzipped = new Map<string, number>()
function gzipSize(dist: string, file: string): number {
  let size = gzipped.get(file)
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(dist, file))).length
    gzipped.set(file, size)
  }
  return size
}

/** A chunk's JavaScript files and those of its static imports, transitively. */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key]
  if (chunk === undefined || into.has(chunk.file)) return into
  if (chunk.file.endsWith('.js')) into.add(chunk.file)
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into)
  return into
}

function keyOf(manifest: Manifest, sourceEnd: string): string | undefined {
  return Object.keys(manifest).find((key) => key.endsWith(sourceEnd))
}

export function bundleSizes(dist = 'dist'): BundleRow[] | string {
  const manifestPath = path.join(dist, '.vite', 'manifest.json')
  if (!existsSync(manifestPath)) return `no build with a manifest in ${dist}: run \`npm run build\` first`
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry === true)
  if (entry === undefined) return 'the manifest names no entry'
  const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipSize(dist, file), 0)

  const rows: BundleRow[] = []
  const initial = staticClosure(manifest, entry)
  rows.push({ name: 'initial JavaScript (index.html: entry + modulepreloads)', addedGzip: sum(initial), totalGzip: sum(initial) })
  const loaded = new Set(initial)
  const step = (name: string, source: string, base: Set<string>) => {
    const key = keyOf(manifest, source)
    if (key === undefined) return base
    const files = staticClosure(manifest, key, new Set(base))
    const added = [...files].filter((file) => !base.has(file))
    rows.push({ name, addedGzip: sum(added), totalGzip: sum(files) })
    return files
  }
  const playground = step('+ the playground (state, toolbar, views registry)', 'src/app/shell/playground.tsx', loaded)
  step('+ the Workbench view (first screen at #/)', 'src/app/views/workbench/workbench-view.tsx', playground)
  step('+ the Federation view (#/federation)', 'src/app/views/federation/federation-view.tsx', playground)
  // The worker is emitted as an asset of its own (not a manifest chunk): find it by name.
  const worker = readdirSync(path.join(dist, 'assets')).find((file) => /^engine\.worker-.*\.js$/.test(file))
  if (worker !== undefined) {
    const size = gzipSize(dist, `assets/${worker}`)
    rows.push({ name: 'the engine Web Worker (its own thread, started with the playground)', addedGzip: size, totalGzip: size })
  }
  step('Monaco policy editor (on focus or Insert example)', 'src/app/features/policy-editor/monaco-policy-editor.tsx', playground)
  return rows
}

export function formatBundleTable(rows: readonly BundleRow[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  const width = Math.max(...rows.map((row) => row.name.length))
  return [`${'what loads'.padEnd(width)}   added (gzip)   loaded so far`, ...rows.map((row) => `${row.name.padEnd(width)}   ${kb(row.addedGzip).padStart(12)}   ${kb(row.totalGzip).padStart(13)}`)].join('\n')
}
