// The Compare view (#/compare): AWS's "Comparing your API options" table for the current world,
// computed by the engine in its worker from requests it sends. The subjects it used can be picked;
// every cell opens its evidence, and an STS request from it loads into the workbench.
import { useMemo, useState } from 'react'
import { useComparison } from '../../engine/queries.ts'
import type { ComparisonPicks, StsExperiment } from '../../engine/types.ts'
import { comparisonChoices } from '../../engine/world-model.ts'
import { ComparisonTables } from '../../features/comparison/comparison-tables.tsx'
import { SubjectPicker } from '../../features/comparison/subject-picker.tsx'
import { workbenchLoad } from '../../features/comparison/workbench-load.ts'
import type { ViewProps } from '../../state/view-props.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import { clockTime } from '../../ui/clock-text.ts'
import { DelayedBusy } from '../../ui/delayed-busy.tsx'
import { Panel } from '../../ui/panel.tsx'

export default function CompareView({ state, dispatch, navigate }: ViewProps) {
  const [picks, setPicks] = useState<ComparisonPicks>({})
  const comparison = useComparison(picks, state.clockOffsetMs)
  const choices = useMemo(() => comparisonChoices(state.world), [state.world])
  const [loading, setLoading] = useState(false)
  const [loadNotes, setLoadNotes] = useState<readonly string[]>([])
  const table = comparison.data
  const computing = comparison.isFetching

  const load = async (experiment: StsExperiment) => {
    if (table === undefined) return
    setLoading(true)
    try {
      const loaded = await workbenchLoad(state.world, table, experiment, Date.now() + state.clockOffsetMs)
      dispatch(loaded.action)
      setLoadNotes(loaded.notes)
      // A request that goes as it went: straight to the workbench, focus on Send.
      if (loaded.notes.length === 0) navigate('/', 'send')
    } finally {
      setLoading(false)
    }
  }

  return (
    <div className="mx-auto flex max-w-[1720px] flex-col gap-5 p-4 sm:p-6">
      <Panel
        id="compare"
        title="Compare the ways to get temporary credentials"
        description="The IAM User Guide's comparison of the STS operations, established in this world: every answer comes from requests the engine sent, and each cell shows them."
      >
        <SubjectPicker choices={choices} subjects={table?.subjects ?? {}} picks={picks} onPick={setPicks} computing={computing} />
        {table !== undefined && (
          <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-xs text-slate-600 dark:text-slate-400">
            <span>
              Computed at <time dateTime={new Date(table.computedAt).toISOString()}>{clockTime(table.computedAt)}</time> on the engine clock, from {Object.keys(table.experiments).length} experiments.
            </span>
            <button type="button" className={secondaryButton} disabled={computing} onClick={() => void comparison.refetch()}>
              Run again
            </button>
          </div>
        )}
        {computing && <DelayedBusy label="Computing the table: the engine is sending its requests in its worker…" />}
        {comparison.error !== null && (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
            The table could not be computed: {comparison.error.message}
          </p>
        )}
        {table !== undefined && (
          <div aria-busy={computing} data-testid="comparison" data-computed-at={table.computedAt} className={computing ? 'opacity-60 transition-opacity' : undefined}>
            <ComparisonTables table={table} onLoad={(experiment) => void load(experiment)} loading={loading} loadNotes={loadNotes} onGoToWorkbench={() => navigate('/', 'send')} onCellChange={() => setLoadNotes([])} />
          </div>
        )}
      </Panel>
    </div>
  )
}
