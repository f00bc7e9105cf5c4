import { useState } from 'react'
import { Panel } from '../../ui/panel.tsx'
import { useTickingNow } from '../../ui/use-ticking-now.ts'
import { inputClass } from '../../ui/input-class.ts'
import { DetectionLine } from './detection-line.tsx'
import { editJwt, editXml, outgoing, startEditing, type Editing } from './editing.ts'
import { inspectInput } from './inspect-input.ts'
import { IssuerNotice } from './issuer-notice.tsx'
import { JwtView } from './jwt-view.tsx'
import { SamlView } from './saml-view.tsx'
import { OutgoingBar } from './outgoing-bar.tsx'
import { SimulationNotice } from './simulation-notice.tsx'
import { browserXmlParse } from './xml-reader.ts'

export interface InspectorPanelProps {
  /** A value to show, e.g. a token the app produced; each new value replaces the input (and any edits). */
  initial?: string
  /** "Use in request": the value to send (edits included) and what it is. Without it the button is not shown. */
  onUse?: (text: string, kind: 'saml' | 'jwt') => void
  /** The issuers the world's providers vouch for (worldIssuers(world)); a token from anyone else is flagged. */
  knownIssuers?: readonly string[]
  /** The engine clock's offset from the wall clock, for "expires in …" (0: the wall clock). */
  clockOffsetMs?: number
}

function editingFor(text: string): Editing {
  return startEditing(inspectInput(text, browserXmlParse))
}

function issuerOf(editing: Editing): string | undefined {
  if (editing.kind === 'jwt') return typeof editing.payload.value.iss === 'string' ? editing.payload.value.iss : undefined
  if (editing.kind === 'saml') return editing.xml.valid.summary.assertionIssuer ?? editing.xml.valid.summary.responseIssuer
  return undefined
}

/**
 * The Inspector: paste a JWT or a SAML response and read it the way STS does (issuer, subject,
 * audience, validity, session tags, signatures), tamper with it, and hand it to the request. It
 * decodes only; verifying is the simulated STS's job.
 */
export function InspectorPanel({ initial, onUse, knownIssuers, clockOffsetMs = 0 }: InspectorPanelProps) {
  const [input, setInput] = useState(initial ?? '')
  const [editing, setEditing] = useState(() => editingFor(initial ?? ''))
  const [shownInitial, setShownInitial] = useState(initial)
  // A new `initial` replaces what is shown (adjusting state while rendering, as React recommends over an effect).
  if (initial !== shownInitial) {
    setShownInitial(initial)
    setInput(initial ?? '')
    setEditing(editingFor(initial ?? ''))
  }
  const now = useTickingNow(clockOffsetMs)

  const changeInput = (text: string) => {
    setInput(text)
    setEditing(editingFor(text))
  }
  const sending = outgoing(editing)

  return (
    <Panel id="inspector" title="Inspector" description="Decode a SAML response or a JWT, read it as STS does, tamper with it, send it.">
      <SimulationNotice />
      <div className="flex min-w-0 flex-col gap-1.5">
        <label htmlFor="inspector-input" className="text-sm font-medium text-slate-900 dark:text-slate-100">
          Token or SAML response
        </label>
        <textarea
          id="inspector-input"
          value={input}
          rows={5}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          placeholder="eyJhbGciOi…  or  PHNhbWxwOlJlc3BvbnNl…  or  <samlp:Response …>"
          aria-describedby="inspector-input-status"
          onChange={(event) => changeInput(event.target.value)}
          className={`${inputClass} text-xs leading-relaxed wrap-anywhere`}
        />
        <DetectionLine id="inspector-input-status" editing={editing} />
      </div>
      {editing.kind !== 'none' && <IssuerNotice issuer={issuerOf(editing)} knownIssuers={knownIssuers} />}
      {editing.kind === 'jwt' && <JwtView editing={editing} nowMs={now} onEdit={(part, text) => setEditing(editJwt(editing, part, text))} />}
      {editing.kind === 'saml' && <SamlView editing={editing} nowMs={now} onEdit={(text) => setEditing(editXml(editing, text, browserXmlParse))} />}
      <OutgoingBar
        outgoing={sending}
        whitespaceRemoved={editing.kind === 'saml' && editing.original.whitespaceRemoved}
        onUse={onUse}
        onUndo={() => setEditing(startEditing(editing.kind === 'none' ? editing.inspection : editing.kind === 'jwt' ? { kind: 'jwt', jwt: editing.original } : { kind: 'saml', saml: editing.original }))}
      />
    </Panel>
  )
}
