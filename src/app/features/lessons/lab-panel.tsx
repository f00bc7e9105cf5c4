import { useId, useState } from 'react'
import { secondaryButton } from '../../ui/buttons.ts'
import { inputClass } from '../../ui/input-class.ts'

export interface LabCredentials {
  accessKeyId: string
  /** Who they act as. */
  arn: string
  issuedBy: string
}

interface LabPanelProps {
  /** Whether the lesson needs a console sign-in, a request changed after signing, or both. */
  needs: { console: boolean; tamper: boolean }
  /** Temporary credentials of the lesson's wallet, newest last. */
  credentials: readonly LabCredentials[]
  /** The last request of the lesson's history that the workbench can send again, with its form body. */
  lastRequest: { operation: string; body: string } | undefined
  busy: boolean
  /** What the last lab run came to, in a sentence. */
  outcome: string | undefined
  onConsoleSignIn: (accessKeyId: string, sessionDuration: number | undefined) => void
  onTamperedResend: (body: string) => void
}

/** What the workbench cannot send: a console sign-in, and a request whose body changes after signing. */
export function LabPanel({ needs, credentials, lastRequest, busy, outcome, onConsoleSignIn, onTamperedResend }: LabPanelProps) {
  const ids = useId()
  const [picked, setPicked] = useState('')
  const [duration, setDuration] = useState('')
  const [body, setBody] = useState<string | undefined>(undefined)
  const chosen = credentials.find((entry) => entry.accessKeyId === picked) ?? credentials[credentials.length - 1]
  const durationValue = duration.trim() === '' ? undefined : Number(duration)
  const durationOk = durationValue === undefined || Number.isInteger(durationValue)
  const bodyText = body ?? lastRequest?.body ?? ''
  return (
    <div className="flex flex-col gap-4">
      {needs.console && (
        <form
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault()
            if (chosen !== undefined && durationOk) onConsoleSignIn(chosen.accessKeyId, durationValue)
          }}
        >
          <h4 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Console sign-in (getSigninToken, then login)</h4>
          {credentials.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">The lesson's wallet has no temporary credentials yet: get some first (the workbench puts what it issues there).</p>
          ) : (
            <>
              <label htmlFor={`${ids}-creds`} className="text-xs font-semibold text-slate-700 dark:text-slate-300">
                Credentials
              </label>
              <select id={`${ids}-creds`} className={inputClass} value={chosen?.accessKeyId ?? ''} onChange={(event) => setPicked(event.target.value)}>
                {credentials.map((entry) => (
                  <option key={entry.accessKeyId} value={entry.accessKeyId}>
                    {entry.arn} ({entry.issuedBy})
                  </option>
                ))}
              </select>
              <label htmlFor={`${ids}-duration`} className="text-xs font-semibold text-slate-700 dark:text-slate-300">
                SessionDuration (seconds, optional)
              </label>
              <input id={`${ids}-duration`} inputMode="numeric" className={inputClass} value={duration} onChange={(event) => setDuration(event.target.value)} aria-invalid={!durationOk} />
              <button type="submit" className={`${secondaryButton} self-start`} disabled={busy || !durationOk}>
                Sign in to the console
              </button>
            </>
          )}
        </form>
      )}
      {needs.tamper && (
        <form
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault()
            onTamperedResend(bodyText)
          }}
        >
          <h4 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Send with a changed body after signing</h4>
          {lastRequest === undefined ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">Send a request first: its body is what you change here.</p>
          ) : (
            <>
              <label htmlFor={`${ids}-body`} className="text-xs font-semibold text-slate-700 dark:text-slate-300">
                The body of the last {lastRequest.operation}, as it will go on the wire (signed as it was before your change)
              </label>
              <textarea id={`${ids}-body`} rows={3} className={`${inputClass} font-mono text-xs`} value={bodyText} onChange={(event) => setBody(event.target.value)} />
              <button type="submit" className={`${secondaryButton} self-start`} disabled={busy}>
                Sign, change the body, send
              </button>
            </>
          )}
        </form>
      )}
      {outcome !== undefined && (
        <p aria-live="polite" data-testid="lab-outcome" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-900 dark:bg-slate-800 dark:text-slate-100">
          {outcome}
        </p>
      )}
    </div>
  )
}
