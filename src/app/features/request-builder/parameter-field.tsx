import type { ComponentType } from 'react'
import type { DurationLimits, ParameterModel } from '../../engine/types.ts'
import type { DocumentFieldProps } from '../../ui/document-field-props.ts'
import { fieldEditor } from './field-editor.ts'
import { FieldHints, hintIds } from './field-hints.tsx'
import type { Suggestion } from './field-suggestions.ts'
import { inputClass } from '../../ui/input-class.ts'
import { durationWarning, valueWarning } from './parameter-hints.ts'
import { jsonExample } from '../../state/parameter-value.ts'
import { StructureEditor } from './structure-editor.tsx'

/** What the form hands the policy editor it is given (the view passes the policy-editor feature's field). */
export type PolicyFieldProps = DocumentFieldProps

interface ParameterFieldProps {
  /** Draws a policy document parameter (`Policy`). */
  PolicyField: ComponentType<PolicyFieldProps>
  operation: string
  parameter: ParameterModel
  /** The draft's text for the parameter: one string whatever the input (see parameter-value.ts). */
  value: string
  /** Why the value cannot be encoded, when it cannot (e.g. unfinished JSON). */
  problem: string | undefined
  /** DurationSeconds: what this request may ask for. */
  limits?: DurationLimits | undefined
  /** What the world offers for the field (roles, providers, devices): a combobox that still takes any text. */
  suggestions?: readonly Suggestion[] | undefined
  onChange: (value: string) => void
}

/** The input that fits the parameter's shape in the model, labelled with its exact STS name. */
export function ParameterField({ PolicyField, operation, parameter, value, problem, limits, suggestions, onChange }: ParameterFieldProps) {
  const id = `param-${parameter.name}`
  const field = { operation, path: parameter.name }
  const editor = fieldEditor(parameter)
  const warning = problem ?? valueWarning(operation, parameter, value) ?? (limits === undefined ? undefined : durationWarning(value, limits))
  const describedBy = hintIds(id, warning)

  if (editor === 'structure') return <StructureEditor id={id} operation={operation} parameter={parameter} value={value} problem={problem} onChange={onChange} />
  if (editor === 'policy-document') {
    return (
      <PolicyField
        id={id}
        label={parameter.name}
        value={value}
        onChange={onChange}
        describedBy={describedBy}
        hints={<FieldHints id={id} field={field} parameter={parameter} note="JSON IAM policy" warning={warning} />}
      />
    )
  }

  const listId = suggestions === undefined ? undefined : `${id}-options`
  const common = { id, value, 'aria-describedby': describedBy, spellCheck: false, autoComplete: 'off' } as const
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-mono text-sm font-semibold text-slate-900 dark:text-slate-100">
        {parameter.name}
      </label>
      {editor === 'text' ? (
        <>
          <input
            {...common}
            type="text"
            list={listId}
            inputMode={parameter.type === 'integer' ? 'numeric' : 'text'}
            onChange={(event) => onChange(event.target.value)}
            className={inputClass}
          />
          {suggestions !== undefined && (
            <datalist id={listId}>
              {suggestions.map((suggestion) => (
                <option key={suggestion.value} value={suggestion.value} label={suggestion.label} />
              ))}
            </datalist>
          )}
        </>
      ) : (
        <textarea
          {...common}
          rows={editor === 'json' ? 3 : 2}
          placeholder={editor === 'json' ? jsonExample(parameter) : 'One item per line'}
          onChange={(event) => onChange(event.target.value)}
          className={`${inputClass} resize-y`}
        />
      )}
      <FieldHints
        id={id}
        field={field}
        parameter={parameter}
        note={editor === 'string-list' ? 'one item per line' : editor === 'json' ? 'JSON' : suggestions !== undefined ? 'pick from the world or type any text' : undefined}
        warning={warning}
        limits={limits}
      />
    </div>
  )
}
