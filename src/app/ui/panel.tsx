import type { ReactNode } from 'react'

interface PanelProps {
  /** Used for the heading id, which labels the section. */
  id: string
  title: string
  /** One line under the title saying what the panel shows. */
  description?: string
  /** Something small at the right of the title, e.g. a status badge. */
  aside?: ReactNode
  children: ReactNode
}

export function Panel({ id, title, description, aside, children }: PanelProps) {
  return (
    <section aria-labelledby={`${id}-title`} className="flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white text-slate-900 shadow-sm dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
      <header className="flex items-start justify-between gap-3 border-b border-slate-200 px-5 py-3 dark:border-slate-700">
        <div className="min-w-0">
          <h2 id={`${id}-title`} className="text-sm font-semibold tracking-wide text-slate-900 uppercase dark:text-slate-100">
            {title}
          </h2>
          {description !== undefined && <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{description}</p>}
        </div>
        {aside}
      </header>
      <div className="flex flex-col gap-5 p-5">{children}</div>
    </section>
  )
}
