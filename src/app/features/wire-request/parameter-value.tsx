import { useState } from 'react'
import { valuePreview } from './parameter-rows.ts'

/** A decoded value; a long one (an assertion, a policy) starts cut short, with a button to show it all. */
export function ParameterValue({ name, value }: { name: string; value: string }) {
  const [expanded, setExpanded] = useState(false)
  if (value === '') return <span className="text-slate-600 italic dark:text-slate-400">(empty)</span>
  const { shown, hiddenCharacters } = valuePreview(value)
  const long = hiddenCharacters > 0
  return (
    <span className="flex flex-col items-start gap-1">
      <span className="font-mono whitespace-pre-wrap wrap-anywhere text-slate-900 dark:text-slate-100">
        {expanded || !long ? value : shown}
        {long && !expanded && <span aria-hidden="true">…</span>}
      </span>
      {long && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
          className="min-h-6 rounded text-xs font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
        >
          {expanded ? 'Show less' : `Show all ${Array.from(value).length.toLocaleString('en-US')} characters`}
          <span className="sr-only"> of {name}</span>
        </button>
      )}
    </span>
  )
}
