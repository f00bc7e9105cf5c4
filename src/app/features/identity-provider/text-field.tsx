import { useId } from 'react'
import { inputClass } from '../../ui/input-class.ts'

interface TextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string
  /** A multi-line field (one item per line). */
  lines?: number
  inputMode?: 'numeric' | 'text'
}

/** A labelled input or textarea with an optional hint under it. */
export function TextField({ label, value, onChange, hint, lines, inputMode = 'text' }: TextFieldProps) {
  const id = useId()
  const common = { id, value, spellCheck: false, autoComplete: 'off', 'aria-describedby': hint === undefined ? undefined : `${id}-hint`, className: inputClass } as const
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-900 dark:text-slate-100">
        {label}
      </label>
      {lines === undefined ? (
        <input {...common} type="text" inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <textarea {...common} rows={lines} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint !== undefined && (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
    </div>
  )
}
