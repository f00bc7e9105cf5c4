import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { renderModelModule, type ServiceSpec } from './compact-sts-model.ts'

const spec = JSON.parse(readFileSync(fileURLToPath(new URL('../spec/sts-service-2.json', import.meta.url)), 'utf8')) as ServiceSpec
const target = fileURLToPath(new URL('../src/engine/model/sts-model.generated.ts', import.meta.url))
writeFileSync(target, renderModelModule(spec))
console.log(`wrote ${target}`)
