import { useRef, useState, type FormEvent, type ReactNode } from 'react'
import type { WorldProblem } from '../../engine/types.ts'
import { dangerButton, primaryButton, secondaryButton } from '../../ui/buttons.ts'
import { CopyButton } from '../../ui/copy-button.tsx'
import { ProblemList } from '../../ui/problem-list.tsx'

interface EntityFormFrameProps {
  id: string
  /** "Role", "User"… */
  kind: string
  title: string
  arn: string
  dirty: boolean
  /** Why the last Apply or Delete was refused, at world paths. */
  problems: readonly WorldProblem[]
  onApply: () => void
  onDiscard: () => void
  /** Undefined: the entity cannot be deleted here. */
  onDelete?: () => void
  children: ReactNode
}

/**
 * The frame of every entity form: what it is and its ARN, the fields, the world's problems with
 * their paths, and Apply / Discard / Delete (Delete asks once more, in place).
 */
export function EntityFormFrame({ id, kind, title, arn, dirty, problems, onApply, onDiscard, onDelete, children }: EntityFormFrameProps) {
  const [confirming, setConfirming] = useState(false)
  const deleteButton = useRef<HTMLButtonElement>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onApply()
  }
  return (
    <form id={id} aria-labelledby={`${id}-title`} onSubmit={submit} className="flex min-w-0 flex-col gap-5" data-testid="entity-form" data-entity-kind={kind.toLowerCase()}>
      <header className="flex min-w-0 flex-col gap-1">
        <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">{kind}</p>
        <h3 id={`${id}-title`} className="text-lg font-semibold break-words text-slate-900 dark:text-slate-100">
          {title}
        </h3>
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <code className="min-w-0 font-mono text-xs break-all text-slate-700 dark:text-slate-300" data-testid="entity-arn">
            {arn}
          </code>
          <CopyButton text={arn} label={`Copy the ARN of ${title}`} />
        </div>
      </header>
      {children}
      <ProblemList id={`${id}-problems`} problems={problems} consequence="The world was not changed." />
      <div className="sticky bottom-0 -mx-1 flex flex-wrap items-center gap-2 border-t border-slate-200 bg-white/95 px-1 py-3 dark:border-slate-700 dark:bg-slate-900/95">
        <button type="submit" className={primaryButton} disabled={!dirty}>
          Apply
        </button>
        <button type="button" className={secondaryButton} disabled={!dirty} onClick={onDiscard}>
          Discard
        </button>
        <p className="min-w-0 flex-1 text-xs text-slate-600 dark:text-slate-400" role="status">
          {dirty ? 'Unsaved changes: Apply puts them in the world if it stays valid.' : 'No changes.'}
        </p>
        {onDelete !== undefined &&
          (confirming ? (
            <span className="flex flex-wrap items-center gap-2">
              <span className="text-sm text-slate-800 dark:text-slate-200">Delete {title}?</span>
              <button type="button" className={dangerButton} onClick={onDelete}>
                Yes, delete
              </button>
              <button
                type="button"
                className={secondaryButton}
                onClick={() => {
                  setConfirming(false)
                  deleteButton.current?.focus()
                }}
              >
                Keep
              </button>
            </span>
          ) : (
            <button ref={deleteButton} type="button" className={dangerButton} onClick={() => setConfirming(true)}>
              Delete…
            </button>
          ))}
      </div>
    </form>
  )
}
