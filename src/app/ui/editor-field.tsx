import type { ReactNode } from 'react'
import { inputClass } from './input-class.ts'

interface EditorFieldProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** Under the field, and announced with it. */
  hint: ReactNode
  /** A problem of the world is at this field: marked in text by the problem list, here by the border and aria-invalid. */
  invalid: boolean
  /** A text area of this many rows instead of a one-line input. */
  rows?: number
}

/** A labelled input or text area of a provider card. */
export function EditorField({ id, label, value, onChange, hint, invalid, rows }: EditorFieldProps) {
  const common = {
    id,
    value,
    spellCheck: false,
    autoCapitalize: 'off',
    autoComplete: 'off',
    'aria-invalid': invalid,
    'aria-describedby': `${id}-hint`,
    className: `${inputClass} ${invalid ? 'border-red-600! dark:border-red-400!' : ''}`,
  } as const
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-900 dark:text-slate-100">
        {label}
      </label>
      {rows === undefined ? (
        <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />
      ) : (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      )}
      <div id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {invalid && (
          <p className="font-medium text-red-700 dark:text-red-300">
            <span aria-hidden="true">✗ </span>This field has a problem: see the list below.
          </p>
        )}
        {hint}
      </div>
    </div>
  )
}
