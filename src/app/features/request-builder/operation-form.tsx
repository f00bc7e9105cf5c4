import { useMemo, useState, type ComponentType } from 'react'
import { worldChoices } from '../../engine/rules.ts'
import { operationParameters } from '../../engine/sts-model.ts'
import type { ParameterModel, Principal, World } from '../../engine/types.ts'
import { fieldSuggestions } from './field-suggestions.ts'
import { ParameterField, type PolicyFieldProps } from './parameter-field.tsx'
import { requestDurationLimits } from './parameter-hints.ts'

interface OperationFormProps {
  PolicyField: ComponentType<PolicyFieldProps>
  operation: string
  fieldText: (name: string) => string
  problems: Readonly<Record<string, string>>
  onFieldChange: (name: string, value: string) => void
  /** The world the request goes to: its roles, providers and devices fill the pickers, its roles' limits the hints. */
  world: World
  /** Who signs: their MFA devices come first; a role session makes AssumeRole role chaining. */
  callerArn?: string | undefined
  callerKind?: Principal['kind'] | undefined
  /** The operation that issued the caller's credentials, when they are temporary. */
  callerSession?: string | undefined
}

const ROLE_OPERATIONS = new Set(['AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity'])

const disclosureButton =
  'flex w-fit items-center gap-1.5 rounded-md px-1 py-0.5 text-sm font-semibold text-slate-800 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'

/**
 * One input per request parameter of the operation: required ones first, in model order; optional
 * ones folded under "More parameters (N)", which opens by itself when one of them holds a value
 * (a restored draft, a prefill from another view, the authenticator filling SerialNumber).
 */
export function OperationForm({ PolicyField, operation, fieldText, problems, onFieldChange, world, callerArn, callerKind, callerSession }: OperationFormProps) {
  const parameters = operationParameters(operation)
  const required = parameters.filter((parameter) => parameter.required)
  const optional = parameters.filter((parameter) => !parameter.required)
  const optionalHasValues = optional.some((parameter) => fieldText(parameter.name) !== '')

  const [open, setOpen] = useState(optionalHasValues)
  // Open when an optional field gets a value; close (unless one holds a value) on another operation.
  const [seen, setSeen] = useState({ operation, optionalHasValues })
  if (seen.operation !== operation || seen.optionalHasValues !== optionalHasValues) {
    setSeen({ operation, optionalHasValues })
    if (optionalHasValues) setOpen(true)
    else if (seen.operation !== operation) setOpen(false)
  }

  const choices = useMemo(() => worldChoices(world), [world])
  const roleArn = parameters.some((parameter) => parameter.name === 'RoleArn') ? fieldText('RoleArn').trim() : ''
  const limits = ROLE_OPERATIONS.has(operation) && roleArn === '' ? undefined : requestDurationLimits(operation, { world, roleArn, callerKind, callerSession })

  if (parameters.length === 0) {
    return <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-300">{operation} takes no parameters.</p>
  }
  const field = (parameter: ParameterModel) => (
    <ParameterField
      PolicyField={PolicyField}
      key={`${operation}.${parameter.name}`}
      operation={operation}
      parameter={parameter}
      value={fieldText(parameter.name)}
      problem={problems[parameter.name]}
      limits={parameter.name === 'DurationSeconds' ? limits : undefined}
      suggestions={fieldSuggestions(operation, parameter.name, { choices, callerArn })}
      onChange={(value) => onFieldChange(parameter.name, value)}
    />
  )
  const moreId = `more-parameters-${operation}`
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-3 text-xs font-medium text-slate-600 dark:text-slate-400">
        Parameters of {operation}. Empty fields are left out; hints never stop you sending.
      </legend>
      {required.map(field)}
      {optional.length > 0 && (
        <div className="flex flex-col gap-4 border-t border-slate-200 pt-3 dark:border-slate-700">
          <button type="button" aria-expanded={open} aria-controls={open ? moreId : undefined} onClick={() => setOpen(!open)} className={disclosureButton}>
            <span aria-hidden="true" className={`inline-block transition-transform motion-reduce:transition-none ${open ? 'rotate-90' : ''}`}>
              ▸
            </span>
            More parameters ({optional.length})
          </button>
          {open && (
            <div id={moreId} className="flex flex-col gap-4">
              {optional.map(field)}
            </div>
          )}
        </div>
      )}
    </fieldset>
  )
}
