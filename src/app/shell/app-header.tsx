import type { ReactNode } from 'react'

interface AppHeaderProps {
  worldName: string
  /** The toolbar: clock, share and reset, theme. */
  children: ReactNode
}

export function AppHeader({ worldName, children }: AppHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white text-slate-900 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100">
      <div className="mx-auto flex max-w-[1720px] flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 pt-4 pb-2 sm:px-6">
        <div className="min-w-0">
          <h1 className="text-xl font-bold tracking-tight">STS Playground</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Build and sign AWS STS requests in your browser, send them to a simulated STS, and see why it answered as it did.
          </p>
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          <span aria-hidden="true" className="text-emerald-600 dark:text-emerald-400">● </span>
          {worldName} · runs entirely in this page, offline
        </p>
      </div>
      <div className="mx-auto flex max-w-[1720px] flex-wrap items-center gap-x-6 gap-y-2 px-4 pb-3 sm:px-6">{children}</div>
    </header>
  )
}
