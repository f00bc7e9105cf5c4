import { inputClass } from '../../ui/input-class.ts'
import type { JsonEdit } from './editing.ts'

interface JsonSegmentEditorProps {
  id: string
  label: string
  edit: JsonEdit
  onChange: (text: string) => void
}

/** A JWT header or payload as editable JSON; invalid JSON is reported under it and the last valid segment is kept. */
export function JsonSegmentEditor({ id, label, edit, onChange }: JsonSegmentEditorProps) {
  const lines = Math.min(16, Math.max(4, edit.text.split('\n').length + 1))
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-900 dark:text-slate-100">
        {label}
      </label>
      <textarea
        id={id}
        value={edit.text}
        rows={lines}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-invalid={edit.problem !== undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
        className={`${inputClass} text-[13px] leading-relaxed ${edit.problem !== undefined ? 'border-red-600 dark:border-red-400' : ''}`}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {edit.problem === undefined ? (
          'Edit the JSON: the segment is re-encoded (base64url) and the original signature kept.'
        ) : (
          <span className="font-medium text-red-700 dark:text-red-300">
            <span aria-hidden="true">✗ </span>
            {edit.problem} The token keeps the last valid {label.toLowerCase().startsWith('header') ? 'header' : 'payload'}.
          </span>
        )}
      </p>
    </div>
  )
}
