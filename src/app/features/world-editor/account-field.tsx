import type { World } from '../../engine/types.ts'
import { SelectField } from '../../ui/select-field.tsx'

interface AccountFieldProps {
  id: string
  world: World
  value: string
  onChange: (account: string) => void
}

/** The account that holds a provider: one of the world's accounts (the ARN starts with it). */
export function AccountField({ id, world, value, onChange }: AccountFieldProps) {
  const known = world.accounts.some((account) => account.id === value)
  return (
    <SelectField id={id} label="Account" value={value} onChange={onChange} hint={<p>The account that holds the provider. Its roles name the provider ARN, which starts with this account.</p>}>
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
