// The Policies view (#/policies): what a caller may do, as the intersection of its policy layers.
// The layer grid per action (each cell opens the trace), the overview per service with a funnel for
// a projector, and what-if changes that the engine computes and never applies to the world.
import { useMemo } from 'react'
import { useGridTrace, useIntersectionGrid, useIntersectionOverview } from '../../engine/queries.ts'
import { FunnelChart } from '../../features/intersection/funnel-chart.tsx'
import { GridSummary } from '../../features/intersection/grid-summary.tsx'
import { IntersectionGrid } from '../../features/intersection/intersection-grid.tsx'
import { AccessLevelFilter, OverviewTable } from '../../features/intersection/overview-table.tsx'
import { SelectionFields } from '../../features/intersection/selection-fields.tsx'
import { inlineBoundaryText, issuedSessionPolicy, subjectGroups } from '../../features/intersection/subject-options.ts'
import { SubjectPicker } from '../../features/intersection/subject-picker.tsx'
import { TracePanel } from '../../features/intersection/trace-panel.tsx'
import { usePoliciesState } from '../../features/intersection/use-policies-state.ts'
import { VerdictLegend } from '../../features/intersection/verdict-legend.tsx'
import { WhatIfPanel } from '../../features/intersection/what-if-panel.tsx'
import { PolicyDocumentField } from '../../features/policy-editor/policy-document-field.tsx'
import type { ViewProps } from '../../state/view-props.ts'
import { DelayedBusy } from '../../ui/delayed-busy.tsx'
import { Panel } from '../../ui/panel.tsx'
import { SelectField } from '../../ui/select-field.tsx'

const alertClass = 'rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100'

export default function PoliciesView({ state }: ViewProps) {
  const groups = useMemo(() => subjectGroups(state.world, state.wallet), [state.world, state.wallet])
  const choices = usePoliciesState(groups)
  const grid = useIntersectionGrid(choices.gridRequest, state.clockOffsetMs)
  const trace = useGridTrace(choices.traceRequest, state.clockOffsetMs)
  const overview = useIntersectionOverview(choices.overviewRequest, state.clockOffsetMs)
  const result = grid.data
  const overviewResult = overview.data
  const funnelRow = overviewResult?.ok === true ? (overviewResult.rows.find((row) => row.service === choices.funnelService) ?? overviewResult.totals) : undefined
  const startTexts = useMemo(
    () => ({
      sessionPolicy: choices.selected === undefined ? '' : issuedSessionPolicy(choices.selected.subject, state.wallet, state.history),
      boundary: result?.ok === true ? inlineBoundaryText(state.world, result.caller.arn) : '',
    }),
    [choices.selected, state.wallet, state.history, state.world, result],
  )

  return (
    <div className="mx-auto flex max-w-[1720px] flex-col gap-5 p-4 sm:p-6">
      <Panel id="policies" title="What can these credentials do?" description="Every policy layer that decides a request, in AWS's order of evaluation, and what survives them all: computed by the engine for the caller you choose.">
        <SubjectPicker
          groups={groups}
          selected={choices.selected}
          onChange={choices.pickSubject}
          draftPolicy={choices.draftPolicy}
          onDraftPolicyChange={choices.setDraftPolicy}
          PolicyField={PolicyDocumentField}
        />
        <SelectionFields actionsText={choices.actionsText} onActionsText={choices.setActionsText} actionsProblem={choices.actionsProblem} resource={choices.resource} onResource={choices.setResource} />
        {grid.isFetching && result === undefined && <DelayedBusy label="Computing the grid in the engine…" />}
        {grid.error !== null && <p role="alert" className={alertClass}>The grid could not be computed: {grid.error.message}</p>}
        {result !== undefined && !result.ok && (
          <p role="alert" className={alertClass}>
            <span aria-hidden="true">✗ </span>No grid ({result.reason}): {result.detail}
          </p>
        )}
        {result?.ok === true && (
          <div aria-busy={grid.isFetching} className={`flex flex-col gap-3 ${grid.isFetching ? 'opacity-70 transition-opacity' : ''}`}>
            <GridSummary grid={result} resource={choices.resourceSet ? choices.resource.trim() : undefined} />
            <VerdictLegend />
            <IntersectionGrid
              rows={result.rows}
              resourceSet={choices.resourceSet}
              hypothetical={result.hypothetical}
              open={choices.open}
              onOpen={choices.setOpen}
              {...(result.crossAccount ? { accounts: { caller: result.caller.account, resource: result.resourceAccount } } : {})}
            />
            {choices.open !== undefined && <TracePanel trace={trace.data} loading={trace.isFetching} layer={choices.open.layer} onClose={() => choices.setOpen(undefined)} />}
          </div>
        )}
        <WhatIfPanel whatIf={choices.whatIf} onChange={choices.setWhatIf} startTexts={startTexts} PolicyField={PolicyDocumentField} problems={result?.ok === true ? result.whatIfProblems : []} />
      </Panel>
      <Panel id="policies-overview" title="Overview" description="Per service: how many actions each layer allows, and how many survive every layer.">
        <AccessLevelFilter chosen={choices.accessLevels} onChange={choices.setAccessLevels} />
        {overview.isFetching && overviewResult === undefined && <DelayedBusy label="Counting the actions in the engine…" />}
        {overview.error !== null && <p role="alert" className={alertClass}>The overview could not be computed: {overview.error.message}</p>}
        {overviewResult !== undefined && !overviewResult.ok && <p role="alert" className={alertClass}>No overview ({overviewResult.reason}): {overviewResult.detail}</p>}
        {overviewResult?.ok === true && (
          <div aria-busy={overview.isFetching} className="flex flex-col gap-5">
            {overviewResult.hypothetical && <p className="text-sm font-semibold"><span aria-hidden="true">⚗ </span>Hypothetical: counted with the what-if above.</p>}
            <OverviewTable rows={overviewResult.rows} totals={overviewResult.totals} />
            {funnelRow !== undefined && (
              <div className="flex flex-col gap-3">
                <div className="max-w-md">
                <SelectField id="policies-funnel-service" label="Service in the picture" value={funnelRow.service} onChange={choices.setFunnelService} hint="The funnel draws the same numbers as the table.">
                  <option value={overviewResult.totals.service}>{overviewResult.totals.serviceName}</option>
                  {overviewResult.rows.map((row) => (
                    <option key={row.service} value={row.service}>
                      {row.serviceName} ({row.service})
                    </option>
                  ))}
                </SelectField>
                </div>
                <FunnelChart row={funnelRow} layers={choices.funnelLayers} onLayersChange={choices.setFunnelLayers} />
              </div>
            )}
          </div>
        )}
      </Panel>
    </div>
  )
}
