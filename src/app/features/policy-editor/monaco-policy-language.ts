// IAM knowledge in Monaco: completion, hovers and the engine's markers for every policy model
// (a model whose URI ends with .policy.json). Each editor says which kind of policy its model holds.
import type * as Monaco from 'monaco-editor/editor'
import { loadIamCatalogue, type IamCatalogue, type PolicyKind } from '../../engine/policy-language.ts'
import { caretContext } from './json-locations.ts'
import { policyDiagnostics, type PolicyDiagnostic } from './policy-diagnostics.ts'
import { hoverFor, suggestionsFor, type Suggestion } from './policy-suggestions.ts'
import { statementActions } from './statement-actions.ts'

/** The owner of the engine's markers (the JSON language service has its own). */
export const MARKER_OWNER = 'iam-policy-engine'

const kinds = new Map<string, PolicyKind>()
let catalogue: IamCatalogue | undefined
const catalogueReady = loadIamCatalogue().then((loaded) => (catalogue = loaded))

/** Tells the language features which kind of policy a model holds; returns the undo. */
export function registerPolicyModel(model: Monaco.editor.ITextModel, kind: PolicyKind): () => void {
  const key = model.uri.toString()
  kinds.set(key, kind)
  return () => kinds.delete(key)
}

/**
 * Sets the engine's markers on a model now (synchronous: cheap for a policy-sized document) and
 * returns them as the engine worded them, for the list under the editor.
 */
export function updatePolicyMarkers(monaco: typeof Monaco, model: Monaco.editor.ITextModel): PolicyDiagnostic[] {
  const kind = kinds.get(model.uri.toString())
  if (kind === undefined || model.isDisposed()) return []
  const diagnostics = policyDiagnostics(model.getValue(), kind, catalogue)
  const markers = diagnostics.map((d) => {
    const start = model.getPositionAt(d.start)
    const end = model.getPositionAt(d.end)
    return {
      severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      message: d.message,
      source: 'IAM policy engine',
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    }
  })
  monaco.editor.setModelMarkers(model, MARKER_OWNER, markers)
  return diagnostics
}

/** Re-marks a model once the catalogue has loaded (the action lint needs it). */
export function whenCatalogueLoaded(then: () => void): void {
  void catalogueReady.then(then, () => undefined)
}

export function registerPolicyLanguage(monaco: typeof Monaco): void {
  const KIND: Record<Suggestion['kind'], Monaco.languages.CompletionItemKind> = {
    keyword: monaco.languages.CompletionItemKind.Property,
    action: monaco.languages.CompletionItemKind.Function,
    service: monaco.languages.CompletionItemKind.Module,
    operator: monaco.languages.CompletionItemKind.Operator,
    key: monaco.languages.CompletionItemKind.Variable,
    value: monaco.languages.CompletionItemKind.EnumMember,
    arn: monaco.languages.CompletionItemKind.Reference,
  }

  monaco.languages.registerCompletionItemProvider('json', {
    triggerCharacters: ['"', ':'],
    async provideCompletionItems(model, position) {
      const kind = kinds.get(model.uri.toString())
      if (kind === undefined) return { suggestions: [] }
      const loaded = await catalogueReady
      const text = model.getValue()
      const offset = model.getOffsetAt(position)
      const context = caretContext(text, offset)
      // Outside a string (Ctrl+Space between tokens), the item brings its own quotes.
      const quoted = context.typed === undefined
      const start = model.getPositionAt(context.typedStart)
      // Replace up to the closing quote if there is one just after the caret's word.
      const rest = model.getLineContent(position.lineNumber).slice(position.column - 1)
      const tail = quoted ? 0 : (/^[^"\s,\]}]*/.exec(rest)?.[0].length ?? 0)
      const range = new monaco.Range(start.lineNumber, start.column, position.lineNumber, position.column + tail)
      const actions = context.statementStart === undefined ? [] : statementActions(text, context.statementStart)
      const suggestions = suggestionsFor(context, kind, loaded, actions).map((s): Monaco.languages.CompletionItem => {
        const body = s.snippet ?? s.label
        return {
          label: { label: s.label, description: s.detail },
          kind: KIND[s.kind],
          detail: s.detail,
          ...(s.documentation ? { documentation: { value: s.documentation } } : {}),
          sortText: String(s.rank).padStart(6, '0'),
          filterText: quoted ? `"${s.label}` : s.label,
          insertText: quoted ? `"${body}"` : body,
          ...(s.snippet ? { insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet } : {}),
          range,
          ...(s.retrigger ? { command: { id: 'editor.action.triggerSuggest', title: 'More' } } : {}),
        }
      })
      return { suggestions, incomplete: false }
    },
  })

  monaco.languages.registerHoverProvider('json', {
    provideHover(model, position) {
      if (!kinds.has(model.uri.toString())) return undefined
      const line = model.getLineContent(position.lineNumber)
      // The string under the pointer, found by its quotes on this line.
      const column = position.column - 1
      const string = [...line.matchAll(/"(?:[^"\\]|\\.)*"/g)].find((m) => m.index <= column && column < m.index + m[0].length)
      if (!string) return undefined
      const lineStart = model.getOffsetAt({ lineNumber: position.lineNumber, column: 1 })
      const context = caretContext(model.getValue(), lineStart + string.index + 1)
      const value = hoverFor(context.path, context.inKey, string[0].slice(1, -1), catalogue)
      if (value === undefined) return undefined
      return { range: new monaco.Range(position.lineNumber, string.index + 1, position.lineNumber, string.index + string[0].length + 1), contents: [{ value }] }
    },
  })
}
