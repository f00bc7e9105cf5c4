import type { ComponentType } from 'react'
import type { DocumentKind, PolicyFieldProps } from './document-field-props.ts'

interface CheckedPolicyFieldProps {
  /** The policy editor a view plugs in (the policy-editor feature's field). */
  PolicyField: ComponentType<PolicyFieldProps>
  id: string
  label: string
  kind: DocumentKind
  value: string
  onChange: (value: string) => void
  /** A problem of the world is at this policy: said in the hint and by the left border (the problem list has the details). */
  invalid: boolean
  hint?: string
}

/** A policy document of the world (trust, identity, SCP, bucket policy…) in the plugged-in policy editor, marked when a problem is there. */
export function CheckedPolicyField({ PolicyField, id, label, kind, value, onChange, invalid, hint }: CheckedPolicyFieldProps) {
  return (
    <div className={`min-w-0 ${invalid ? 'rounded-md border-l-4 border-red-600 pl-2 dark:border-red-400' : ''}`}>
      <PolicyField
        id={id}
        label={label}
        kind={kind}
        value={value}
        onChange={onChange}
        describedBy={`${id}-hint`}
        hints={
          <div id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
            {invalid && (
              <p className="font-medium text-red-700 dark:text-red-300">
                <span aria-hidden="true">✗ </span>This policy has a problem: see the list below.
              </p>
            )}
            {hint !== undefined && <p>{hint}</p>}
          </div>
        }
      />
    </div>
  )
}
