import type { Lesson } from '../../engine/lessons.ts'
import { topicName } from './topic-names.ts'

interface LessonListProps {
  /** In course order. */
  lessons: readonly Lesson[]
  done: readonly string[]
}

/** The course: each lesson in order with its topic and a tick once done; a link opens it. */
export function LessonList({ lessons, done }: LessonListProps) {
  return (
    <ol className="flex flex-col gap-2">
      {lessons.map((lesson) => {
        const isDone = done.includes(lesson.id)
        return (
          <li key={lesson.id} data-testid="lesson" data-lesson-id={lesson.id} data-done={isDone ? 'true' : 'false'}>
            <a
              href={`#/lessons?lesson=${encodeURIComponent(lesson.id)}`}
              className="flex items-start gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 hover:border-indigo-400 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-indigo-500 dark:hover:bg-slate-800"
            >
              <span
                aria-hidden="true"
                className={`mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${
                  isDone ? 'bg-emerald-700 text-white' : 'border border-slate-300 text-slate-600 dark:border-slate-600 dark:text-slate-300'
                }`}
              >
                {isDone ? '✓' : lesson.order}
              </span>
              <span className="min-w-0 flex-1">
                <span className="block font-semibold text-slate-900 dark:text-slate-100">
                  {lesson.title}
                  {isDone && <span className="sr-only"> (done)</span>}
                </span>
                <span className="block text-sm text-slate-600 dark:text-slate-400">{lesson.summary}</span>
                <span className="mt-1 block text-xs font-medium text-slate-700 sm:hidden dark:text-slate-300">{topicName(lesson.topic)}</span>
              </span>
              <span className="hidden shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 sm:inline dark:bg-slate-800 dark:text-slate-300">
                {topicName(lesson.topic)}
              </span>
            </a>
          </li>
        )
      })}
    </ol>
  )
}
