import { CopyButton } from '../../ui/copy-button.tsx'
import type { Outgoing } from './editing.ts'
import { SAML_ASSERTION_MAX, WEB_IDENTITY_TOKEN_MAX } from './inspect-input.ts'

interface OutgoingBarProps {
  outgoing: Outgoing | undefined
  /** Pasted base64 had line breaks, which the value to send leaves out. */
  whitespaceRemoved: boolean
  onUse: ((text: string, kind: 'saml' | 'jwt') => void) | undefined
  onUndo: () => void
}

const PARAMETER = { saml: 'SAMLAssertion', jwt: 'WebIdentityToken' } as const
const MAX = { saml: SAML_ASSERTION_MAX, jwt: WEB_IDENTITY_TOKEN_MAX } as const

/** The value as it would be sent (edits included), the "Edited" badge, Copy and "Use in request". */
export function OutgoingBar({ outgoing, whitespaceRemoved, onUse, onUndo }: OutgoingBarProps) {
  return (
    <section aria-labelledby="inspector-outgoing-title" className="flex min-w-0 flex-col gap-2 border-t border-slate-200 pt-4 dark:border-slate-700">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="inspector-outgoing-title" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          Value to send{outgoing !== undefined && <span className="font-mono font-normal text-slate-600 dark:text-slate-400"> ({PARAMETER[outgoing.kind]}, {outgoing.encoded.length.toLocaleString('en-US')} characters)</span>}
        </h3>
        {outgoing !== undefined && <CopyButton text={outgoing.encoded} label={`Copy the ${outgoing.kind === 'saml' ? 'SAML response' : 'token'} to send`} />}
      </div>
      <div role="status" aria-live="polite">
        {outgoing?.edited === true && (
          <p className="inline-flex flex-wrap items-center gap-2 rounded-md border border-amber-400 bg-amber-100 px-2 py-1 text-sm font-medium text-amber-950 dark:border-amber-600 dark:bg-amber-900/60 dark:text-amber-100">
            <span aria-hidden="true">✎</span> Edited: the signature no longer matches the content
          </p>
        )}
      </div>
      {outgoing === undefined ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Nothing decoded yet: paste a token or a SAML response above.</p>
      ) : (
        <pre
          tabIndex={0}
          aria-labelledby="inspector-outgoing-title"
          data-testid="inspector-outgoing"
          className="max-h-40 overflow-auto rounded-lg bg-slate-900 px-3 py-2 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all text-slate-100 dark:bg-black/60 dark:ring-1 dark:ring-slate-700"
        >
          {outgoing.encoded}
        </pre>
      )}
      {outgoing !== undefined && outgoing.encoded.length > MAX[outgoing.kind] && (
        <p className="text-sm text-amber-800 dark:text-amber-300">
          <span aria-hidden="true">⚠ </span>Longer than STS accepts for {PARAMETER[outgoing.kind]} ({MAX[outgoing.kind].toLocaleString('en-US')} characters at most).
        </p>
      )}
      {whitespaceRemoved && outgoing?.edited === false && <p className="text-xs text-slate-600 dark:text-slate-400">Line breaks in the pasted base64 are left out of the value to send.</p>}
      <div className="flex flex-wrap gap-2">
        {onUse !== undefined && (
          <button
            type="button"
            disabled={outgoing === undefined}
            onClick={() => outgoing !== undefined && onUse(outgoing.encoded, outgoing.kind)}
            className="min-h-9 rounded-md bg-indigo-700 px-3 text-sm font-semibold text-white hover:bg-indigo-800 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-700 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-300 dark:disabled:bg-slate-700 dark:disabled:text-slate-300"
          >
            Use in request
          </button>
        )}
        {outgoing?.edited === true && (
          <button
            type="button"
            onClick={onUndo}
            className="min-h-9 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
          >
            Undo edits
          </button>
        )}
      </div>
    </section>
  )
}
