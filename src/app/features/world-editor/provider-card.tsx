import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { WorldProblem } from '../../engine/types.ts'
import { CopyButton } from '../../ui/copy-button.tsx'
import { dangerButton, primaryButton, secondaryButton } from '../../ui/buttons.ts'
import { ProblemList } from '../../ui/problem-list.tsx'

interface ProviderCardProps {
  /** Prefix of the card's element ids. */
  id: string
  /** "SAML" or "OIDC": the kind, in the summary. */
  kind: string
  /** The provider's name in the summary: the SAML name, the OIDC URL. */
  title: string
  /** The ARN as saved in the world (for a provider built into STS, the name trust policies give it). */
  arn: string
  /** What `arn` is: "ARN" for IAM providers, "Federated principal" for those built into STS. */
  arnLabel?: string
  /** The ARN the draft would give it (differs after a rename). */
  draftArn: string
  defaultOpen: boolean
  /** The draft differs from the provider in the world. */
  dirty: boolean
  /** What stops the draft from being applied (shown only for a draft). */
  problems: readonly WorldProblem[]
  onApply: () => void
  onDiscard: () => void
  onRemove: () => void
  /** The kind's own fields. */
  children: ReactNode
}

/**
 * The frame every provider kind shares: a collapsible card with the ARN, the kind's fields, the
 * world's problems with their paths, Apply / Discard, and Remove with an inline confirmation.
 */
export function ProviderCard({ id, kind, title, arn, arnLabel = 'ARN', draftArn, defaultOpen, dirty, problems, onApply, onDiscard, onRemove, children }: ProviderCardProps) {
  const [open, setOpen] = useState(defaultOpen)
  const [confirming, setConfirming] = useState(false)
  const removeButton = useRef<HTMLButtonElement>(null)
  const summary = useRef<HTMLElement>(null)
  // A card that opens by itself is a provider just added: take the keyboard there.
  useEffect(() => {
    if (defaultOpen) summary.current?.focus()
  }, [defaultOpen])
  const invalid = dirty && problems.length > 0
  const state = invalid ? 'Problems' : dirty ? 'Unsaved changes' : undefined
  const status = invalid ? 'Apply is off until the problems are fixed.' : dirty ? 'Unsaved changes: Apply puts them in the world; STS answers from it on the next request.' : 'No changes.'

  return (
    <details
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="rounded-lg border border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-950"
    >
      <summary ref={summary} className="flex cursor-pointer flex-wrap items-baseline gap-x-2 gap-y-1 rounded-lg px-3 py-2 text-sm">
        <span className="rounded border border-slate-300 bg-white px-1.5 text-xs font-semibold text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200">{kind}</span>
        <span className="font-semibold text-slate-900 dark:text-slate-100">{title}</span>
        {!title.includes(arn) && <span className="min-w-0 font-mono text-xs break-all text-slate-600 dark:text-slate-400">{arn}</span>}
        {state !== undefined && (
          <span className={`rounded px-1.5 text-xs font-semibold ${invalid ? 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100' : 'bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50'}`}>
            <span aria-hidden="true">{invalid ? '✗ ' : '● '}</span>
            {state}
          </span>
        )}
      </summary>
      {/* A closed card renders nothing inside (its draft lives with the editor, so nothing is lost). */}
      {open && (
      <fieldset className="flex min-w-0 flex-col gap-4 border-t border-slate-200 px-3 pt-3 pb-4 dark:border-slate-700">
        <legend className="sr-only">
          {kind} provider {title}
        </legend>
        <div className="flex min-w-0 flex-wrap items-center justify-between gap-2">
          <p className="min-w-0 text-sm">
            <span className="font-medium text-slate-900 dark:text-slate-100">
              {arnLabel}
              {draftArn === arn ? '' : ' after Apply'}:{' '}
            </span>
            <code className="font-mono text-xs break-all text-slate-800 dark:text-slate-200">{draftArn}</code>
          </p>
          <CopyButton text={draftArn} label={`Copy the ${arnLabel === 'ARN' ? 'ARN' : arnLabel.toLowerCase()} of ${title}`} />
        </div>
        {children}
        <ProblemList id={`${id}-problems`} problems={dirty ? problems : []} consequence="Apply is off until they are fixed." />
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={primaryButton} disabled={!dirty || invalid} aria-describedby={`${id}-status`} onClick={onApply}>
            Apply
          </button>
          <button type="button" className={secondaryButton} disabled={!dirty} onClick={onDiscard}>
            Discard
          </button>
          <p id={`${id}-status`} className="min-w-0 flex-1 text-xs text-slate-600 dark:text-slate-400">
            {status}
          </p>
          <button ref={removeButton} type="button" className={dangerButton} aria-expanded={confirming} onClick={() => setConfirming(true)}>
            Remove provider
          </button>
        </div>
        {confirming && (
          <div role="group" aria-labelledby={`${id}-confirm`} className="flex flex-col gap-2 rounded-md border border-red-300 bg-white p-3 dark:border-red-700 dark:bg-slate-900">
            <p id={`${id}-confirm`} className="text-sm text-slate-900 dark:text-slate-100">
              Remove <code className="font-mono text-xs break-all">{arn}</code> from the world? Roles that trust it keep their trust policies, but STS no longer finds the provider.
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
