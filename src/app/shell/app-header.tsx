import { useState, type ReactNode } from 'react'
import { SafeText } from '../ui/safe-text.tsx'
import { SkipLink } from './skip-link.tsx'
import { ViewsNav } from './views-nav.tsx'

interface AppHeaderProps {
  /** The world's name; absent while the playground is still loading. */
  worldName?: string
  /** The current route, for the navigation. */
  route: string
  /** The toolbar: clock, share and reset, world file, theme. */
  children?: ReactNode
}

export function AppHeader({ worldName, route, children }: AppHeaderProps) {
  // On a phone the toolbar folds behind one button, so the view starts on the first screen.
  const [toolsOpen, setToolsOpen] = useState(false)
  return (
    <header className="border-b border-slate-200 bg-white text-slate-900 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100">
      <SkipLink />
      <div className="mx-auto flex max-w-[1720px] flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 pt-3 pb-1 sm:px-6">
        <div className="min-w-0">
          <h1 className="text-xl font-bold tracking-tight">STS Playground</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Build and sign AWS STS requests in your browser, send them to a simulated STS, and see why it answered as it did.
          </p>
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          <span aria-hidden="true" className="text-emerald-600 dark:text-emerald-400">● </span>
          {/* The name comes from a world file or a share link: isolated, its bidi controls shown. */}
          {worldName === undefined ? 'Loading the world…' : <SafeText text={worldName} />} · runs entirely in this page, offline
        </p>
      </div>
      {children !== undefined && (
        <>
          <div className="px-4 pb-1 sm:hidden">
            <button
              type="button"
              aria-expanded={toolsOpen}
              aria-controls="app-toolbar"
              onClick={() => setToolsOpen(!toolsOpen)}
              className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-semibold text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
            >
              <span aria-hidden="true">{toolsOpen ? '▾ ' : '▸ '}</span>Clock, sharing and the world file
            </button>
          </div>
          <div id="app-toolbar" className={`mx-auto max-w-[1720px] flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:flex sm:px-6 ${toolsOpen ? 'flex' : 'hidden'}`}>
            {children}
          </div>
        </>
      )}
      <div className="mx-auto max-w-[1720px] px-2 sm:px-4">
        <ViewsNav current={route} />
      </div>
    </header>
  )
}
