import { useVirtualizer } from '@tanstack/react-virtual'
import { useDeferredValue, useMemo, useRef, useState } from 'react'
import { inputClass } from '../../ui/input-class.ts'
import { filterEntries, type EntityEntry } from './world-sections.ts'

/** Every row is this tall (two lines of text), so the list can place thousands without measuring them. */
const ROW_HEIGHT = 52

interface EntityListProps {
  /** Prefix of element ids; also names the list for tests (`data-testid="entity-list"`). */
  id: string
  /** "roles", "policies": the search box's label says what it searches. */
  noun: string
  entries: readonly EntityEntry[]
  selectedKey: string | undefined
  onSelect: (entry: EntityEntry) => void
}

/**
 * A searchable list of a section's entities. Only the rows in view are in the page (a world of
 * 1,000 roles and 5,000 policies stays quick to scroll and to search); the search runs on a deferred
 * copy of the query, so typing never waits for the list.
 */
export function EntityList({ id, noun, entries, selectedKey, onSelect }: EntityListProps) {
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const shown = useMemo(() => filterEntries(entries, deferredQuery), [entries, deferredQuery])
  const scroller = useRef<HTMLDivElement>(null)
  // The app does not use the React Compiler: the list simply re-renders with its virtualizer.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 })

  return (
    <div className="flex min-w-0 flex-col gap-2">
      <label htmlFor={`${id}-search`} className="sr-only">
        Search {noun}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        placeholder={`Search ${entries.length.toLocaleString('en-US')} ${noun} by name or ARN`}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setQuery(event.target.value)}
        className={inputClass}
      />
      <p id={`${id}-count`} className="text-xs text-slate-600 dark:text-slate-400" role="status">
        {shown.length === entries.length ? `${entries.length.toLocaleString('en-US')} ${noun}` : `${shown.length.toLocaleString('en-US')} of ${entries.length.toLocaleString('en-US')} ${noun} match`}
      </p>
      <div
        ref={scroller}
        data-testid="entity-list"
        aria-describedby={`${id}-count`}
        className="max-h-[22rem] min-h-16 overflow-y-auto rounded-md border border-slate-200 bg-white lg:max-h-[calc(100vh-16rem)] dark:border-slate-700 dark:bg-slate-900"
      >
        <ul aria-label={noun} className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const item = shown[row.index]
            if (item === undefined) return null
            const selected = item.key === selectedKey
            return (
              <li key={item.key} className="absolute inset-x-0" style={{ top: row.start, height: ROW_HEIGHT }}>
                <button
                  type="button"
                  data-entity-key={item.key}
                  aria-current={selected ? 'true' : undefined}
                  onClick={() => onSelect(item)}
                  className={`flex h-full w-full min-w-0 flex-col justify-center border-b border-slate-100 px-3 text-left dark:border-slate-800 ${
                    selected ? 'bg-indigo-50 ring-2 ring-indigo-500 ring-inset dark:bg-indigo-950' : 'hover:bg-slate-50 dark:hover:bg-slate-800'
                  }`}
                >
                  <span className="truncate text-sm font-semibold text-slate-900 dark:text-slate-100">{item.title}</span>
                  <span className="truncate font-mono text-xs text-slate-600 dark:text-slate-400">{item.subtitle}</span>
                </button>
              </li>
            )
          })}
        </ul>
        {shown.length === 0 && <p className="px-3 py-4 text-sm text-slate-600 dark:text-slate-400">{entries.length === 0 ? `No ${noun} yet.` : `No ${noun} match “${deferredQuery}”.`}</p>}
      </div>
    </div>
  )
}
