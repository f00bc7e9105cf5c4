import type { ReactNode } from 'react'
import type { Lesson } from '../../engine/lessons.ts'
import { primaryButton, secondaryButton } from '../../ui/buttons.ts'
import { CopyButton } from '../../ui/copy-button.tsx'
import { allMet, type GoalState } from './goal-state.ts'
import { LessonGoals } from './lesson-goals.tsx'
import { LessonHints } from './lesson-hints.tsx'
import { LessonPicture } from './lesson-picture.tsx'
import { RichText } from './rich-text.tsx'
import { topicName } from './topic-names.ts'

/** Where the lesson's own playground is. */
export type LessonPlayground = { kind: 'open' } | { kind: 'opening' } | { kind: 'closed' } | { kind: 'failed'; problem: string }

/** Where the worked answer is. */
export type AnswerState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; problem?: string } | { kind: 'failed'; problem: string }

interface LessonPageProps {
  lesson: Lesson
  goalStates: readonly GoalState[]
  playground: LessonPlayground
  onOpenPlayground: () => void
  answer: AnswerState
  onLoadAnswer: () => void
  /** The lesson's share link. */
  link: string
  done: boolean
  /** The lab, for lessons whose answer needs what the workbench cannot send. */
  lab?: ReactNode
  /** The next lesson, if any. */
  next?: { id: string; title: string }
}

const heading = 'text-base font-semibold text-slate-900 dark:text-slate-100'

export function LessonPage({ lesson, goalStates, playground, onOpenPlayground, answer, onLoadAnswer, link, done, lab, next }: LessonPageProps) {
  const open = playground.kind === 'open'
  return (
    <article aria-labelledby="lesson-title" data-testid="lesson-page" data-lesson-id={lesson.id} className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <a href="#/lessons" className="font-semibold text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
          <span aria-hidden="true">← </span>All lessons
        </a>
        <span className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
          <span aria-hidden="true">Share this lesson</span>
          <CopyButton text={link} label="Copy link to this lesson" />
        </span>
      </div>
      <header className="flex flex-col gap-1">
        <p className="text-xs font-semibold tracking-wide text-indigo-700 uppercase dark:text-indigo-300">
          Lesson {lesson.order} · {topicName(lesson.topic)}
        </p>
        <h2 id="lesson-title" className="text-2xl font-bold tracking-tight text-slate-900 dark:text-slate-50">
          {lesson.title}
          {done && (
            <span data-testid="lesson-done" className="ml-2 rounded-full bg-emerald-700 px-2 py-0.5 align-middle text-xs font-semibold text-white">
              ✓ Done
            </span>
          )}
        </h2>
        <p className="text-slate-700 dark:text-slate-300">{lesson.summary}</p>
      </header>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-3 text-[0.95rem] leading-relaxed text-slate-800 dark:text-slate-200">
          {lesson.explanation.map((paragraph, index) => (
            <p key={index}>
              <RichText text={paragraph} />
            </p>
          ))}
        </div>
        {lesson.picture !== undefined && (
          <div className="min-w-0">
            <LessonPicture picture={lesson.picture} />
          </div>
        )}
      </div>

      <section aria-labelledby="lesson-goals-title" className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id="lesson-goals-title" className={heading}>
            Goals
          </h3>
          <p className="text-sm text-slate-700 dark:text-slate-300">{allMet(goalStates) ? 'All met: well done.' : `${goalStates.filter((state) => state === 'met').length} of ${goalStates.length} met`}</p>
        </div>
        <LessonGoals goals={lesson.goals} states={goalStates} />
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3 text-sm dark:border-slate-700">
          {open ? (
            <>
              {/* Goals about the policy grid are worked in the Policies view; the rest start in the Workbench. */}
              {lesson.goals.some((goal) => goal.kind === 'grid') ? (
                <a href="#/policies" className={`${primaryButton} no-underline`}>
                  Try it in the Policies view
                </a>
              ) : (
                <a href="#/" className={`${primaryButton} no-underline`}>
                  Try it in the Workbench
                </a>
              )}
              <span className="text-slate-600 dark:text-slate-400">The lesson's playground stays open in every view until you go back to yours.</span>
            </>
          ) : playground.kind === 'opening' ? (
            <span className="text-slate-600 dark:text-slate-400">Setting up the lesson's playground…</span>
          ) : (
            <>
              <button type="button" className={primaryButton} onClick={onOpenPlayground}>
                Open the lesson's playground
              </button>
              {playground.kind === 'failed' && <span className="text-red-800 dark:text-red-300">It could not be set up: {playground.problem}</span>}
            </>
          )}
        </div>
      </section>

      <div className="grid gap-5 md:grid-cols-2">
        <section aria-labelledby="lesson-hints-title" className="flex flex-col gap-2">
          <h3 id="lesson-hints-title" className={heading}>
            Hints
          </h3>
          <LessonHints hints={lesson.hints} />
        </section>
        <section aria-labelledby="lesson-answer-title" className="flex flex-col gap-2">
          <h3 id="lesson-answer-title" className={heading}>
            Worked answer
          </h3>
          <button type="button" className={`${secondaryButton} self-start`} disabled={!open || answer.kind === 'running'} onClick={onLoadAnswer}>
            {answer.kind === 'running' ? 'Running the answer…' : 'Load the worked answer'}
          </button>
          {!open && <p className="text-xs text-slate-600 dark:text-slate-400">Open the lesson's playground first.</p>}
          <div aria-live="polite" className="flex flex-col gap-2 text-sm text-slate-800 empty:hidden dark:text-slate-200">
            {answer.kind === 'done' && (
              <p data-testid="worked-answer">
                <RichText text={lesson.answer.explanation} />
              </p>
            )}
            {answer.kind === 'done' && answer.problem !== undefined && <p className="text-amber-800 dark:text-amber-300">The steps stopped early: {answer.problem}</p>}
            {answer.kind === 'failed' && <p className="text-red-800 dark:text-red-300">The answer could not run: {answer.problem}</p>}
          </div>
        </section>
      </div>

      {lab !== undefined && (
        <section aria-labelledby="lesson-lab-title" className="flex flex-col gap-2 rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950">
          <h3 id="lesson-lab-title" className={heading}>
            Lab
          </h3>
          <p className="text-sm text-slate-700 dark:text-slate-300">This lesson needs something the workbench cannot send; do it here, in the lesson's playground.</p>
          {lab}
        </section>
      )}

      {lesson.docs.length > 0 && (
        <section aria-labelledby="lesson-docs-title" className="flex flex-col gap-2">
          <h3 id="lesson-docs-title" className={heading}>
            In the AWS documentation
          </h3>
          <ul className="list-disc pl-5 text-sm text-slate-700 dark:text-slate-300">
            {lesson.docs.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </section>
      )}

      {next !== undefined && (
        <p className="text-sm">
          <a href={`#/lessons?lesson=${encodeURIComponent(next.id)}`} className="font-semibold text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300">
            Next: {next.title} <span aria-hidden="true">→</span>
          </a>
        </p>
      )}
    </article>
  )
}
