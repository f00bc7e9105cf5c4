import { describe, expect, it } from 'vitest'
import { experiments, fixtureTable } from './comparison-fixture.test-data.ts'
import { cellEvidenceIds, cellExperiments } from './cell-evidence.ts'

const gft = fixtureTable.rows.find((row) => row.operation === 'GetFederationToken')!

describe(cellEvidenceIds, () => {
  it('lists the experiments of every fact of the cell once, in the facts’ order', () => {
    expect(cellEvidenceIds(gft, 'lifetime')).toEqual([experiments.gftMax.id, experiments.gftOver.id, experiments.gftRoot.id])
    expect(cellEvidenceIds(gft, 'who')).toEqual([experiments.gftMax.id, experiments.gftRoot.id, experiments.chained.id])
    expect(cellEvidenceIds(gft, 'mfa')).toEqual([experiments.gftMax.id])
  })
})

describe(cellExperiments, () => {
  it('finds the experiments by id and skips an id the table does not hold', () => {
    const row = { ...gft, mfa: { supported: false, evidence: ['missing', experiments.gftMax.id] } }
    expect(cellExperiments(fixtureTable, row, 'mfa').map((experiment) => experiment.id)).toEqual([experiments.gftMax.id])
  })
})
