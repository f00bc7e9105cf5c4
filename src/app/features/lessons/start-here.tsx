/** The workbench's pointer into the course: the first lesson not done yet. */
export function StartHere({ lesson, anyDone }: { lesson: { id: string; title: string; order: number }; anyDone: boolean }) {
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      {anyDone ? 'Continue the course: ' : 'New here? '}
      <a
        data-testid="start-here"
        data-lesson-id={lesson.id}
        href={`#/lessons?lesson=${encodeURIComponent(lesson.id)}`}
        className="font-semibold text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-700 dark:text-indigo-300 dark:decoration-indigo-600"
      >
        {anyDone ? `lesson ${lesson.order}: ${lesson.title}` : `Start with lesson ${lesson.order}: ${lesson.title}`}
      </a>
    </p>
  )
}
