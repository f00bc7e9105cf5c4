import type { ComponentType } from 'react'
import type { WorldProblem } from '../../engine/types.ts'
import type { DocumentKind, PolicyFieldProps } from '../../ui/document-field-props.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'

interface PolicyDocumentInputProps {
  id: string
  label: string
  kind: DocumentKind
  value: string
  onChange: (value: string) => void
  /** The world path of the document, to mark it when a problem is there. */
  path: string
  problems: readonly WorldProblem[]
  PolicyField: ComponentType<PolicyFieldProps>
  hint?: string
}

/** One policy document of an entity, in the policy editor the view plugged in (which labels it), judged as `kind`. */
export function PolicyDocumentInput({ id, label, kind, value, onChange, path, problems, PolicyField, hint }: PolicyDocumentInputProps) {
  const invalid = hasProblemAt(problems, path)
  return (
    <div className="min-w-0">
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
                <span aria-hidden="true">✗ </span>This document has a problem: see the list below.
              </p>
            )}
            {hint}
          </div>
        }
      />
    </div>
  )
}
