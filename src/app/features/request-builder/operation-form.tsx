import { operationParameters } from '../../engine/sts-model.ts'
import type { ComponentType } from 'react'
import { ParameterField, type PolicyFieldProps } from './parameter-field.tsx'

interface OperationFormProps {
  PolicyField: ComponentType<PolicyFieldProps>
  operation: string
  fieldText: (name: string) => string
  problems: Readonly<Record<string, string>>
  onFieldChange: (name: string, value: string) => void
}

/** One input per request parameter of the operation, in model order. */
export function OperationForm({ PolicyField, operation, fieldText, problems, onFieldChange }: OperationFormProps) {
  const parameters = operationParameters(operation)
  if (parameters.length === 0) {
    return <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-300">{operation} takes no parameters.</p>
  }
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-3 text-xs font-medium text-slate-600 dark:text-slate-400">
        Parameters of {operation}. Empty fields are left out; hints never stop you sending.
      </legend>
      {parameters.map((parameter) => (
        <ParameterField
          PolicyField={PolicyField}
          key={`${operation}.${parameter.name}`}
          parameter={parameter}
          value={fieldText(parameter.name)}
          problem={problems[parameter.name]}
          onChange={(value) => onFieldChange(parameter.name, value)}
        />
      ))}
    </fieldset>
  )
}
