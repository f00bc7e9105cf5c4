import { Panel } from '../../ui/panel.tsx'
import type { Exchange } from '../../state/exchange.ts'
import { CredentialsCard } from './credentials-card.tsx'
import { DecidedBy } from './decided-by.tsx'
import { ErrorCallout, RedirectNote } from './error-callout.tsx'
import { HighlightedResponse } from './highlighted-response.tsx'
import { ResponseSummary } from './response-summary.tsx'

interface ResponsePanelProps {
  /** The answer to show (the latest, or one picked from history). */
  exchange: Exchange | undefined
  /** A failure before the engine answered (e.g. signing failed). */
  error: Error | null
  /** The engine clock's offset from the wall clock: the credentials count down on it. */
  clockOffsetMs: number
  onUseAsCaller: (exchange: Exchange) => void
  /** The issued credentials are already the selected caller. */
  isCaller: boolean
  /** Opens what the issued credentials may do (the Policies view). */
  onExplore?: (exchange: Exchange) => void
}

/** What STS answered: a summary, the error or the issued credentials in plain words, then the raw response. */
export function ResponsePanel({ exchange, error, clockOffsetMs, onUseAsCaller, isCaller, onExplore }: ResponsePanelProps) {
  const response = exchange?.result.response
  const issued = exchange?.result.issued
  return (
    <Panel id="response" title="Response" description="Status line, headers and body, as STS sends them.">
      {error !== null && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          <span aria-hidden="true">✗ </span>The request could not be sent: {error.message}
        </p>
      )}
      {exchange === undefined || response === undefined ? (
        <p className="rounded-md border border-dashed border-slate-300 px-3 py-6 text-center text-sm text-slate-600 dark:border-slate-600 dark:text-slate-400">
          Press Send (Ctrl+Enter) to call STS.
        </p>
      ) : (
        // The answer's facts for tools and tests: its status and, for an error, the fault's code.
        <div className="contents" data-testid="answer" data-exchange-id={exchange.id} data-status={response.status} data-fault={exchange.result.fault?.code}>
          <ResponseSummary exchange={exchange} />
          {response.status >= 400 && <ErrorCallout response={response} fault={exchange.result.fault} />}
          {response.status >= 300 && response.status < 400 && <RedirectNote response={response} />}
          <DecidedBy result={exchange.result} />
          {response.status < 300 && issued !== undefined && (
            <CredentialsCard key={exchange.id} issued={issued} clockOffsetMs={clockOffsetMs} isCaller={isCaller} onUseAsCaller={() => onUseAsCaller(exchange)} onExplore={onExplore === undefined ? undefined : () => onExplore(exchange)} />
          )}
          <HighlightedResponse response={response} />
        </div>
      )}
    </Panel>
  )
}
