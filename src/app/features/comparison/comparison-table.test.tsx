import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureTable } from './comparison-fixture.test-data.ts'
import { ComparisonTableView } from './comparison-table.tsx'
import { tableFootnotes } from './footnotes.ts'

function render(without: string[] = []) {
  const rows = fixtureTable.rows.filter((row) => !without.includes(row.operation))
  const operations = ['AssumeRole', 'GetFederationToken', 'AssumeRoot']
  return renderToStaticMarkup(
    <ComparisonTableView table={fixtureTable} rows={rows} operations={operations} testId="comparison-table" caption="Comparing your API options" notes={tableFootnotes(rows, 'classic')} opened={{ operation: 'GetFederationToken', column: 'lifetime' }} onOpen={() => undefined} />,
  )
}

describe('the comparison table', () => {
  it('gives each row, cell and lifetime line its test hooks, seconds included', () => {
    const html = render()
    expect(html).toContain('data-testid="comparison-table"')
    expect(html).toContain('<tr data-operation="GetFederationToken"')
    for (const column of ['who', 'lifetime', 'mfa', 'session-policy', 'restrictions']) expect(html).toContain(`data-column="${column}"`)
    expect(html).toContain('data-line="iam-user" data-min="900" data-max="129600" data-default="43200"')
    expect(html).toContain('data-line="root" data-min="900" data-max="3600" data-default="3600" aria-describedby="classic-note-2"')
  })

  it('marks the open cell’s evidence button expanded, and names every button by its cell', () => {
    const html = render()
    expect(html).toMatch(/aria-expanded="true" aria-controls="comparison-evidence" aria-label="Evidence for GetFederationToken, Credential lifetime \(min \| max \| default\): 3 experiments"/)
    expect(html).toMatch(/aria-expanded="false" aria-controls="comparison-evidence" aria-label="Evidence for AssumeRole, Who can call: 2 experiments"/)
  })

  it('says why an unavailable operation has no answers, and that a missing one was not computed, in its place', () => {
    const html = render(['AssumeRole'])
    expect(html).toContain('data-column="unavailable"')
    expect(html).toContain('data-fault="AccessDenied"')
    expect(html).toContain('Decided by: DurationSeconds is in range.')
    expect(html).toMatch(/<tbody><tr data-operation="AssumeRole"[^>]*><th[^>]*>.*?<\/th><td colSpan="5" data-column="missing"/)
  })
})
