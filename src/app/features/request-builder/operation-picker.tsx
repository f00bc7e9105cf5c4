import { findOperation, operationNames } from '../../../engine/index.ts'
import { isSimulated } from '../../engine-client.ts'

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
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor="operation" className="text-sm font-medium text-slate-900">
        Operation
      </label>
      <select
        id="operation"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby="operation-hint"
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-2 font-mono text-sm text-slate-900 shadow-xs"
      >
        {operationNames.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <div id="operation-hint" className="flex flex-col gap-1 text-xs text-slate-600">
        <p>{summary(value)}</p>
        {!simulated && (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-2.5 py-1.5 text-amber-900">
            <span aria-hidden="true" className="font-bold">! </span>Not simulated yet: the playground answers {value} with a 501 NotImplemented. The request
            is still built and signed as AWS would receive it.
          </p>
        )}
      </div>
    </div>
  )
}
