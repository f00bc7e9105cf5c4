import type { Goal } from '../../engine/lessons.ts'
import type { GoalState } from './goal-state.ts'
import { RichText } from './rich-text.tsx'

const MARK: Record<GoalState, { sign: string; words: string; className: string }> = {
  met: { sign: '✓', words: 'Met', className: 'bg-emerald-700 text-white' },
  unmet: { sign: '○', words: 'Not yet', className: 'border border-slate-400 text-slate-600 dark:text-slate-300' },
  checking: { sign: '…', words: 'Checking', className: 'border border-slate-300 text-slate-500 dark:text-slate-400' },
}

/** The goals, each marked met or not from what the engine answered (never from text on the page). */
export function LessonGoals({ goals, states }: { goals: readonly Goal[]; states: readonly GoalState[] }) {
  return (
    <ul className="flex flex-col gap-2" aria-live="polite">
      {goals.map((goal, index) => {
        const state = states[index] ?? 'unmet'
        const mark = MARK[state]
        return (
          <li key={index} data-testid="lesson-goal" data-met={state === 'met' ? 'true' : 'false'} className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
            <span aria-hidden="true" className={`mt-0.5 inline-flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-bold ${mark.className}`}>
              {mark.sign}
            </span>
            <span>
              <span className="sr-only">{mark.words}: </span>
              <RichText text={goal.text} />
            </span>
          </li>
        )
      })}
    </ul>
  )
}
