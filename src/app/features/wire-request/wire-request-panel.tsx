import type { ReactNode } from 'react'
import type { HttpRequest, QueryPair, SigningWork } from '../../engine/types.ts'
import { Panel } from '../../ui/panel.tsx'
import { EncodedQueryBlock } from './encoded-query-block.tsx'
import { GetUrlView } from './get-url-view.tsx'
import { ParametersView } from './parameters-view.tsx'
import { PostRequestView } from './post-request-view.tsx'
import { SignatureView } from './signature-view.tsx'
import { ViewTabs } from '../../ui/view-tabs.tsx'

export interface WireRequestPanelProps {
  /** Action, Version, then the parameters, in order, as the draft encodes them. */
  pairs: readonly QueryPair[]
  /** encodeQuery(pairs): the form-urlencoded body, also the query string of the GET form. */
  body: string
  /** The endpoint host, e.g. sts.amazonaws.com or sts.eu-west-1.amazonaws.com. */
  host: string
  /** The draft signed as the POST that Send would make; undefined when anonymous or still signing. */
  signed: HttpRequest | undefined
  /** SigV4 steps for `signed`; undefined when unsigned. */
  signing: SigningWork | undefined
  /** True when the caller is anonymous (AssumeRoleWithSAML / AssumeRoleWithWebIdentity need no signature). */
  anonymous: boolean
  /** The request as code (composed by the view from another feature): shown as a last tab, "Code". */
  code?: ReactNode
}

/**
 * The request being built, live, as it goes over the wire: the encoded Query always in view, then
 * the same request as raw POST, GET URL, decoded parameters, the SigV4 steps and, given one, as code.
 */
export function WireRequestPanel({ pairs, body, host, signed, signing, anonymous, code }: WireRequestPanelProps) {
  return (
    <Panel id="wire" title="Wire request" description="Your request as it goes over the wire, live as you type.">
      <EncodedQueryBlock body={body} />
      <ViewTabs
        idPrefix="wire-view"
        label="Request views"
        views={[
          { key: 'post', title: 'POST', panel: <PostRequestView host={host} body={body} signed={signed} anonymous={anonymous} /> },
          { key: 'get', title: 'GET URL', panel: <GetUrlView host={host} body={body} /> },
          { key: 'parameters', title: 'Parameters', panel: <ParametersView pairs={pairs} /> },
          { key: 'signature', title: 'Signature', panel: <SignatureView signed={signed} signing={signing} anonymous={anonymous} /> },
          ...(code === undefined ? [] : [{ key: 'code', title: 'Code', panel: code }]),
        ]}
      />
    </Panel>
  )
}
