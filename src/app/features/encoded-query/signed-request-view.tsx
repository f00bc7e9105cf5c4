import { WireBlock } from '../../components/wire-block.tsx'
import { WireLines } from '../../components/wire-lines.tsx'
import type { Exchange } from '../../queries.ts'

/** The last request exactly as handed to the engine: request line, signed headers, body. */
export function SignedRequestView({ exchange }: { exchange: Exchange }) {
  const { request, sentAt } = exchange
  const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`)
  const text = [`${request.method} ${request.url} HTTP/1.1`, ...headers, '', request.body].join('\n')
  const time = new Date(sentAt).toLocaleTimeString()
  return (
    <details className="group rounded-lg border border-slate-200 bg-slate-50 text-slate-900">
      <summary className="cursor-pointer rounded-lg px-3 py-2 text-sm font-medium text-slate-800 select-none hover:bg-slate-100">
        Signed request, as sent at {time}
        <span className="block text-xs font-normal text-slate-600">Headers and SigV4 signature, computed in your browser with the caller’s secret key.</span>
      </summary>
      <div className="px-3 pb-3">
        <WireBlock id="signed-request-label" label="HTTP request handed to the simulated STS" testId="signed-request" wrap>
          <WireLines text={text} />
        </WireBlock>
      </div>
    </details>
  )
}
