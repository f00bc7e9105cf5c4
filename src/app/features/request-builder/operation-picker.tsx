import { findOperation, operationNames } from '../../engine/sts-model.ts'
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
  const hint = <p>{summary(value)}</p>
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
