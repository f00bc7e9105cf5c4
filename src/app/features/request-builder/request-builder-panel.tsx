import type { ComponentType, Dispatch, ReactNode, RefObject } from 'react'
import { Panel } from '../../ui/panel.tsx'
import { OperationForm } from './operation-form.tsx'
import type { PolicyFieldProps } from './parameter-field.tsx'
import { OperationPicker } from './operation-picker.tsx'
import { fieldText, type DraftAction, type RequestDraft } from '../../state/request-draft.ts'
import type { Principal, World } from '../../engine/types.ts'

interface RequestBuilderPanelProps {
  draft: RequestDraft
  dispatch: Dispatch<DraftAction>
  /** Who signs the request: the caller picker (src/app/features/caller), shown above the operation. */
  callerPicker: ReactNode
  /** The editor for policy document parameters (the view passes the policy-editor feature's). */
  PolicyField: ComponentType<PolicyFieldProps>
  /** False while there is no caller to sign with: Send is disabled then. */
  canSend: boolean
  /** A request is on its way: Send says so and waits. */
  sending: boolean
  sendButtonRef?: RefObject<HTMLButtonElement | null>
  problems: Readonly<Record<string, string>>
  /** The world the request goes to: the pickers offer its roles, providers and devices; the hints its roles' limits. */
  world: World
  /** Who signs: their ARN (their MFA devices first) and kind (a role session makes AssumeRole role chaining). */
  callerArn?: string | undefined
  callerKind?: Principal['kind'] | undefined
  /** The operation that issued the caller's credentials, when they are temporary (GetSessionToken's make AssumeRole role chaining). */
  callerSession?: string | undefined
  onSend: () => void
}

const keyClass = 'rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200'

export function RequestBuilderPanel({ draft, dispatch, callerPicker, PolicyField, canSend, sending, sendButtonRef, problems, world, callerArn, callerKind, callerSession, onSend }: RequestBuilderPanelProps) {
  return (
    <Panel id="request" title="Request" description="Who calls STS, which operation, with what parameters.">
      {callerPicker}
      <OperationPicker value={draft.operation} onChange={(operation) => dispatch({ type: 'operation', operation })} />
      <OperationForm
        PolicyField={PolicyField}
        operation={draft.operation}
        fieldText={(name) => fieldText(draft, name)}
        problems={problems}
        onFieldChange={(name, value) => dispatch({ type: 'field', name, value })}
        world={world}
        callerArn={callerArn}
        callerKind={callerKind}
        callerSession={callerSession}
      />
      <div className="sticky bottom-0 -mx-5 -mb-5 flex flex-wrap items-center gap-3 rounded-b-xl border-t border-slate-200 bg-white/95 px-5 py-4 backdrop-blur-sm dark:border-slate-700 dark:bg-slate-900/95">
        <button
          ref={sendButtonRef}
          type="button"
          onClick={onSend}
          disabled={!canSend}
          aria-busy={sending}
          className="rounded-md bg-indigo-600 px-5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 active:bg-indigo-800 disabled:bg-slate-300 disabled:text-slate-600 dark:disabled:bg-slate-700 dark:disabled:text-slate-300"
        >
          {sending ? 'Sending…' : 'Send'}
        </button>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          or press <kbd className={keyClass}>Ctrl</kbd> + <kbd className={keyClass}>Enter</kbd> (
          <kbd className="font-mono">⌘</kbd> + <kbd className="font-mono">Enter</kbd> on a Mac) anywhere
        </p>
      </div>
    </Panel>
  )
}
