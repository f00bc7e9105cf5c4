import type { HttpResponse, StsFaultInfo } from '../../engine/types.ts'
import { statusText } from '../../ui/status-text.ts'

/**
 * A failed answer in plain words, above the raw block: the AWS error code, its message, the status,
 * from the fault the engine reports (never read back out of the body).
 */
export function ErrorCallout({ response, fault }: { response: HttpResponse; fault: StsFaultInfo | undefined }) {
  const error = fault
  const server = response.status >= 500
  return (
    <div
      className={`flex gap-2.5 rounded-md border px-3 py-2 text-sm ${
        server
          ? 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50'
          : 'border-red-300 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-50'
      }`}
    >
      <span aria-hidden="true" className="font-bold">
        {server ? '!' : '✗'}
      </span>
      <div className="flex min-w-0 flex-col gap-0.5">
        <p>
          {error === undefined ? (
            <>STS answered {statusText(response.status)} without an error code.</>
          ) : (
            <>
              {server ? 'STS could not answer: ' : 'STS refused the request with '}
              <code className="font-mono font-semibold">{error.code}</code> (HTTP {statusText(response.status)}).
            </>
          )}
        </p>
        {error?.message !== undefined && <p className="wrap-anywhere">{error.message}</p>}
        {error !== undefined && error.message === undefined && <p>AWS sends no message with this error.</p>}
      </div>
    </div>
  )
}

/** A redirect in plain words: where STS sent the request instead of answering it. */
export function RedirectNote({ response }: { response: HttpResponse }) {
  const location = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'location')?.[1]
  return (
    <p className="flex gap-2.5 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-50">
      <span aria-hidden="true" className="font-bold">
        ↪
      </span>
      <span className="min-w-0 wrap-anywhere">
        STS did not answer: it redirected the request ({statusText(response.status)}){location === undefined ? '.' : <> to <code className="font-mono">{location}</code>.</>}
      </span>
    </p>
  )
}
