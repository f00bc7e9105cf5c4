import { useDeferredValue, useMemo, useState, type ReactNode } from 'react'
import { roleArn, whoCanAssume } from '../../engine/world-model.ts'
import type { AssumerVerdict, World } from '../../engine/types.ts'

interface WhoCanAssumePanelProps {
  world: World
  roleIndex: number
  /** The trust policy as typed, not yet applied. */
  trustPolicyText: string
  /** The engine clock's offset from real time, for time conditions. */
  clockOffsetMs: number
}

const LAYER_WORDS: Record<string, string> = {
  identity: 'their identity-based policies',
  boundary: 'their permissions boundary',
  session: 'their session policy',
  scp: 'a service control policy',
  rcp: 'a resource control policy',
}

/** The principals a verdict list holds, grouped as the panel shows them. */
function grouped(verdicts: readonly AssumerVerdict[]) {
  return {
    allowed: verdicts.filter((v) => v.verdict === 'allowed'),
    conditional: verdicts.filter((v) => v.verdict === 'conditional'),
    // Let in by the trust policy, then stopped by a layer of their own side (or the organization).
    stopped: verdicts.filter((v) => v.verdict === 'denied' && v.decidedBy !== undefined && v.decidedBy !== 'resource'),
    untrusted: verdicts.filter((v) => v.verdict === 'denied' && (v.decidedBy === undefined || v.decidedBy === 'resource')),
  }
}

function Principal({ verdict, children }: { verdict: AssumerVerdict; children?: ReactNode }) {
  return (
    <li data-principal={verdict.principal.arn} data-verdict={verdict.verdict} data-action={verdict.action} className="min-w-0 break-words">
      <span className="font-medium">{verdict.principal.label}</span> <span className="text-xs text-slate-600 dark:text-slate-400">({verdict.action.replace('sts:', '')})</span>
      {children}
    </li>
  )
}

/**
 * "Who can assume this role?": every principal of the world, with the trust policy as typed, through
 * the engine's own AssumeRole authorization (trust policy, the caller's policies and boundary, SCPs
 * and RCPs), for a request without ExternalId, MFA or tags. Recomputed as the learner types.
 */
export function WhoCanAssumePanel({ world, roleIndex, trustPolicyText, clockOffsetMs }: WhoCanAssumePanelProps) {
  const text = useDeferredValue(trustPolicyText)
  // One instant for the panel's life: the engine reuses the callers' side while only the text changes.
  const [nowMs] = useState(() => Date.now() + clockOffsetMs)
  const role = world.roles[roleIndex]
  const arn = role && roleArn(world, role.account, role.path, role.name)
  const result = useMemo(() => (arn === undefined ? undefined : whoCanAssume(world, arn, text, { nowMs, region: 'us-east-1', secureTransport: true })), [world, arn, text, nowMs])
  if (result === undefined) return null
  return (
    <section aria-labelledby="who-can-assume-title" data-testid="who-can-assume" className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-950">
      <h4 id="who-can-assume-title" className="font-semibold text-slate-900 dark:text-slate-100">
        Who can assume this role?
      </h4>
      {!result.ok ? (
        <p className="text-slate-700 dark:text-slate-300">The trust policy as typed does not parse, so it lets nobody in: {result.problems[0]?.message}</p>
      ) : (
        <Groups verdicts={result.verdicts} />
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">The engine's answer for each principal of the world, with the policy as typed, for a request without ExternalId, MFA or session tags.</p>
    </section>
  )
}

function Groups({ verdicts }: { verdicts: readonly AssumerVerdict[] }) {
  const { allowed, conditional, stopped, untrusted } = grouped(verdicts)
  return (
    <>
      <div>
        <p className="font-medium text-emerald-800 dark:text-emerald-300">
          <span aria-hidden="true">✓ </span>Can assume it ({allowed.length})
        </p>
        {allowed.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">Nobody, as the request stands.</p>
        ) : (
          <ul className="ml-5 list-disc">
            {allowed.map((v) => (
              <Principal key={`${v.principal.arn} ${v.action}`} verdict={v} />
            ))}
          </ul>
        )}
      </div>
      {conditional.length > 0 && (
        <div>
          <p className="font-medium text-amber-900 dark:text-amber-300">
            <span aria-hidden="true">◐ </span>Can assume it when the request meets a condition ({conditional.length})
          </p>
          <ul className="ml-5 list-disc">
            {conditional.map((v) => (
              <Principal key={`${v.principal.arn} ${v.action}`} verdict={v}>
                : needs <code className="font-mono text-xs">{v.conditionKeys.join(', ')}</code>
              </Principal>
            ))}
          </ul>
        </div>
      )}
      {stopped.length > 0 && (
        <details>
          <summary className="cursor-pointer font-medium text-slate-800 dark:text-slate-200">
            <span aria-hidden="true">✗ </span>Trusted, but stopped by their own side ({stopped.length})
          </summary>
          <ul className="mt-1 ml-5 list-disc">
            {stopped.map((v) => (
              <Principal key={`${v.principal.arn} ${v.action}`} verdict={v}>
                : stopped by {LAYER_WORDS[v.decidedBy ?? ''] ?? v.decidedBy}
              </Principal>
            ))}
          </ul>
        </details>
      )}
      <details>
        <summary className="cursor-pointer text-slate-700 dark:text-slate-300">Not let in by the trust policy ({untrusted.length})</summary>
        <ul className="mt-1 ml-5 list-disc">
          {untrusted.map((v) => (
            <Principal key={`${v.principal.arn} ${v.action}`} verdict={v}>
              <span className="text-slate-600 dark:text-slate-400">: {v.reason}</span>
            </Principal>
          ))}
        </ul>
      </details>
    </>
  )
}
