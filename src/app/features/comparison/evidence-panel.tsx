// The experiments behind the opened cell, under the table: each request and its answer, and for STS
// requests a way to send it again from the workbench.
import { useEffect, useRef } from 'react'
import type { Experiment, StsExperiment } from '../../engine/types.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import { EVIDENCE_PANEL_ID } from './cell-parts.tsx'
import { ExperimentItem } from './experiment-item.tsx'

interface EvidencePanelProps {
  /** "AssumeRole · Credential lifetime (min | max | default)". */
  title: string
  experiments: readonly Experiment[]
  onLoad: (experiment: StsExperiment) => void
  /** A load is being prepared (a fresh MFA code is computed). */
  loading: boolean
  /** Why the last load could not be sent as it was, one sentence each. */
  loadNotes: readonly string[]
  onGoToWorkbench: () => void
  onClose: () => void
}

export function EvidencePanel({ title, experiments, onLoad, loading, loadNotes, onGoToWorkbench, onClose }: EvidencePanelProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  // Opening a cell takes the reader to what it opened.
  useEffect(() => {
    heading.current?.focus()
    heading.current?.scrollIntoView({ block: 'nearest' })
  }, [title])
  return (
    <section id={EVIDENCE_PANEL_ID} aria-labelledby={`${EVIDENCE_PANEL_ID}-title`} data-testid="comparison-evidence" className="flex flex-col gap-3 rounded-xl border border-indigo-200 bg-white p-4 shadow-sm dark:border-indigo-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`${EVIDENCE_PANEL_ID}-title`} ref={heading} tabIndex={-1} className="text-sm font-semibold text-slate-900 outline-none dark:text-slate-100">
          Evidence: {title}
        </h3>
        <button type="button" className={secondaryButton} onClick={onClose}>
          Close evidence
        </button>
      </div>
      {loadNotes.length > 0 && (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-semibold">Loaded into the workbench, with a difference:</p>
          <ul className="list-disc pl-5">
            {loadNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <button type="button" className={`${secondaryButton} mt-2`} onClick={onGoToWorkbench}>
            Go to the workbench
          </button>
        </div>
      )}
      {experiments.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">The engine named no experiment for this cell.</p>
      ) : (
        <ol className="grid gap-3 lg:grid-cols-2">
          {experiments.map((experiment) => (
            <ExperimentItem key={experiment.id} experiment={experiment} onLoad={onLoad} loading={loading} />
          ))}
        </ol>
      )}
    </section>
  )
}
