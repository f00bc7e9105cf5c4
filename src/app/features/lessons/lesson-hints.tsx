import { useState } from 'react'
import { secondaryButton } from '../../ui/buttons.ts'
import { RichText } from './rich-text.tsx'

/** Hints unfolding one at a time. */
export function LessonHints({ hints }: { hints: readonly string[] }) {
  const [shown, setShown] = useState(0)
  if (hints.length === 0) return null
  return (
    <div className="flex flex-col gap-2">
      {shown > 0 && (
        <ol className="flex list-decimal flex-col gap-1.5 pl-5 text-sm text-slate-800 dark:text-slate-200">
          {hints.slice(0, shown).map((hint, index) => (
            <li key={index} data-testid="lesson-hint">
              <RichText text={hint} />
            </li>
          ))}
        </ol>
      )}
      {shown < hints.length ? (
        <button type="button" className={`${secondaryButton} self-start`} onClick={() => setShown(shown + 1)}>
          {shown === 0 ? 'Show a hint' : 'Show another hint'}
          <span className="sr-only">
            {' '}
            ({shown + 1} of {hints.length})
          </span>
        </button>
      ) : (
        <p className="text-xs text-slate-600 dark:text-slate-400">That was the last hint.</p>
      )}
    </div>
  )
}
