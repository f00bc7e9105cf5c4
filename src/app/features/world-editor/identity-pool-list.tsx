import { useId, useRef } from 'react'
import type { World, WorldProblem } from '../../engine/types.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import { newIdentityPoolRow, type IdentityPoolRow } from './cognito-draft.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { hasProblemAt } from '../../ui/problem-paths.ts'

interface IdentityPoolListProps {
  world: World
  rows: readonly IdentityPoolRow[]
  onChange: (rows: IdentityPoolRow[]) => void
  /** `cognito`: where the problems of this list are. */
  path: string
  problems: readonly WorldProblem[]
}

/**
 * Cognito's identity pools, one row each. A pool id is the `aud` of the identity tokens Cognito
 * issues for it; roles trusting `cognito-identity.amazonaws.com` name it in their conditions.
 */
export function IdentityPoolList({ world, rows, onChange, path, problems }: IdentityPoolListProps) {
  const id = useId()
  const addButton = useRef<HTMLButtonElement>(null)
  const replace = (index: number, row: IdentityPoolRow) => onChange(rows.map((r, i) => (i === index ? row : r)))
  const invalid = (index: number, field: string) => hasProblemAt(problems, `${path}.identityPools[${index}].${field}`)
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="text-sm font-medium text-slate-900 dark:text-slate-100">Identity pools ({rows.length})</legend>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        A Cognito identity token's aud is its pool id. STS accepts a token of a pool listed here; a role's trust policy decides which pools it lets in (cognito-identity.amazonaws.com:aud).
      </p>
      {rows.length === 0 && <p className="text-sm text-slate-700 dark:text-slate-300">None: the simulated Cognito has no pool to sign in at.</p>}
      {rows.map((row, index) => (
        <div key={index} role="group" aria-label={`Identity pool ${index + 1}`} className="flex min-w-0 flex-col gap-2 rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
          <div className="grid min-w-0 gap-3 md:grid-cols-3">
            <EditorField
              id={`${id}-${index}-id`}
              label={`Pool ${index + 1} id`}
              value={row.id}
              onChange={(poolId) => replace(index, { ...row, id: poolId })}
              invalid={invalid(index, 'id')}
              hint="REGION:GUID, e.g. us-east-1:0f6a2b4c-…"
            />
            <EditorField
              id={`${id}-${index}-account`}
              label={`Pool ${index + 1} account`}
              value={row.account}
              onChange={(account) => replace(index, { ...row, account })}
              invalid={invalid(index, 'account')}
              hint="12 digits. May be an account the world does not describe: a pool of an outside account."
            />
            <EditorField
              id={`${id}-${index}-name`}
              label={`Pool ${index + 1} name`}
              value={row.name}
              onChange={(name) => replace(index, { ...row, name })}
              invalid={invalid(index, 'name')}
              hint="For people; STS never sees it."
            />
          </div>
          <div>
            <button
              type="button"
              className={secondaryButton}
              onClick={() => {
                onChange(rows.filter((_, i) => i !== index))
                addButton.current?.focus()
              }}
            >
              Remove identity pool {index + 1}
            </button>
          </div>
        </div>
      ))}
      <div>
        <button ref={addButton} type="button" className={secondaryButton} onClick={() => onChange([...rows, newIdentityPoolRow(world, rows)])}>
          Add identity pool
        </button>
      </div>
    </fieldset>
  )
}
