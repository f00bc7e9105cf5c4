import type { EngineResult, PolicyDenial } from '../../engine/types.ts'

/**
 * Why, in one place next to the answer: the check that decided a refusal or redirect, with its
 * explanation, or for a success that every check passed. The Why panel lists every check.
 */
export function DecidedBy({ result }: { result: Pick<EngineResult, 'checks' | 'decidingIndex' | 'response'> }) {
  const decider = result.decidingIndex === undefined ? undefined : result.checks[result.decidingIndex]
  if (decider === undefined) {
    if (result.response.status >= 300) return null
    const skipped = result.checks.filter((check) => check.outcome === 'skip').length
    return (
      <p data-testid="decided-by" className="text-sm text-slate-700 dark:text-slate-300">
        <span aria-hidden="true" className="text-emerald-700 dark:text-emerald-400">✓ </span>
        Every check passed ({result.checks.length - skipped} passed{skipped === 0 ? '' : `, ${skipped} did not apply`}): the Why panel lists them.
      </p>
    )
  }
  return (
    <div data-testid="decided-by" className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-800/60">
      <p className="font-semibold text-slate-900 dark:text-slate-100">
        Decided by: <span data-testid="deciding-check">{decider.title}</span>
      </p>
      <p className="mt-0.5 text-slate-700 wrap-anywhere dark:text-slate-300">{decider.detail}</p>
      {decider.denial !== undefined && <DenialLine denial={decider.denial} />}
    </div>
  )
}

const code = 'rounded bg-white px-1 font-mono text-xs text-slate-900 dark:bg-slate-900 dark:text-slate-100'

/** The statement and the condition that made the difference, from the engine's denial facts. */
function DenialLine({ denial }: { denial: PolicyDenial }) {
  const { statement, condition } = denial
  const where = statement === undefined ? undefined : `Statement ${statement.index}${statement.sid === undefined ? '' : ` (Sid ${statement.sid})`}`
  return (
    <p data-testid="denial" className="mt-1 text-slate-700 wrap-anywhere dark:text-slate-300">
      {denial.reason === 'explicit-deny' ? 'Explicitly denied by ' : 'No statement allows it. Closest: '}
      {where ?? 'no statement'}
      {denial.policy !== undefined && <> of {denial.policy}</>}
      {condition !== undefined && (
        <>
          {denial.reason === 'explicit-deny' ? ', whose condition held: ' : ', whose condition failed: '}
          <code className={code}>
            {condition.operator} {condition.key} = {condition.expected.join(' | ')}
          </code>
          ;{' '}
          {condition.actual === undefined ? (
            <>the request has no {condition.key}</>
          ) : (
            <>
              the request has <code className={code}>{condition.actual.join(', ')}</code>
            </>
          )}
          .
        </>
      )}
    </p>
  )
}
