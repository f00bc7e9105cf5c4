import { memo } from 'react'
import { WireBlock } from '../../ui/wire-block.tsx'
import { WireLines } from '../../ui/wire-lines.tsx'
import { inputClass } from '../../ui/input-class.ts'
import { ViewTabs } from '../../ui/view-tabs.tsx'
import type { Editing } from './editing.ts'
import { SamlAttributesTable } from './saml-attributes-table.tsx'
import { SamlSignatures } from './saml-signatures.tsx'
import { SamlSummaryView } from './saml-summary-view.tsx'

interface SamlViewProps {
  editing: Extract<Editing, { kind: 'saml' }>
  nowMs: number
  onEdit: (text: string) => void
}

/** The indented reading view; memoised, since it can be thousands of lines and the clock ticks every second. */
const ReadingView = memo(function ReadingView({ pretty }: { pretty: string }) {
  return (
    <WireBlock id="inspector-saml-pretty" label="Reading view: indentation added for reading. These are not the signed bytes; the raw XML is." testId="inspector-saml-pretty" wrap>
      <WireLines text={pretty} />
    </WireBlock>
  )
})

/** The raw XML, editable: edits are re-encoded (base64) for sending; XML that does not parse keeps the last good one. */
function RawXmlEditor({ text, problem, onEdit }: { text: string; problem: string | undefined; onEdit: (text: string) => void }) {
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <label htmlFor="inspector-saml-raw" className="text-sm font-medium text-slate-900 dark:text-slate-100">
        Raw XML (editable)
      </label>
      <textarea
        id="inspector-saml-raw"
        value={text}
        rows={14}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-invalid={problem !== undefined}
        aria-describedby="inspector-saml-raw-hint"
        onChange={(event) => onEdit(event.target.value)}
        className={`${inputClass} text-xs leading-relaxed wrap-anywhere ${problem !== undefined ? 'border-red-600 dark:border-red-400' : ''}`}
      />
      <p id="inspector-saml-raw-hint" className="text-xs text-slate-600 dark:text-slate-400">
        {problem === undefined ? (
          'Exactly the XML that is base64-encoded for sending. Edit it to tamper: the value to send is re-encoded and the signature stays as it was.'
        ) : (
          <span className="font-medium text-red-700 dark:text-red-300">
            <span aria-hidden="true">✗ </span>
            {problem} The value to send keeps the last well-formed XML.
          </span>
        )}
      </p>
    </div>
  )
}

/** A decoded SAML response: summary, attributes, signatures, a reading view and the editable raw XML. */
export function SamlView({ editing, nowMs, onEdit }: SamlViewProps) {
  const { valid } = editing.xml
  const awsCount = valid.summary.attributes.filter((attribute) => attribute.aws !== undefined).length
  return (
    <ViewTabs
      idPrefix="inspector-saml"
      label="SAML response views"
      views={[
        { key: 'summary', title: 'Summary', panel: <SamlSummaryView summary={valid.summary} nowMs={nowMs} /> },
        { key: 'attributes', title: `Attributes (${awsCount} AWS)`, panel: <SamlAttributesTable attributes={valid.summary.attributes} /> },
        { key: 'signature', title: 'Signature', panel: <SamlSignatures signatures={valid.summary.signatures} /> },
        { key: 'reading', title: 'Reading view', panel: <ReadingView pretty={valid.pretty} /> },
        { key: 'raw', title: 'Raw XML', panel: <RawXmlEditor text={editing.xml.text} problem={editing.xml.problem} onEdit={onEdit} /> },
      ]}
    />
  )
}
