import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { tabAfterKey } from './tab-keys.ts'

export interface TabView {
  /** Short and unique: used in the tab's and panel's ids. */
  key: string
  title: string
  panel: ReactNode
}

interface ViewTabsProps {
  /** Prefix of the tab and panel ids. */
  idPrefix: string
  /** The tablist's accessible name. */
  label: string
  views: readonly TabView[]
}

/**
 * Tabs in the WAI-ARIA pattern with automatic activation: one tab stop for the list, Left/Right
 * (and Home/End) move and show. Every panel element stays in the DOM (hidden when not chosen) so each
 * tab's aria-controls points at a real element, but only the chosen one renders its content.
 */
export function ViewTabs({ idPrefix, label, views }: ViewTabsProps) {
  const [chosen, setChosen] = useState(0)
  const tabs = useRef<(HTMLButtonElement | null)[]>([])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabAfterKey(event.key, chosen, views.length)
    if (next === undefined) return
    event.preventDefault()
    setChosen(next)
    tabs.current[next]?.focus()
  }

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <div role="tablist" aria-label={label} onKeyDown={onKeyDown} className="flex flex-wrap gap-0 border-b border-slate-200 sm:gap-1 dark:border-slate-700">
        {views.map((view, index) => {
          const selected = index === chosen
          return (
            <button
              key={view.key}
              ref={(element) => {
                tabs.current[index] = element
              }}
              type="button"
              role="tab"
              id={`${idPrefix}-tab-${view.key}`}
              aria-controls={`${idPrefix}-panel-${view.key}`}
              aria-selected={selected}
              tabIndex={selected ? 0 : -1}
              onClick={() => setChosen(index)}
              className={`-mb-px min-h-9 rounded-t-md border-b-2 px-1.5 text-sm sm:px-3 ${
                selected
                  ? 'border-indigo-600 font-semibold text-indigo-800 dark:border-indigo-400 dark:text-indigo-200'
                  : 'border-transparent text-slate-600 hover:border-slate-400 hover:text-slate-900 dark:text-slate-400 dark:hover:border-slate-500 dark:hover:text-slate-100'
              }`}
            >
              {view.title}
            </button>
          )
        })}
      </div>
      {views.map((view, index) => (
        <div
          key={view.key}
          role="tabpanel"
          id={`${idPrefix}-panel-${view.key}`}
          aria-labelledby={`${idPrefix}-tab-${view.key}`}
          hidden={index !== chosen}
          tabIndex={0}
          className="flex min-w-0 flex-col gap-4 rounded-md"
        >
          {index === chosen && view.panel}
        </div>
      ))}
    </div>
  )
}
