import { useLessonCatalog } from '../../engine/lesson-catalog-query.ts'
import { StartHere } from '../../features/lessons/start-here.tsx'
import { firstNotDone, useLessonProgress } from '../../state/lesson-progress.ts'

/** The first lesson not done, on the first screen; nothing once the course is done. */
export function CoursePointer() {
  const catalog = useLessonCatalog()
  const progress = useLessonProgress()
  const lesson = catalog.data === undefined ? undefined : firstNotDone(catalog.data.lessons, progress)
  if (lesson === undefined) return null
  return (
    <div className="mx-auto max-w-[1720px] px-4 pt-3 sm:px-6">
      <StartHere lesson={lesson} anyDone={progress.done.length > 0} />
    </div>
  )
}
