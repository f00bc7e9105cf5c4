import { Panel } from '../../components/panel.tsx'
import { WireBlock } from '../../components/wire-block.tsx'
import { WireLines } from '../../components/wire-lines.tsx'
import type { Exchange } from '../../queries.ts'
import { StatusBadge } from './status-badge.tsx'
import { statusLine } from './status-text.ts'

interface XmlResponsePanelProps {
  last: Exchange | undefined
  /** A failure before the engine answered (e.g. signing failed). */
  error: Error | null
}

export function XmlResponsePanel({ last, error }: XmlResponsePanelProps) {
  const response = last?.result.response
  return (
    <Panel
      id="response"
      title="Response"
      description="Status line, headers and XML body, as STS sends them."
      aside={response === undefined ? undefined : <StatusBadge status={response.status} />}
    >
      {error !== null && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          <span aria-hidden="true">✗ </span>The request could not be sent: {error.message}
        </p>
      )}
      {last === undefined || response === undefined ? (
        <p className="rounded-md border border-dashed border-slate-300 px-3 py-6 text-center text-sm text-slate-600">
          Press Send (Ctrl+Enter) to call STS.
        </p>
      ) : (
        <>
          <p className="text-xs text-slate-600">
            <span className="font-mono font-semibold text-slate-800">{last.input.operation}</span> called by{' '}
            <span className="font-mono wrap-anywhere text-slate-800">{last.input.callerArn}</span>
          </p>
          <WireBlock id="xml-response-label" label="Raw HTTP response" testId="xml-response" wrap>
            <WireLines
              text={[statusLine(response.status), ...Object.entries(response.headers).map(([name, value]) => `${name}: ${value}`), '', response.body].join('\n')}
            />
          </WireBlock>
        </>
      )}
    </Panel>
  )
}
