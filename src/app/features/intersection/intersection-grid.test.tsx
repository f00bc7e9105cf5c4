import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { GridCell, GridRow } from '../../engine/types.ts'
import { IntersectionGrid } from './intersection-grid.tsx'
import { GRID_COLUMNS } from './verdict-words.ts'

const verdicts: Record<string, GridCell['verdict']> = { 'explicit-deny': 'not-applicable', rcp: 'not-applicable', scp: 'not-applicable', resource: 'allow', identity: 'allow', boundary: 'implicit-deny', session: 'allow', final: 'allow' }

const row: GridRow = {
  action: 's3:GetObject',
  accessLevel: 'Read',
  resource: 'arn:aws:s3:::shared/report.csv',
  cells: GRID_COLUMNS.map((layer): GridCell =>
    layer === 'resource'
      ? { layer, verdict: 'allow', statement: { policy: 'bucket policy', index: 0, sid: 'ShareWithSession' }, note: 'names the role session: the boundary and session policy do not limit it' }
      : { layer, verdict: verdicts[layer] ?? 'not-applicable' },
  ),
}

function render(hypothetical: boolean) {
  return renderToStaticMarkup(<IntersectionGrid rows={[row]} resourceSet hypothetical={hypothetical} open={{ action: 's3:GetObject', resource: row.resource, layer: 'boundary' }} onOpen={() => undefined} />)
}

describe('the layer grid', () => {
  it('writes the contract: the row’s action and resource, every cell’s layer and verdict, the hypothetical mark', () => {
    const html = render(true)
    expect(html).toContain('data-testid="intersection-grid" data-hypothetical="true"')
    expect(html).toContain('<tr data-action="s3:GetObject" data-resource="arn:aws:s3:::shared/report.csv"')
    expect(html).toContain('data-layer="boundary" data-verdict="implicit-deny"')
    expect(html).toContain('data-layer="final" data-verdict="allow"')
    expect(render(false)).toContain('data-hypothetical="false"')
  })

  it('says each verdict in words with the deciding statement and the engine’s note, and marks the open cell', () => {
    const html = render(false)
    expect(html).toContain('Allowed by ShareWithSession')
    expect(html).toContain('names the role session: the boundary and session policy do not limit it')
    expect(html).toContain('No matching allow')
    expect(html).toMatch(/aria-label="s3:GetObject, Permissions boundary: No matching allow. Open the trace" aria-pressed="true"/)
  })

  it('across accounts, heads each column with the account whose policies it reads', () => {
    const html = renderToStaticMarkup(<IntersectionGrid rows={[row]} resourceSet hypothetical={false} open={undefined} onOpen={() => undefined} accounts={{ caller: '222222222222', resource: '111111111111' }} />)
    expect(html.match(/data-account="111111111111"/g)).toHaveLength(2) // RCP and resource policy: the resource's account
    expect(html.match(/data-account="222222222222"/g)).toHaveLength(4) // SCP, identity, boundary, session: the caller's
    expect(render(false)).not.toContain('data-account')
  })
})
