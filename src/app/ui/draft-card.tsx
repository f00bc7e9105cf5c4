import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { PathProblem as WorldProblem } from './problem-list.tsx'
import { dangerButton, primaryButton, secondaryButton } from './buttons.ts'
import { ProblemList } from './problem-list.tsx'

interface DraftCardProps {
  /** Prefix of the card's element ids. */
  id: string
  testId: string
  /** "SCP", "RCP", "Organization": the kind, in the summary. */
  kind: string
  /** The item's name in the summary. */
  title: string
  /** A line after the name, e.g. the ARN. */
  detail?: string
  defaultOpen: boolean
  /** The current draft: problems Apply got back are shown until it changes. */
  draft: unknown
  /** The draft differs from what the world holds. */
  dirty: boolean
  /** What stops the draft from being applied, seen before Apply (shown only for a draft). */
  problems: readonly WorldProblem[]
  /** Applies the draft: [] when the world took it, else its problems. */
  onApply: () => readonly WorldProblem[]
  onDiscard: () => void
  /** The remove button's text, e.g. "Remove SCP". */
  removeLabel: string
  /** The confirmation's question, e.g. "Remove the SCP NoIam from the organization?" */
  removeQuestion: ReactNode
  onRemove: () => void
  /** The item's own fields. */
  children: ReactNode
}

/**
 * The frame every card of this editor shares: a collapsible card with its fields, the problems with
 * their paths, Apply / Discard, and Remove with an inline confirmation.
 */
export function DraftCard({ id, testId, kind, title, detail, defaultOpen, draft, dirty, problems, onApply, onDiscard, removeLabel, removeQuestion, onRemove, children }: DraftCardProps) {
  const [open, setOpen] = useState(defaultOpen)
  const [confirming, setConfirming] = useState(false)
  const [rejected, setRejected] = useState<{ draft: unknown; problems: readonly WorldProblem[] } | undefined>(undefined)
  const removeButton = useRef<HTMLButtonElement>(null)
  const summary = useRef<HTMLElement>(null)
  // A card that opens by itself is an item just added: take the keyboard there.
  useEffect(() => {
    if (defaultOpen) summary.current?.focus()
  }, [defaultOpen])
  const shown = problems.length > 0 ? problems : rejected !== undefined && rejected.draft === draft ? rejected.problems : []
  const invalid = dirty && shown.length > 0
  const state = invalid ? 'Problems' : dirty ? 'Unsaved changes' : undefined
  const status = invalid ? 'Apply is off until the problems are fixed.' : dirty ? 'Unsaved changes: Apply puts them in the world; STS answers from it on the next request.' : 'No changes.'

  return (
    <details
      data-testid={testId}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="min-w-0 rounded-lg border border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-950"
    >
      <summary ref={summary} className="flex cursor-pointer flex-wrap items-baseline gap-x-2 gap-y-1 rounded-lg px-3 py-2 text-sm">
        <span className="rounded border border-slate-300 bg-white px-1.5 text-xs font-semibold text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200">{kind}</span>
        <span className="min-w-0 font-semibold break-all text-slate-900 dark:text-slate-100">{title}</span>
        {detail !== undefined && <span className="min-w-0 font-mono text-xs break-all text-slate-600 dark:text-slate-400">{detail}</span>}
        {state !== undefined && (
          <span className={`rounded px-1.5 text-xs font-semibold ${invalid ? 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100' : 'bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50'}`}>
            <span aria-hidden="true">{invalid ? '✗ ' : '● '}</span>
            {state}
          </span>
        )}
      </summary>
      {/* A closed card renders nothing inside (its draft lives with the card's hook, so nothing is lost). */}
      {open && (
        <fieldset className="flex min-w-0 flex-col gap-4 border-t border-slate-200 px-3 pt-3 pb-4 dark:border-slate-700">
          <legend className="sr-only">
            {kind} {title}
          </legend>
          {children}
          <ProblemList id={`${id}-problems`} problems={dirty ? shown : []} consequence="Apply is off until they are fixed." />
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              className={primaryButton}
              disabled={!dirty || invalid}
              aria-describedby={`${id}-status`}
              onClick={() => {
                const result = onApply()
                setRejected(result.length > 0 ? { draft, problems: result } : undefined)
              }}
            >
              Apply
            </button>
            <button type="button" className={secondaryButton} disabled={!dirty} onClick={onDiscard}>
              Discard
            </button>
            <p id={`${id}-status`} className="min-w-0 flex-1 basis-40 text-xs text-slate-600 dark:text-slate-400">
              {status}
            </p>
            <button ref={removeButton} type="button" className={dangerButton} aria-expanded={confirming} onClick={() => setConfirming(true)}>
              {removeLabel}
            </button>
          </div>
          {confirming && (
            <div role="group" aria-labelledby={`${id}-confirm`} className="flex flex-col gap-2 rounded-md border border-red-300 bg-white p-3 dark:border-red-700 dark:bg-slate-900">
              <p id={`${id}-confirm`} className="text-sm break-words text-slate-900 dark:text-slate-100">
                {removeQuestion}
              </p>
              <div className="flex flex-wrap gap-2">
                {/* Focus moves here, so a keyboard user answers the question they just asked for. */}
                <button type="button" className={dangerButton} autoFocus onClick={onRemove}>
                  Remove {title}
                </button>
                <button
                  type="button"
                  className={secondaryButton}
                  onClick={() => {
                    setConfirming(false)
                    removeButton.current?.focus()
                  }}
                >
                  Keep it
                </button>
              </div>
            </div>
          )}
        </fieldset>
      )}
    </details>
  )
}
