// The current view from the address's fragment: `#/federation` → `/federation`; no fragment, or one
// that is not a route (an old `#share=` link is read at start-up), is the workbench at `/`. Hash
// routes work offline and on any static host, and the browser's Back walks through them.
import { useSyncExternalStore } from 'react'

export function routeOf(hash: string): string {
  if (!hash.startsWith('#/')) return '/'
  const path = hash.slice(1).split(/[?#]/, 1)[0] ?? '/'
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, () => routeOf(window.location.hash))
}

/** Goes to a view, adding a history entry (so Back returns). */
export function goTo(path: string): void {
  const hash = path === '/' ? '#/' : `#${path}`
  if (window.location.hash !== hash) window.location.hash = hash
}
