// One experiment in the evidence list: what it tried, the request (method, host, parameters), the
// answer (status with the fault or the credentials' expiry) and the check that decided it.
import type { Experiment, StsExperiment } from '../../engine/types.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import { experimentSummary, outcomeWords, type ExperimentOutcome } from './experiment-summary.ts'

/** Long values (SAML assertions, tokens) are cut here; the workbench gets them whole. */
const SHOWN_CHARACTERS = 120

function shortValue(value: string): string {
  return value.length <= SHOWN_CHARACTERS ? value : `${value.slice(0, SHOWN_CHARACTERS)}… (${value.length} characters)`
}

function OutcomeLine({ outcome }: { outcome: ExperimentOutcome }) {
  const good = outcome.kind === 'success' || (outcome.kind === 'decision' && outcome.allowed)
  const redirect = outcome.kind === 'redirect'
  return (
    <p className={`inline-flex flex-wrap items-center gap-1.5 font-semibold ${good ? 'text-emerald-800 dark:text-emerald-300' : redirect ? 'text-sky-800 dark:text-sky-300' : 'text-red-800 dark:text-red-300'}`}>
      <span aria-hidden="true">{good ? '✓' : redirect ? '↪' : '✗'}</span>
      <span className="font-mono">{outcomeWords(outcome)}</span>
    </p>
  )
}

interface ExperimentItemProps {
  experiment: Experiment
  /** Present for STS experiments: puts the request into the workbench. */
  onLoad?: (experiment: StsExperiment) => void
  loading: boolean
}

export function ExperimentItem({ experiment, onLoad, loading }: ExperimentItemProps) {
  const summary = experimentSummary(experiment)
  const { outcome, request } = summary
  const last = summary.login?.outcome ?? outcome
  const status = 'status' in last ? last.status : undefined
  return (
    <li
      data-experiment-id={summary.id}
      data-kind={summary.kind}
      data-status={status}
      data-fault={last.kind === 'fault' ? last.code : undefined}
      className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700"
    >
      <div>
        <p className="font-semibold text-slate-900 dark:text-slate-100">{summary.purpose}</p>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          As {summary.callerLabel} · <span className="font-mono">{summary.id}</span>
        </p>
      </div>
      {'method' in request ? (
        <div className="min-w-0">
          <p className="font-mono text-xs font-semibold">
            {request.method} {request.host}
          </p>
          <dl className="mt-1 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-0.5 font-mono text-xs">
            {request.parameters.map(([name, value], index) => (
              <div key={`${index}-${name}`} className="contents">
                <dt className="text-slate-600 dark:text-slate-400">{name}</dt>
                <dd className="wrap-anywhere text-slate-900 dark:text-slate-100">{shortValue(value)}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : (
        <p className="font-mono text-xs wrap-anywhere">
          {request.action} on {request.resource}
        </p>
      )}
      {summary.login !== undefined && (
        <div className="min-w-0">
          <p className="text-xs text-slate-600 dark:text-slate-400">
            getSigninToken answered <span className="font-mono">{outcomeWords(outcome)}</span>; then the login with its SigninToken:
          </p>
          <p className="font-mono text-xs font-semibold wrap-anywhere">
            {summary.login.method} {summary.login.host} {summary.login.parameters.map(([name, value]) => `${name}=${shortValue(value)}`).join(' ')}
          </p>
        </div>
      )}
      <div>
        <OutcomeLine outcome={last} />
        {summary.consoleAllowed !== undefined && (
          <p className="text-xs font-semibold text-slate-800 dark:text-slate-200">Console sign-in: {summary.consoleAllowed ? 'reached the console' : 'not allowed'}</p>
        )}
        {last.kind === 'fault' && last.message !== undefined && <p className="text-xs wrap-anywhere text-slate-700 dark:text-slate-300">{last.message}</p>}
        {outcome.kind === 'decision' && <p className="text-xs text-slate-700 dark:text-slate-300">{outcome.reason}</p>}
        {outcome.kind === 'credentials-refused' && <p className="text-xs text-slate-700 dark:text-slate-300">{outcome.detail}</p>}
      </div>
      {summary.decidingCheck !== undefined ? (
        <p data-testid="evidence-deciding-check" className="rounded-md bg-slate-50 px-2 py-1 text-xs dark:bg-slate-800">
          <span className="font-semibold">Decided by: {summary.decidingCheck.title}.</span> {summary.decidingCheck.detail}
        </p>
      ) : (
        summary.checks !== undefined && (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            No check refused it: {summary.checks.passed} passed{summary.checks.total > summary.checks.passed ? `, ${summary.checks.total - summary.checks.passed} did not apply` : ''}.
          </p>
        )
      )}
      {experiment.kind === 'sts' && onLoad !== undefined && (
        <div>
          <button type="button" className={secondaryButton} disabled={loading} onClick={() => onLoad(experiment)}>
            Load into workbench
          </button>
          {experiment.parameters.some(([name]) => name === 'TokenCode') && (
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              An MFA code is good for 30 seconds and STS accepts each code once: a right one is replaced by the device&apos;s current code when loaded. If that code was
              already used, STS refuses it again; load once more after the next 30-second step.
            </p>
          )}
        </div>
      )}
    </li>
  )
}
