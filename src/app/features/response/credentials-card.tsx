import { useState, type ReactNode } from 'react'
import type { IssuedCredentials } from '../../engine/types.ts'
import { useTickingNow } from '../../ui/use-ticking-now.ts'
import { CopyButton } from '../../ui/copy-button.tsx'
import { expiryStatus, shortenToken } from './credentials-text.ts'

interface CredentialsCardProps {
  issued: IssuedCredentials
  /** The engine clock's offset from the wall clock, for the countdown. */
  clockOffsetMs: number
  isCaller: boolean
  onUseAsCaller: () => void
  /** Opens what these credentials may do (the Policies view); no button without it. */
  onExplore?: (() => void) | undefined
}

const smallButton =
  'rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700'

/**
 * The temporary credentials a success issued, and who they act as. Mount it with a key per answer so
 * the secret is hidden again for each new one.
 */
export function CredentialsCard({ issued, clockOffsetMs, isCaller, onUseAsCaller, onExplore }: CredentialsCardProps) {
  const nowMs = useTickingNow(clockOffsetMs)
  const [secretShown, setSecretShown] = useState(false)
  const [tokenShown, setTokenShown] = useState(false)
  const expiry = expiryStatus(issued, nowMs)

  return (
    <section aria-labelledby="issued-credentials-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-800/60">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id="issued-credentials-title" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
            Issued credentials
          </h3>
          <p className="text-xs text-slate-600 dark:text-slate-400">Simulated credentials: they work only in this playground, never on AWS.</p>
        </div>
        <div className="flex flex-wrap gap-2">
        {onExplore !== undefined && (
          <button type="button" onClick={onExplore} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800">
            What can these credentials do?
          </button>
        )}
        <button
          type="button"
          disabled={isCaller}
          onClick={onUseAsCaller}
          className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-800 disabled:border disabled:border-slate-300 disabled:bg-white disabled:text-slate-700 dark:disabled:border-slate-600 dark:disabled:bg-slate-900 dark:disabled:text-slate-300"
        >
          {isCaller ? (
            <>
              <span aria-hidden="true">✓ </span>Current caller
            </>
          ) : (
            'Use as caller'
          )}
        </button>
        </div>
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
        <Row term="Acts as">
          <span className="font-mono text-xs wrap-anywhere">{issued.arn}</span>
        </Row>
        <Row term="AccessKeyId">
          <span className="font-mono text-xs">{issued.accessKeyId}</span>
          <CopyButton text={issued.accessKeyId} label="Copy access key ID" />
        </Row>
        <Row term="SecretAccessKey">
          {secretShown ? (
            <span className="font-mono text-xs wrap-anywhere">{issued.secretAccessKey}</span>
          ) : (
            <span className="font-mono text-xs">
              <span aria-hidden="true">••••••••••••••••</span>
              <span className="sr-only">hidden</span>
            </span>
          )}
          <button type="button" className={smallButton} onClick={() => setSecretShown(!secretShown)}>
            {secretShown ? 'Hide' : 'Show'}
            <span className="sr-only"> secret access key</span>
          </button>
          <CopyButton text={issued.secretAccessKey} label="Copy secret access key" />
        </Row>
        <Row term="SessionToken">
          <span className="font-mono text-xs wrap-anywhere">{tokenShown ? issued.sessionToken : shortenToken(issued.sessionToken)}</span>
          {shortenToken(issued.sessionToken) !== issued.sessionToken && (
            <button type="button" className={smallButton} onClick={() => setTokenShown(!tokenShown)}>
              {tokenShown ? 'Shorten' : 'Show all'}
              <span className="sr-only"> of the session token ({issued.sessionToken.length} characters)</span>
            </button>
          )}
          <CopyButton text={issued.sessionToken} label="Copy session token" />
          <p className="basis-full text-xs text-slate-600 dark:text-slate-400">
            Real session tokens are opaque: nothing outside AWS can read them, and their length and format change without notice. This playground seals its
            own, so do not try to decode it either.
          </p>
        </Row>
        <Row term="Expiration">
          <time dateTime={issued.expiration} className="font-mono text-xs">
            {issued.expiration}
          </time>
          {expiry !== undefined &&
            (expiry.expired ? (
              <span className="rounded-full border border-red-300 bg-red-50 px-2 py-px text-xs font-semibold text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
                <span aria-hidden="true">✗ </span>
                {expiry.countdown}
              </span>
            ) : (
              <span className="text-xs text-slate-700 dark:text-slate-300">{expiry.countdown}</span>
            ))}
        </Row>
      </dl>
    </section>
  )
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-600 sm:self-center dark:text-slate-400">{term}</dt>
      <dd className="flex min-w-0 flex-wrap items-center gap-2 text-slate-900 dark:text-slate-100">{children}</dd>
    </>
  )
}
