import type { Editing } from './editing.ts'

/** One line under the input saying what it was recognised as, or why it could not be read. */
export function DetectionLine({ id, editing }: { id: string; editing: Editing }) {
  return (
    <p id={id} role="status" className="text-sm">
      {editing.kind === 'jwt' && (
        <span className="text-slate-800 dark:text-slate-200">
          <span aria-hidden="true">✓ </span>Detected: <strong>JWT</strong> ({typeof editing.original.header.alg === 'string' ? editing.original.header.alg : 'no alg'}
          {editing.original.signatureSegment === '' ? ', unsigned' : ', signed'}), to send as WebIdentityToken.
        </span>
      )}
      {editing.kind === 'saml' && (
        <span className="text-slate-800 dark:text-slate-200">
          <span aria-hidden="true">✓ </span>Detected: <strong>SAML {editing.original.summary.rootKind === 'assertion' ? 'Assertion' : 'response'}</strong>,{' '}
          {editing.original.origin === 'base64' ? 'base64' : 'raw XML (base64-encoded for sending)'}, to send as SAMLAssertion.
        </span>
      )}
      {editing.kind === 'none' && editing.inspection.kind === 'empty' && (
        <span className="text-slate-600 dark:text-slate-400">Paste a JWT (header.payload.signature), a base64 SAMLResponse or SAML XML. Nothing leaves this page.</span>
      )}
      {editing.kind === 'none' && editing.inspection.kind === 'problem' && (
        <span className="font-medium text-red-700 dark:text-red-300">
          <span aria-hidden="true">✗ </span>
          {editing.inspection.why}
        </span>
      )}
    </p>
  )
}
