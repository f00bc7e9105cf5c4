import { useId, useState } from 'react'
import type { Challenge } from '../../engine/lessons.ts'
import type { ChallengeAnswer } from '../../state/lesson-progress.ts'
import { primaryButton, secondaryButton } from '../../ui/buttons.ts'
import { RichText } from './rich-text.tsx'

/** Where a show-me is: not run, running, or what its last attempt came to. */
export type ShowMeState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; sentence: string; matched: boolean } | { kind: 'failed'; problem: string }

interface ChallengeCardProps {
  challenge: Challenge
  answer: ChallengeAnswer | undefined
  onAnswer: (optionId: string) => void
  showMe: ShowMeState
  onShowMe: () => void
}

/** An exam-style question: pick an option, Check it, and see it happen with "Show me". */
export function ChallengeCard({ challenge, answer, onAnswer, showMe, onShowMe }: ChallengeCardProps) {
  const [picked, setPicked] = useState<string | undefined>(answer?.last)
  const [checked, setChecked] = useState(answer !== undefined)
  const name = useId()
  const right = checked && picked === challenge.answer
  return (
    <article data-testid="challenge" data-challenge-id={challenge.id} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900 dark:text-slate-100">
          <RichText text={challenge.question} />
        </legend>
        {challenge.options.map((option) => (
          <label key={option.id} className="flex items-start gap-2 rounded-md px-1 py-1 text-sm text-slate-800 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500 dark:text-slate-200">
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={picked === option.id}
              onChange={() => {
                setPicked(option.id)
                setChecked(false)
              }}
              className="mt-0.5"
            />
            <span>
              <RichText text={option.text} />
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={primaryButton}
          disabled={picked === undefined}
          onClick={() => {
            if (picked === undefined) return
            setChecked(true)
            onAnswer(picked)
          }}
        >
          Check
        </button>
        <button type="button" data-testid="challenge-show-me" className={secondaryButton} disabled={showMe.kind === 'running'} onClick={onShowMe}>
          {showMe.kind === 'running' ? 'Running…' : 'Show me'}
        </button>
      </div>
      <div aria-live="polite" className="flex flex-col gap-2 text-sm empty:hidden">
        {checked && (
          <p data-testid="challenge-verdict" data-right={right ? 'true' : 'false'} className={right ? 'font-semibold text-emerald-800 dark:text-emerald-300' : 'font-semibold text-red-800 dark:text-red-300'}>
            {right ? '✓ Right.' : '✗ Not quite.'}
            {answer !== undefined && answer.first !== challenge.answer && right && <span className="font-normal"> (The score counts your first answer.)</span>}
          </p>
        )}
        {showMe.kind === 'done' && (
          <p data-testid="challenge-outcome" data-expected={showMe.matched ? 'true' : 'false'} className="rounded-md bg-slate-100 px-3 py-2 text-slate-900 dark:bg-slate-800 dark:text-slate-100">
            <span className="font-semibold">What STS answered: </span>
            {showMe.sentence}{' '}
            <a href="#/" className="font-semibold text-indigo-700 underline dark:text-indigo-300">
              Open it in the Workbench
            </a>
            {!showMe.matched && <span className="mt-1 block text-amber-800 dark:text-amber-300">This is not the answer the challenge expects: the simulation and the question disagree here.</span>}
          </p>
        )}
        {showMe.kind === 'failed' && <p className="text-red-800 dark:text-red-300">The experiment could not run: {showMe.problem}</p>}
        {(checked || showMe.kind === 'done') && (
          <p className="text-slate-700 dark:text-slate-300">
            <RichText text={challenge.explanation} />
          </p>
        )}
      </div>
    </article>
  )
}
