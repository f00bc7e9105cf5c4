// The statement-level trace of one row: the engine's decision for that action, layer by layer,
// every statement with what matched (Action, Resource, Principal, conditions) and whether it applied.
import type { GridLayer, GridTraceResult, LayerTrace, StatementTrace } from '../../engine/types.ts'
import { DelayedBusy } from '../../ui/delayed-busy.tsx'
import { LAYER_TITLES } from './verdict-words.ts'

interface TracePanelProps {
  trace: GridTraceResult | undefined
  loading: boolean
  /** The column whose cell opened the trace: its layer is shown first and open. */
  layer: GridLayer
  onClose: () => void
}

const LAYER_VERDICT_WORDS: Record<LayerTrace['verdict'], string> = { allow: '✓ allows', deny: '✖ denies', none: '✗ nothing allows' }

function Check({ name, matched, detail }: { name: string; matched: boolean; detail: string }) {
  return (
    <li>
      <span aria-hidden="true">{matched ? '✓' : '✗'} </span>
      <span className="font-semibold">{name}</span> {matched ? 'matches' : 'does not match'}: <span className="wrap-anywhere">{detail}</span>
    </li>
  )
}

function StatementItem({ statement }: { statement: StatementTrace }) {
  return (
    <li className={`rounded-md border px-3 py-2 ${statement.applies ? 'border-slate-400 dark:border-slate-500' : 'border-dashed border-slate-300 dark:border-slate-600'}`}>
      <p className="text-sm font-semibold">
        {statement.sid !== undefined && statement.sid !== '' ? statement.sid : `Statement ${statement.index}`}: {statement.effect},{' '}
        {statement.applies ? 'applies' : 'does not apply'}
      </p>
      <ul className="mt-1 flex flex-col gap-0.5 text-xs">
        <Check name="Action" {...statement.action} />
        {statement.resource !== undefined && <Check name="Resource" {...statement.resource} />}
        {statement.principal !== undefined && <Check name="Principal" {...statement.principal} />}
        {statement.conditions.map((condition, index) => (
          <li key={index}>
            <span aria-hidden="true">{condition.matched ? '✓' : '✗'} </span>
            <span className="font-mono wrap-anywhere">
              {condition.operator} {condition.key}
            </span>{' '}
            {condition.contextValues === undefined ? 'the request does not carry this key' : `request: ${condition.contextValues.join(', ') || '(empty)'}`}; policy:{' '}
            {condition.policyValues.join(', ')}
          </li>
        ))}
        {statement.unknownOperator && <li>⚠ An operator IAM does not have: an Allow fails closed, a Deny applies.</li>}
      </ul>
    </li>
  )
}

function LayerSection({ trace, open }: { trace: LayerTrace; open: boolean }) {
  return (
    <details open={open} className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700">
      <summary className="cursor-pointer text-sm font-semibold">
        {LAYER_TITLES[trace.layer]}: {LAYER_VERDICT_WORDS[trace.verdict]} ({trace.policies.length} {trace.policies.length === 1 ? 'policy' : 'policies'})
      </summary>
      <div className="mt-2 flex flex-col gap-3">
        {trace.policies.map((policy, index) => (
          <div key={`${policy.name} ${index}`} className="flex flex-col gap-1.5">
            <p className="font-mono text-xs font-semibold wrap-anywhere">{policy.name}</p>
            <ol className="flex flex-col gap-1.5">
              {policy.statements.map((statement) => (
                <StatementItem key={statement.index} statement={statement} />
              ))}
            </ol>
          </div>
        ))}
      </div>
    </details>
  )
}

export function TracePanel({ trace, loading, layer, onClose }: TracePanelProps) {
  return (
    <section aria-labelledby="grid-trace-title" data-testid="grid-trace" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-800/60">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id="grid-trace-title" className="text-sm font-semibold">
          Trace{trace?.ok === true && <span className="font-mono"> of {trace.action} on {trace.resource}</span>}
        </h3>
        <button type="button" onClick={onClose} className="rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium dark:border-slate-600 dark:bg-slate-800">
          Close the trace
        </button>
      </div>
      {loading && trace === undefined && <DelayedBusy label="Tracing the decision in the engine…" />}
      {trace !== undefined && !trace.ok && (
        <p role="alert" className="text-sm">
          The engine could not trace it: {trace.detail}
        </p>
      )}
      {trace?.ok === true && (
        <>
          <p className="text-sm">
            <span className="font-semibold">
              {trace.decision.result === 'Allow' ? '✓ Allow' : trace.decision.result === 'ExplicitDeny' ? '✖ Explicit deny' : '✗ Implicit deny'}
            </span>
            : {trace.decision.reason}
            {trace.decision.deniedBy === 'credentials' && ' (the kind of credentials forbids it, whatever the policies say)'}
          </p>
          <div className="flex flex-col gap-2">
            {trace.decision.layers.map((layerTrace) => (
              <LayerSection key={layerTrace.layer} trace={layerTrace} open={layerTrace.layer === layer || trace.decision.layer === layerTrace.layer} />
            ))}
            {trace.decision.layers.length === 0 && <p className="text-sm">No policy layer applies to this request.</p>}
          </div>
        </>
      )}
    </section>
  )
}
