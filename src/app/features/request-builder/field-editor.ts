// Which input a parameter gets. The draft text stays one string per parameter whatever the input
// (parameter-value.ts), so the choice only changes how that text is edited.
import type { ParameterModel } from '../../engine/types.ts'
import { fieldKind } from '../../state/parameter-value.ts'
import { structureForm } from './structure-rows.ts'

/**
 * `text`: one line; `string-list`: one item per line; `structure`: rows of member inputs over JSON
 * text; `json`: JSON text only (shapes rows cannot show); `policy-document`: the policy editor.
 */
export type FieldEditor = 'text' | 'string-list' | 'structure' | 'json' | 'policy-document'

/** The model names session policy documents `sessionPolicyDocumentType` and `unrestrictedSessionPolicyDocumentType`. */
export function isPolicyDocument(parameter: ParameterModel): boolean {
  return parameter.type === 'string' && /PolicyDocumentType$/.test(parameter.shape)
}

export function fieldEditor(parameter: ParameterModel): FieldEditor {
  if (isPolicyDocument(parameter)) return 'policy-document'
  const kind = fieldKind(parameter)
  if (kind === 'scalar') return 'text'
  if (kind === 'string-list') return 'string-list'
  return structureForm(parameter) === undefined ? 'json' : 'structure'
}
