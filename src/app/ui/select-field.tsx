import type { ReactNode } from 'react'

interface SelectFieldProps {
  /** The select's id; its hint is `${id}-hint`. */
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** The `<option>`s (or `<optgroup>`s). */
  children: ReactNode
  /** What the current choice means, under the select and announced with it. */
  hint: ReactNode
}

/** A labelled select with a hint that describes the current choice. */
export function SelectField({ id, label, value, onChange, children, hint }: SelectFieldProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-900 dark:text-slate-100">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-hint`}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-2 font-mono text-sm text-slate-900 shadow-xs dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      >
        {children}
      </select>
      <div id={`${id}-hint`} className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400">
        {hint}
      </div>
    </div>
  )
}
