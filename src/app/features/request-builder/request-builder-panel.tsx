import type { Dispatch } from 'react'
import { Panel } from '../../components/panel.tsx'
import type { CallerGroup, CallerOption } from './callers.ts'
import { CallerPicker } from './caller-picker.tsx'
import { OperationForm } from './operation-form.tsx'
import { OperationPicker } from './operation-picker.tsx'
import { fieldText, type DraftAction, type RequestDraft } from './request-draft.ts'

interface RequestBuilderPanelProps {
  draft: RequestDraft
  dispatch: Dispatch<DraftAction>
  callerGroups: readonly CallerGroup[]
  caller: CallerOption | undefined
  problems: Readonly<Record<string, string>>
  onSend: () => void
}

export function RequestBuilderPanel({ draft, dispatch, callerGroups, caller, problems, onSend }: RequestBuilderPanelProps) {
  return (
    <Panel id="request" title="Request" description="Who calls STS, which operation, with what parameters.">
      <CallerPicker groups={callerGroups} selected={caller} onChange={(accessKeyId) => dispatch({ type: 'caller', accessKeyId })} />
      <OperationPicker value={draft.operation} onChange={(operation) => dispatch({ type: 'operation', operation })} />
      <OperationForm
        operation={draft.operation}
        fieldText={(name) => fieldText(draft, name)}
        problems={problems}
        onFieldChange={(name, value) => dispatch({ type: 'field', name, value })}
      />
      <div className="sticky bottom-0 -mx-5 -mb-5 flex flex-wrap items-center gap-3 rounded-b-xl border-t border-slate-200 bg-white/95 px-5 py-4 backdrop-blur-sm">
        <button
          type="button"
          onClick={onSend}
          disabled={caller === undefined}
          className="rounded-md bg-indigo-600 px-5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 active:bg-indigo-800 disabled:bg-slate-300 disabled:text-slate-600"
        >
          Send
        </button>
        <p className="text-xs text-slate-600">
          or press <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-slate-800">Ctrl</kbd> +{' '}
          <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-slate-800">Enter</kbd> (
          <kbd className="font-mono">⌘</kbd> + <kbd className="font-mono">Enter</kbd> on a Mac) anywhere
        </p>
      </div>
    </Panel>
  )
}
