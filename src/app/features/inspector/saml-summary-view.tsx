import type { SamlSummary } from './saml-summary.ts'
import { FactList } from './fact-list.tsx'
import { InstantList } from './instant-list.tsx'

function listOrUndefined(values: readonly string[]): string | undefined {
  return values.length === 0 ? undefined : values.join(', ')
}

/** Issuer, subject, audience, recipient and the validity window, with anything STS would object to first. */
export function SamlSummaryView({ summary, nowMs }: { summary: SamlSummary; nowMs: number }) {
  const issuersDiffer = summary.responseIssuer !== undefined && summary.responseIssuer !== summary.assertionIssuer
  return (
    <div className="flex min-w-0 flex-col gap-4">
      {summary.warnings.length > 0 && (
        <ul className="flex flex-col gap-1 text-sm text-amber-900 dark:text-amber-200">
          {summary.warnings.map((warning) => (
            <li key={warning}>
              <span aria-hidden="true">⚠ </span>
              {warning}
            </li>
          ))}
        </ul>
      )}
      <FactList
        label="Assertion summary"
        facts={[
          { term: 'Issuer', value: summary.assertionIssuer, detail: summary.rootKind === 'response' ? 'The Assertion’s Issuer, which STS matches with the provider.' : undefined },
          ...(issuersDiffer ? [{ term: 'Response Issuer', value: summary.responseIssuer, detail: 'Differs from the Assertion’s Issuer.' }] : []),
          ...(summary.statusCode === undefined ? [] : [{ term: 'Status', value: summary.statusCode.replace('urn:oasis:names:tc:SAML:2.0:status:', ''), detail: summary.statusCode }]),
          { term: 'Subject NameID', value: summary.nameId?.value, detail: summary.nameId === undefined ? undefined : `Format: ${summary.nameId.format ?? 'none (unspecified)'}` },
          { term: 'Audience', value: listOrUndefined(summary.audiences), detail: 'AudienceRestriction' },
          { term: 'Recipient', value: listOrUndefined(summary.recipients), detail: 'Bearer SubjectConfirmationData' },
          ...(summary.destination === undefined ? [] : [{ term: 'Destination', value: summary.destination }]),
        ]}
      />
      <div className="flex flex-col gap-1.5">
        <h3 className="text-sm font-medium text-slate-900 dark:text-slate-100">Validity window</h3>
        <InstantList label="Validity window" rows={summary.instants.map((instant) => ({ label: instant.label, role: instant.role, raw: instant.value, ms: instant.ms }))} nowMs={nowMs} />
      </div>
    </div>
  )
}
