import type { ParameterModel } from '../../../engine/index.ts'
import { constraintParts, valueWarning } from './parameter-hints.ts'
import { fieldKind, jsonExample } from './parameter-value.ts'

interface ParameterFieldProps {
  parameter: ParameterModel
  value: string
  /** Why the value cannot be encoded, when it cannot (e.g. unfinished JSON). */
  problem: string | undefined
  onChange: (value: string) => void
}

const inputClass = 'w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 shadow-xs placeholder:text-slate-400'

export function ParameterField({ parameter, value, problem, onChange }: ParameterFieldProps) {
  const id = `param-${parameter.name}`
  const kind = fieldKind(parameter)
  const warning = problem ?? valueWarning(parameter, value)
  const [presence, ...limits] = constraintParts(parameter)
  const describedBy = [`${id}-constraints`, warning === undefined ? undefined : `${id}-warning`].filter(Boolean).join(' ')
  const common = { id, value, 'aria-describedby': describedBy, spellCheck: false, autoComplete: 'off' } as const

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-mono text-sm font-semibold text-slate-900">
        {parameter.name}
      </label>
      {kind === 'scalar' ? (
        <input
          {...common}
          type="text"
          inputMode={parameter.type === 'integer' ? 'numeric' : 'text'}
          onChange={(event) => onChange(event.target.value)}
          className={inputClass}
        />
      ) : (
        <textarea
          {...common}
          rows={kind === 'json' ? 3 : 2}
          placeholder={kind === 'json' ? jsonExample(parameter) : 'One item per line'}
          onChange={(event) => onChange(event.target.value)}
          className={`${inputClass} resize-y`}
        />
      )}
      <p id={`${id}-constraints`} className="text-xs text-slate-600">
        <span className={presence === 'required' ? 'font-semibold text-slate-800' : ''}>{presence}</span>
        {limits.map((limit) => ` · ${limit}`)}
        {kind === 'string-list' && ' · one item per line'}
        {kind === 'json' && ' · JSON for now (a structured editor comes later)'}
        {parameter.pattern !== undefined && (
          <>
            {' · pattern '}
            <code className="rounded bg-slate-100 px-1 font-mono wrap-anywhere text-slate-800">{parameter.pattern}</code>
          </>
        )}
      </p>
      {warning !== undefined && (
        <p id={`${id}-warning`} className="text-xs text-amber-800">
          <span aria-hidden="true">⚠ </span>
          {warning}
        </p>
      )}
    </div>
  )
}
