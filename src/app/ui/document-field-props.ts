import type { ReactNode } from 'react'

/**
 * The props of a labelled document field (a policy editor): what the request form hands the editor
 * a view plugs into it, and what the policy-editor feature's field takes. One shape, two features.
 */
export interface DocumentFieldProps {
  /** The id of the field's text area (labelled by the field's <label>). */
  id: string
  /** The parameter name, e.g. `Policy`: the visible label and the editor's accessible name. */
  label: string
  value: string
  onChange: (value: string) => void
  /** Ids of the constraint and warning hints, which `hints` renders. */
  describedBy: string
  /** The field's constraints and warning, shown under the editor. */
  hints: ReactNode
}

/** Which policy a document field holds, so the editor judges it as one: the engine's PolicyKind, spelt here because ui/ knows no engine. */
export type DocumentKind = 'identity' | 'resource' | 'trust' | 'boundary' | 'session' | 'scp' | 'rcp'

/**
 * A policy field a view plugs into a feature (the policy-editor feature's PolicyDocumentField): the
 * features that edit the world take it as a prop, since a feature imports no other feature.
 */
export interface PolicyFieldProps extends DocumentFieldProps {
  /** Default: a session policy. */
  kind?: DocumentKind
}
