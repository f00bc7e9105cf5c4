import type { ComponentType } from 'react'
import type { PolicyFieldProps } from '../../ui/document-field-props.ts'

interface ResourcePolicyFieldProps {
  PolicyField: ComponentType<PolicyFieldProps>
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** A problem is at this policy: said in the hint (the problem list has the details). */
  invalid: boolean
  hint: string
}

/** A resource-based policy (bucket, key or queue policy) in the policy editor the view plugs in. */
export function ResourcePolicyField({ PolicyField, id, label, value, onChange, invalid, hint }: ResourcePolicyFieldProps) {
  return (
    <div className={`min-w-0 ${invalid ? 'rounded-md border-l-4 border-red-600 pl-2 dark:border-red-400' : ''}`}>
      <PolicyField
        id={id}
        label={label}
        kind="resource"
        value={value}
        onChange={onChange}
        describedBy={`${id}-hint`}
        hints={
          <div id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
            {invalid && (
              <p className="font-medium text-red-700 dark:text-red-300">
                <span aria-hidden="true">✗ </span>This field has a problem: see the list below.
              </p>
            )}
            <p>{hint}</p>
          </div>
        }
      />
    </div>
  )
}
