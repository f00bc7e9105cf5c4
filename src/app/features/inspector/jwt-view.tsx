import { WireBlock } from '../../ui/wire-block.tsx'
import { ViewTabs } from '../../ui/view-tabs.tsx'
import type { Editing } from './editing.ts'
import { JsonSegmentEditor } from './json-segment-editor.tsx'
import { JwtSummary } from './jwt-summary.tsx'

interface JwtViewProps {
  editing: Extract<Editing, { kind: 'jwt' }>
  nowMs: number
  onEdit: (part: 'header' | 'payload', text: string) => void
}

/** A decoded JWT: a summary of its claims, the header and payload as editable JSON, and the signature segment. */
export function JwtView({ editing, nowMs, onEdit }: JwtViewProps) {
  const { original } = editing
  return (
    <ViewTabs
      idPrefix="inspector-jwt"
      label="Token views"
      views={[
        { key: 'summary', title: 'Summary', panel: <JwtSummary header={editing.header.value} payload={editing.payload.value} nowMs={nowMs} /> },
        {
          key: 'json',
          title: 'Header & payload',
          panel: (
            <>
              <JsonSegmentEditor id="inspector-jwt-header" label="Header (JSON)" edit={editing.header} onChange={(text) => onEdit('header', text)} />
              <JsonSegmentEditor id="inspector-jwt-payload" label="Payload (JSON)" edit={editing.payload} onChange={(text) => onEdit('payload', text)} />
            </>
          ),
        },
        {
          key: 'signature',
          title: 'Signature',
          panel: (
            <>
              <WireBlock id="inspector-jwt-signature" label={`Signature segment (${original.signatureBytes} bytes)`} wrap>
                {original.signatureSegment === '' ? '(empty: the token is unsigned)' : original.signatureSegment}
              </WireBlock>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                The signature covers <code className="font-mono">header.payload</code> exactly as encoded. The inspector does not check it: the simulated STS does, with the
                keys (JWKS) of the world&apos;s OIDC provider for this issuer. Edit a single character of the header or payload and it no longer matches.
              </p>
            </>
          ),
        },
      ]}
    />
  )
}
