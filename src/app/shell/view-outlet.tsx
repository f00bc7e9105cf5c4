import { createElement, lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react'
import { DelayedBusy } from '../ui/delayed-busy.tsx'
import type { ViewProps } from '../state/view-props.ts'
import { viewFor, views } from '../views.ts'

// One lazy component per view, made once: React keeps a loaded view's chunk.
const lazyViews = new Map<string, LazyExoticComponent<ComponentType<ViewProps>>>(views.map((view) => [view.path, lazy(view.load)]))

/** The current view and nothing else (other views are not mounted); a route that is no view says so. */
export function ViewOutlet({ route, ...props }: ViewProps & { route: string }) {
  const View = lazyViews.get(route)
  const entry = viewFor(route)
  if (View === undefined || entry === undefined) {
    return (
      <div className="mx-auto max-w-2xl p-8 text-slate-900 dark:text-slate-100">
        <h2 className="text-lg font-semibold">There is no view at #{route}</h2>
        <p className="mt-2 text-sm">
          Pick one in the navigation above, or go to the <a href="#/" className="font-semibold underline">Workbench</a>.
        </p>
      </div>
    )
  }
  return (
    <Suspense fallback={<DelayedBusy label={`Loading the ${entry.title} view…`} />}>
      {/* The lazy components are made once, at module level (lazyViews), not during render. */}
      {createElement(View, props)}
    </Suspense>
  )
}
