import { Panel } from '../../components/panel.tsx'
import { QueryText } from '../../components/query-text.tsx'
import { WireBlock } from '../../components/wire-block.tsx'
import type { Exchange } from '../../queries.ts'
import { STS_HOST } from '../../signing/sign-query-request.ts'
import { SignedRequestView } from './signed-request-view.tsx'

interface EncodedQueryPanelProps {
  /** The form-urlencoded parameters of the request being built. */
  body: string
  /** The last request sent, when there is one. */
  last: Exchange | undefined
}

export function EncodedQueryPanel({ body, last }: EncodedQueryPanelProps) {
  return (
    <Panel id="wire" title="Wire request" description="Your parameters in the AWS Query encoding, live as you type.">
      <WireBlock id="encoded-query-label" label="POST body (Content-Type: application/x-www-form-urlencoded)" testId="encoded-query" wrap>
        <QueryText text={body} />
      </WireBlock>
      <WireBlock id="get-url-label" label="The same request as a GET URL" wrap>
        <QueryText text={`https://${STS_HOST}/?${body}`} />
      </WireBlock>
      {last === undefined ? (
        <p className="rounded-md border border-dashed border-slate-300 px-3 py-2 text-sm text-slate-600">
          Once you send, the signed request (headers and SigV4 signature) appears here.
        </p>
      ) : (
        <SignedRequestView exchange={last} />
      )}
    </Panel>
  )
}
