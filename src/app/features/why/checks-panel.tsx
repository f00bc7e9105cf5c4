import type { EngineResult } from '../../../engine/index.ts'
import { Panel } from '../../components/panel.tsx'
import { CheckItem } from './check-item.tsx'

/** The check named by decidedBy: its failure if it failed, else its last occurrence. */
function decidingIndex(result: EngineResult): number {
  const { checks, decidedBy } = result
  const failed = checks.findIndex((check) => check.id === decidedBy && check.outcome === 'fail')
  return failed !== -1 ? failed : checks.findLastIndex((check) => check.id === decidedBy)
}

/** Why the engine answered as it did: every check it made, in order, with the deciding one marked. */
export function ChecksPanel({ result }: { result: EngineResult | undefined }) {
  return (
    <Panel id="why" title="Why" description="Each check the simulated STS made, in order.">
      {result === undefined ? (
        <p className="rounded-md border border-dashed border-slate-300 px-3 py-6 text-center text-sm text-slate-600">
          After you send a request, the checks that decided the answer appear here.
        </p>
      ) : (
        <ol className="flex flex-col gap-1" aria-label="Checks">
          {result.checks.map((check, index) => (
            <CheckItem key={`${index}-${check.id}`} check={check} deciding={index === decidingIndex(result)} />
          ))}
        </ol>
      )}
    </Panel>
  )
}
