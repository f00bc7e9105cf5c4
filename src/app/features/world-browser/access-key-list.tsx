import type { WorldAccessKey } from '../../engine/types.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import { CopyButton } from '../../ui/copy-button.tsx'
import { newAccessKey } from './new-ids.ts'

interface AccessKeyListProps {
  /** "User alice", "Root user of 111111111111": whose keys, in labels. */
  owner: string
  keys: readonly WorldAccessKey[]
  onChange: (keys: WorldAccessKey[]) => void
  /** IAM's limit for the owner. */
  max: number
}

/**
 * Long-term access keys: create (random, in IAM's shapes) and delete. The secret is shown, as the IAM
 * console shows it once at creation: this is a playground, and the demo keys are public anyway.
 */
export function AccessKeyList({ owner, keys, onChange, max }: AccessKeyListProps) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-2">
      <legend className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        Access keys ({keys.length} of {max})
      </legend>
      {keys.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">No access keys: {owner} cannot sign requests.</p>}
      <ul className="flex min-w-0 flex-col gap-2">
        {keys.map((key) => (
          <li key={key.accessKeyId} className="flex min-w-0 flex-wrap items-center gap-2 rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700">
            <code className="min-w-0 font-mono text-xs break-all text-slate-900 dark:text-slate-100">{key.accessKeyId}</code>
            <CopyButton text={key.accessKeyId} label={`Copy access key id ${key.accessKeyId}`} />
            <CopyButton text={key.secretAccessKey} label={`Copy the secret access key of ${key.accessKeyId}`} />
            <button type="button" className={`${secondaryButton} ml-auto`} onClick={() => onChange(keys.filter((k) => k !== key))}>
              Delete key {key.accessKeyId.slice(-4)}
            </button>
          </li>
        ))}
      </ul>
      <div>
        <button type="button" className={secondaryButton} disabled={keys.length >= max} onClick={() => onChange([...keys, newAccessKey()])}>
          Create access key
        </button>
        {keys.length >= max && <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">IAM allows {max} access keys here.</span>}
      </div>
    </fieldset>
  )
}
