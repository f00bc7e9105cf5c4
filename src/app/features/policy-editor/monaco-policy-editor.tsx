// The Monaco editor for a policy document: the default export, loaded with React.lazy by
// policy-document-field.tsx. A small own wrapper (no @monaco-editor/react: it loads Monaco from a CDN).
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { PolicyKind } from '../../engine/policy-language.ts'
import type { PolicyDiagnostic } from './policy-diagnostics.ts'
import { registerPolicyModel, updatePolicyMarkers, whenCatalogueLoaded } from './monaco-policy-language.ts'
import { monaco } from './monaco-setup.ts'
import { useDarkDocument } from './use-dark-document.ts'

export interface MonacoPolicyEditorProps {
  value: string
  onChange: (value: string) => void
  /** The accessible name of the editor's text area (the parameter name, e.g. `Policy`). */
  ariaLabel: string
  /** Given to the editor's text area, so the field's <label for> names and focuses it. */
  textAreaId: string
  /** Ids of the hints that describe the editor; the Tab hint is added to them. */
  describedBy: string
  /** Unique per editor on the page: names the model, whose `.policy.json` suffix selects the IAM schema. */
  modelName: string
  /** Which policy the document is: the engine's parser judges it as one (a Principal is an error in an identity policy). */
  kind: PolicyKind
  /** Asked once the editor exists: whether it should take the focus (the text area it replaced had it). */
  shouldTakeFocus: () => boolean
}

export default function MonacoPolicyEditor({ value, onChange, ariaLabel, textAreaId, describedBy, modelName, kind, shouldTakeFocus }: MonacoPolicyEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null)
  const latest = useRef({ value, onChange, shouldTakeFocus })
  useLayoutEffect(() => {
    latest.current = { value, onChange, shouldTakeFocus }
  })
  const dark = useDarkDocument()
  const tabHintId = `${textAreaId}-tab-hint`
  const problemsId = `${textAreaId}-problems`
  // The engine's problems, also listed under the editor: squiggles alone say nothing to a screen reader.
  const [problems, setProblems] = useState<PolicyDiagnostic[]>([])

  useEffect(() => {
    const container = containerRef.current
    if (container === null) return
    const model = monaco.editor.createModel(latest.current.value, 'json', monaco.Uri.parse(`inmemory://sts-playground/${modelName}.policy.json`))
    const editor = monaco.editor.create(container, {
      model,
      ariaLabel,
      // A real <textarea> rather than the EditContext API: the form screen readers have long supported.
      editContext: false,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      wordWrap: 'on',
      tabSize: 2,
      fontSize: 13,
      lineNumbersMinChars: 3,
      renderLineHighlight: 'none',
      // 'dimmed' draws the last line number at 1.8:1 contrast; axe (rightly) flags it.
      renderFinalNewline: 'on',
      fixedOverflowWidgets: true,
      scrollbar: { alwaysConsumeMouseWheel: false },
      // Tab moves focus, as everywhere else on the page; Ctrl+M (Ctrl+Shift+M on macOS) makes it indent.
      tabFocusMode: true,
      // Monaco's default keeps quick suggestions out of strings, and in JSON everything worth
      // completing (actions, operators, condition keys) is a string: without this, the list opened
      // only on Ctrl+Space, never while typing.
      quickSuggestions: { strings: 'on', other: 'on', comments: 'off' },
      suggest: { showWords: false },
    })
    const unregister = registerPolicyModel(model, kind)
    const mark = () => setProblems(updatePolicyMarkers(monaco, model))
    mark()
    whenCatalogueLoaded(mark)
    // Ctrl/Cmd+Enter sends from anywhere: Monaco would insert a line and keep the key to itself.
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }))
    })
    const subscription = editor.onDidChangeModelContent(() => {
      mark()
      const text = model.getValue()
      if (text !== latest.current.value) latest.current.onChange(text)
    })
    editorRef.current = editor
    if (latest.current.shouldTakeFocus()) {
      // Taking over from the text area someone is typing in: the caret goes where the typing was, at the end.
      editor.setPosition(model.getFullModelRange().getEndPosition())
      editor.focus()
    }
    return () => {
      subscription.dispose()
      unregister()
      editor.dispose()
      model.dispose()
      editorRef.current = null
    }
  }, [ariaLabel, modelName, kind])

  // Monaco has no options for these, so they go on its text area directly.
  useEffect(() => {
    const textArea = containerRef.current?.querySelector('textarea')
    textArea?.setAttribute('id', textAreaId)
    textArea?.setAttribute('aria-describedby', `${tabHintId} ${problemsId} ${describedBy}`)
  }, [textAreaId, tabHintId, problemsId, describedBy, ariaLabel, modelName, kind])

  // Text set from outside (Insert example, a restored draft) goes in as an edit, so Undo brings back what was there.
  useEffect(() => {
    const editor = editorRef.current
    const model = editor?.getModel()
    if (!editor || !model || model.getValue() === value) return
    editor.pushUndoStop()
    editor.executeEdits('draft', [{ range: model.getFullModelRange(), text: value }])
    editor.pushUndoStop()
  }, [value])

  useEffect(() => {
    monaco.editor.setTheme(dark ? 'vs-dark' : 'vs')
  }, [dark])

  return (
    <>
      <div
        ref={containerRef}
        data-testid="policy-editor"
        className="h-64 w-full overflow-hidden rounded-md border border-slate-300 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-indigo-600 dark:border-slate-600 dark:focus-within:outline-indigo-400"
      />
      <ul id={problemsId} data-testid="policy-problems" aria-live="polite" className="flex flex-col gap-0.5 text-xs">
        {problems.map((problem) => (
          <li key={`${problem.start}:${problem.message}`} className={problem.severity === 'error' ? 'text-red-700 dark:text-red-300' : 'text-amber-800 dark:text-amber-300'}>
            <span className="font-semibold">{problem.severity === 'error' ? 'Error: ' : 'Warning: '}</span>
            {problem.message}
          </li>
        ))}
      </ul>
      <p id={tabHintId} className="text-xs text-slate-600 dark:text-slate-400">
        <span aria-hidden="true">⌨ </span>
        Tab moves focus; press <Key>Ctrl</Key>+<Key>M</Key> (<Key>Ctrl</Key>+<Key>Shift</Key>+<Key>M</Key> on macOS) to make Tab indent instead.
        {/* Only the workbench's session policy sits in a request form that Ctrl+Enter sends. */}
        {kind === 'session' && (
          <>
            {' '}
            <Key>Ctrl</Key>+<Key>Enter</Key> sends.
          </>
        )}
      </p>
    </>
  )
}

function Key({ children }: { children: string }) {
  return <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200">{children}</kbd>
}
