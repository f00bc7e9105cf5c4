import { findOperation, operationNames } from '../../../engine/index.ts'
import { isSimulated } from '../../engine/engine-client.ts'
import { SelectField } from '../../ui/select-field.tsx'

interface OperationPickerProps {
  value: string
  onChange: (operation: string) => void
}

/** The first sentence of the model's documentation for an operation. */
function summary(operation: string): string {
  const text = findOperation(operation)?.documentation ?? ''
  const end = text.search(/\.\s/)
  return end === -1 ? text : text.slice(0, end + 1)
}

export function OperationPicker({ value, onChange }: OperationPickerProps) {
  const simulated = isSimulated(value)
  const hint = (
    <>
      <p>{summary(value)}</p>
      {!simulated && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-2.5 py-1.5 text-amber-900 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-200">
          <span aria-hidden="true" className="font-bold">! </span>Not simulated yet: the playground answers {value} with a 501 NotImplemented. The request
          is still built and signed as AWS would receive it.
        </p>
      )}
    </>
  )
  return (
    <SelectField id="operation" label="Operation" value={value} onChange={onChange} hint={hint}>
      {operationNames.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </SelectField>
  )
}
