import type { ComponentType } from 'react'
import type { WorldProblem } from '../../engine/types.ts'
import { CheckedPolicyField } from '../../ui/checked-policy-field.tsx'
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

/** One policy document of an entity, marked when one of `problems` is at its world path. */
export function PolicyDocumentInput({ path, problems, ...field }: PolicyDocumentInputProps) {
  return <CheckedPolicyField {...field} invalid={hasProblemAt(problems, path)} />
}
