// Whether the page is in dark mode: the app puts a `dark` class on <html> (index.css). Monaco themes
// are global JavaScript state, not CSS, so the editor has to watch the class to follow the page.
import { useSyncExternalStore } from 'react'

function documentIsDark(): boolean {
  return document.documentElement.classList.contains('dark')
}

function watchRootClass(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] })
  return () => observer.disconnect()
}

export function useDarkDocument(): boolean {
  return useSyncExternalStore(watchRootClass, documentIsDark, () => false)
}
