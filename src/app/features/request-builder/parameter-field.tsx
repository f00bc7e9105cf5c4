import type { ComponentType, ReactNode } from 'react'
import type { ParameterModel } from '../../engine/types.ts'
import { fieldEditor } from './field-editor.ts'
import { FieldHints, hintIds } from './field-hints.tsx'
import { inputClass } from '../../ui/input-class.ts'
import { valueWarning } from './parameter-hints.ts'
import { jsonExample } from '../../state/parameter-value.ts'
import { StructureEditor } from './structure-editor.tsx'

/** What the form hands the policy editor it is given (the view passes the policy-editor feature's field). */
export interface PolicyFieldProps {
  id: string
  /** The parameter name, e.g. `Policy`. */
  label: string
  value: string
  onChange: (value: string) => void
  /** Ids of the hints that `hints` renders. */
  describedBy: string
  hints: ReactNode
}

interface ParameterFieldProps {
  /** Draws a policy document parameter (`Policy`). */
  PolicyField: ComponentType<PolicyFieldProps>
  parameter: ParameterModel
  /** The draft's text for the parameter: one string whatever the input (see parameter-value.ts). */
  value: string
  /** Why the value cannot be encoded, when it cannot (e.g. unfinished JSON). */
  problem: string | undefined
  onChange: (value: string) => void
}

/** The input that fits the parameter's shape in the model, labelled with its exact STS name. */
export function ParameterField({ PolicyField, parameter, value, problem, onChange }: ParameterFieldProps) {
  const id = `param-${parameter.name}`
  const editor = fieldEditor(parameter)
  const warning = problem ?? valueWarning(parameter, value)
  const describedBy = hintIds(id, warning)

  if (editor === 'structure') return <StructureEditor id={id} parameter={parameter} value={value} problem={problem} onChange={onChange} />
  if (editor === 'policy-document') {
    return (
      <PolicyField
        id={id}
        label={parameter.name}
        value={value}
        onChange={onChange}
        describedBy={describedBy}
        hints={<FieldHints id={id} parameter={parameter} note="JSON IAM policy" warning={warning} />}
      />
    )
  }

  const common = { id, value, 'aria-describedby': describedBy, spellCheck: false, autoComplete: 'off' } as const
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-mono text-sm font-semibold text-slate-900 dark:text-slate-100">
        {parameter.name}
      </label>
      {editor === 'text' ? (
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
          rows={editor === 'json' ? 3 : 2}
          placeholder={editor === 'json' ? jsonExample(parameter) : 'One item per line'}
          onChange={(event) => onChange(event.target.value)}
          className={`${inputClass} resize-y`}
        />
      )}
      <FieldHints id={id} parameter={parameter} note={editor === 'string-list' ? 'one item per line' : editor === 'json' ? 'JSON' : undefined} warning={warning} />
    </div>
  )
}
