import { views } from '../views.ts'
import { LessonsProgress } from './lessons-progress.tsx'

/** A link per view; the current one is marked for screen readers (aria-current) and by its look. */
export function ViewsNav({ current }: { current: string }) {
  return (
    <nav aria-label="Views" className="-mb-px flex gap-0 overflow-x-auto sm:gap-1">
      {views.map((view) => {
        const here = view.path === current
        return (
          <a
            key={view.path}
            href={view.path === '/' ? '#/' : `#${view.path}`}
            title={view.description}
            aria-current={here ? 'page' : undefined}
            className={`relative border-b-2 px-1.5 py-2 text-sm font-semibold whitespace-nowrap sm:px-3 ${
              here
                ? 'border-indigo-600 text-indigo-800 dark:border-indigo-400 dark:text-indigo-200'
                : 'border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900 dark:text-slate-300 dark:hover:border-slate-500 dark:hover:text-white'
            }`}
          >
            {view.title}
            {view.path === '/lessons' && <LessonsProgress />}
          </a>
        )
      })}
    </nav>
  )
}
