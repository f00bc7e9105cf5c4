import type { World } from '../../engine/types.ts'
import { SelectField } from '../../ui/select-field.tsx'

interface AccountSelectProps {
  id: string
  world: World
  value: string
  onChange: (account: string) => void
  /** What the account means for this resource. */
  hint: string
}

/** The account that owns a resource: one of the world's accounts. */
export function AccountSelect({ id, world, value, onChange, hint }: AccountSelectProps) {
  const known = world.accounts.some((account) => account.id === value)
  return (
    <SelectField id={id} label="Account" value={value} onChange={onChange} hint={<p>{hint}</p>}>
      {!known && <option value={value}>{value} (not in the world)</option>}
      {world.accounts.map((account) => (
        <option key={account.id} value={account.id}>
          {account.id}
          {account.alias === '' ? '' : ` (${account.alias})`}
        </option>
      ))}
    </SelectField>
  )
}
