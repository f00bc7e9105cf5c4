import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compactStsModel, renderModelModule, type ServiceSpec } from './compact-sts-model.ts'

const specPath = new URL('../spec/sts-service-2.json', import.meta.url)
const generatedPath = new URL('../src/engine/model/sts-model.generated.ts', import.meta.url)
const spec = JSON.parse(readFileSync(specPath, 'utf8')) as ServiceSpec

describe('the generated STS model', () => {
  it('is up to date with spec/sts-service-2.json (run `npm run generate:model`)', () => {
    expect(readFileSync(generatedPath, 'utf8')).toBe(renderModelModule(spec))
  })

  it('keeps every operation and AWS constraints exactly', () => {
    const model = compactStsModel(spec)
    expect(model.operations.map((op) => op.name)).toEqual(Object.keys(spec.operations))
    expect(model.operations.filter((op) => op.auth === 'none').map((op) => op.name)).toEqual(['AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity'])
    expect(model.shapes.roleSessionNameType).toEqual({ type: 'string', min: 2, max: 64, pattern: '[\\w+=,.@-]*' })
    expect(model.shapes.roleDurationSecondsType).toEqual({ type: 'integer', min: 900, max: 43200 })
  })
})

describe('the vendored spec', () => {
  it('is the AWS model of STS, API 2011-06-15', () => {
    expect(spec.metadata).toMatchObject({ apiVersion: '2011-06-15', xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/' })
  })
})
