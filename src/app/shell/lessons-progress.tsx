import { useLessonCatalog } from '../engine/lesson-catalog-query.ts'
import { useLessonProgress } from '../state/lesson-progress.ts'

/** "3/25" beside the Lessons tab: lessons done out of the course, once the catalog has loaded. */
export function LessonsProgress() {
  const catalog = useLessonCatalog()
  const progress = useLessonProgress()
  if (catalog.data === undefined) return null
  const total = catalog.data.lessons.length
  const done = catalog.data.lessons.filter((lesson) => progress.done.includes(lesson.id)).length
  return (
    <span data-testid="lessons-progress" data-done={done} data-total={total} className="ml-1.5 rounded-full bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300">
      {done}/{total}
      <span className="sr-only"> done</span>
    </span>
  )
}
