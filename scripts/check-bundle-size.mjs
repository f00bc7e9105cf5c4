#!/usr/bin/env node
// Bundle budget: the JavaScript a first visit downloads before the app can start must stay under
// 130 KB gzipped. "Initial JavaScript" is what dist/index.html loads up front: its module entry
// script(s) plus every <link rel="modulepreload"> chunk (Vite lists the entry's static imports
// there). Lazy chunks loaded by dynamic import() are not counted.
//
// Usage: node scripts/check-bundle-size.mjs [distDir]   (default: dist). Exit 1 when over budget
// or when index.html refers to a script that is not in distDir.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_BYTES = 130 * 1024 // 133120

const distDir = path.resolve(process.argv[2] ?? 'dist')
const htmlPath = path.join(distDir, 'index.html')
if (!existsSync(htmlPath)) {
  console.error(`check-bundle-size: ${htmlPath} does not exist. Run \`npm run build\` first.`)
  process.exit(1)
}
const html = readFileSync(htmlPath, 'utf8')

/** Attributes of one start tag, names lower-cased; a bare attribute maps to ''. */
function attributes(tag) {
  const attrs = new Map()
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
  const body = tag.replace(/^<\s*[a-z]+/i, '').replace(/\/?>$/, '')
  for (const m of body.matchAll(pattern)) attrs.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '')
  return attrs
}

const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '')
/** @type {{ label: string, bytes: Buffer }[]} */
const entries = []
const missing = []
const seen = new Set()

/** Maps a URL from index.html to a file in distDir; tolerates a Vite `base` prefix such as /app/. */
function fileFor(url) {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return { external: true }
  const clean = decodeURIComponent(url.split(/[?#]/)[0])
  const segments = clean.split('/').filter((s) => s !== '' && s !== '.')
  for (let skip = 0; skip < segments.length; skip++) {
    const candidate = path.join(distDir, ...segments.slice(skip))
    if (candidate.startsWith(distDir + path.sep) && existsSync(candidate)) return { file: candidate }
  }
  return {}
}

function add(url, kind) {
  const { file, external } = fileFor(url)
  if (external) {
    missing.push(`${kind} ${url} is not served from dist (external URL): cannot measure it`)
    return
  }
  if (!file) {
    missing.push(`${kind} ${url} not found under ${distDir}`)
    return
  }
  if (seen.has(file)) return
  seen.add(file)
  entries.push({ label: `${path.relative(distDir, file)}  (${kind})`, bytes: readFileSync(file) })
}

let inline = 0
for (const m of withoutComments.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
  const tag = m[0].slice(0, m[0].indexOf('>') + 1)
  const attrs = attributes(tag)
  if ((attrs.get('type') ?? '').toLowerCase() !== 'module') continue
  if (attrs.has('src')) add(attrs.get('src'), 'entry')
  else if (m[1].trim() !== '') entries.push({ label: `inline <script type=module> #${++inline}`, bytes: Buffer.from(m[1]) })
}
for (const m of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
  const attrs = attributes(m[0])
  const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/)
  if (rel.includes('modulepreload') && attrs.has('href')) add(attrs.get('href'), 'modulepreload')
}

if (entries.length === 0 && missing.length === 0) {
  console.error(`check-bundle-size: ${htmlPath} loads no <script type="module">: nothing to measure. Is this a Vite build?`)
  process.exit(1)
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const rows = entries.map(({ label, bytes }) => ({ label, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }))
const width = Math.max(30, ...rows.map((r) => r.label.length))
console.log(`Initial JavaScript of ${path.relative(process.cwd(), htmlPath) || htmlPath} (gzip level 9):`)
console.log(`  ${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`)
for (const r of rows) console.log(`  ${r.label.padEnd(width)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}`)
const totalRaw = rows.reduce((sum, r) => sum + r.raw, 0)
const totalGzip = rows.reduce((sum, r) => sum + r.gzip, 0)
console.log(`  ${'total'.padEnd(width)}  ${kb(totalRaw).padStart(10)}  ${kb(totalGzip).padStart(10)}`)

for (const problem of missing) console.error(`check-bundle-size: ${problem}`)
const verdict = `${totalGzip} bytes gzipped (${kb(totalGzip)}) against a budget of ${BUDGET_BYTES} bytes (${kb(BUDGET_BYTES)})`
if (missing.length > 0) {
  console.error(`FAIL: index.html refers to scripts that cannot be measured; measured ${verdict}.`)
  process.exit(1)
}
if (totalGzip > BUDGET_BYTES) {
  console.error(`FAIL: initial JavaScript is ${verdict}, ${totalGzip - BUDGET_BYTES} bytes over.`)
  process.exit(1)
}
console.log(`OK: initial JavaScript is ${verdict}, ${BUDGET_BYTES - totalGzip} bytes to spare.`)
