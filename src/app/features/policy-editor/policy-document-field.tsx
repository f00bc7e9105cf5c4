import { lazy, Suspense, useCallback, useRef, useState, useTransition } from 'react'
import type { PolicyKind } from '../../engine/policy-language.ts'
import type { DocumentKind, PolicyFieldProps } from '../../ui/document-field-props.ts'
import { EditorLoadBoundary } from './editor-load-boundary.tsx'
import { EXAMPLE_SESSION_POLICY } from './example-policy.ts'

// Monaco is a few megabytes: it loads in its own chunk, and only on intent (the field is focused, or
// "Insert example" is pressed), never because the field merely appeared.
const MonacoPolicyEditor = lazy(() => import('./monaco-policy-editor.tsx'))


const textAreaClass =
  'w-full resize-y rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 shadow-xs placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:placeholder:text-slate-400'

/**
 * A policy document (a session policy unless `kind` says otherwise): Monaco with the IAM policy schema once it has loaded; until then, and
 * if it cannot load, a plain text area with the same label and value, so the field always works.
 */
export type PolicyDocumentFieldProps = PolicyFieldProps

// ui/ spells the engine's policy kinds as DocumentKind: the two must stay the same union.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const kindsAgree: Same<DocumentKind, PolicyKind> = true
void kindsAgree

export function PolicyDocumentField({ id, label, value, onChange, describedBy, hints, kind = 'session' }: PolicyDocumentFieldProps) {
  const [wanted, setWanted] = useState(false)
  // Wanting the editor is a transition: while Monaco loads, the same text area stays in place, with
  // the focus and everything typed into it, and the editor takes over only once it is there.
  const [loading, startLoading] = useTransition()
  const want = () => startLoading(() => setWanted(true))
  // Whether the plain text area had the focus, so the editor that replaces it can take it over.
  const plainFocused = useRef(false)
  const shouldTakeFocus = useCallback(() => plainFocused.current && document.activeElement === document.body, [])

  const plain = (note: string | undefined) => (
    <>
      <textarea
        id={id}
        value={value}
        rows={8}
        spellCheck={false}
        autoComplete="off"
        placeholder='{"Version": "2012-10-17", "Statement": […]}'
        aria-describedby={note === undefined ? describedBy : `${describedBy} ${id}-editor-note`}
        onChange={(event) => onChange(event.target.value)}
        onFocus={() => {
          plainFocused.current = true
          want()
        }}
        onBlur={() => (plainFocused.current = false)}
        className={textAreaClass}
      />
      {note !== undefined && (
        <p id={`${id}-editor-note`} className="text-xs text-slate-600 dark:text-slate-400">
          <span className="font-semibold">Note: </span>
          {note}
        </p>
      )}
    </>
  )

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={id} className="font-mono text-sm font-semibold text-slate-900 dark:text-slate-100">
          {label}
        </label>
        {/* The example is a session policy: other kinds (trust, identity, SCP…) get none rather than a wrong one. */}
        {kind === 'session' && (
          <button
            type="button"
            onClick={() => {
              want()
              onChange(EXAMPLE_SESSION_POLICY)
            }}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
          >
            {value.trim() === '' ? 'Insert example' : 'Replace with example'}
            <span className="sr-only"> session policy</span>
          </button>
        )}
      </div>
      <EditorLoadBoundary fallback={plain('The policy editor could not load, so this is a plain text area.')}>
        <Suspense fallback={plain('Loading the policy editor…')}>
          {wanted ? (
            <MonacoPolicyEditor
              value={value}
              onChange={onChange}
              ariaLabel={label}
              textAreaId={id}
              describedBy={describedBy}
              modelName={id}
              kind={kind}
              shouldTakeFocus={shouldTakeFocus}
            />
          ) : (
            plain(loading ? 'Loading the policy editor…' : undefined)
          )}
        </Suspense>
      </EditorLoadBoundary>
      {hints}
    </div>
  )
}
