import type { HttpRequest, SigningWork } from '../../engine/types.ts'
import { WireLines } from '../../ui/wire-lines.tsx'
import { CanonicalRequestGuide } from './canonical-request-guide.tsx'
import { CopyableBlock } from './copyable-block.tsx'
import { findHeader } from './raw-request.ts'

interface SignatureViewProps {
  signed: HttpRequest | undefined
  signing: SigningWork | undefined
  anonymous: boolean
}

const NOTE = 'rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300'

/** The SigV4 steps behind the POST's Authorization header, each with what it is for. */
export function SignatureView({ signed, signing, anonymous }: SignatureViewProps) {
  if (anonymous) {
    return (
      <p className={NOTE}>
        <span className="font-semibold">Sent unsigned.</span> This operation needs no SigV4 signature and no access key: the SAML assertion or web identity
        token in its parameters is the proof of identity, and STS checks that token’s own signature against the identity provider’s certificate or keys.
      </p>
    )
  }
  if (signed === undefined) {
    return (
      <p role="status" className={NOTE}>
        <span aria-hidden="true">⋯ </span>Signing with the caller’s secret key…
      </p>
    )
  }
  if (signing === undefined) {
    return <p className={NOTE}>This request carries no signature the playground can read, so there are no signing steps to show.</p>
  }

  // The engine hands the parts over as fields: nothing here splits the joined texts back up.
  const canonical = signing.canonicalRequestParts
  const scope = signing.stringToSignParts.scope
  const authorization = findHeader(signed.headers, 'authorization')
  const sessionToken = findHeader(signed.headers, 'x-amz-security-token')
  const authorizationLine = authorization === undefined ? '' : `Authorization: ${authorization}`
  const mismatch = signing.providedSignature.toLowerCase() !== signing.expectedSignature.toLowerCase()

  return (
    <>
      <div className="flex min-w-0 flex-col gap-2">
        <CopyableBlock
          id="wire-sig-canonical-label"
          label="Step 1: Canonical request"
          about="The request rewritten in one fixed form, so that your signer and STS hash exactly the same bytes. Its six parts:"
          copyText={signing.canonicalRequest}
          copyLabel="Copy canonical request"
          testId="wire-canonical-request"
        >
          <WireLines text={signing.canonicalRequest} />
        </CopyableBlock>
        {canonical !== undefined && <CanonicalRequestGuide parts={canonical} />}
      </div>

      <CopyableBlock
        id="wire-sig-string-label"
        label="Step 2: String to sign"
        about="What is actually signed: the algorithm, the request time, the credential scope (date/region/service/aws4_request) and the SHA-256 of the canonical request."
        copyText={signing.stringToSign}
        copyLabel="Copy string to sign"
        testId="wire-string-to-sign"
      >
        <WireLines text={signing.stringToSign} />
      </CopyableBlock>

      <div className="flex min-w-0 flex-col gap-2">
        <CopyableBlock
          id="wire-sig-signature-label"
          label="Step 3: Signature (hex)"
          about="HMAC-SHA256 of the string to sign with the signing key derived from the secret, date, region and service."
          copyText={signing.expectedSignature}
          copyLabel="Copy signature"
          testId="wire-signature"
        >
          {signing.expectedSignature}
        </CopyableBlock>
        {scope !== undefined && (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Signing key:{' '}
            <code className="font-mono wrap-anywhere text-slate-800 dark:text-slate-200">
              HMAC(HMAC(HMAC(HMAC("AWS4" + secret, "{scope.date}"), "{scope.region}"), "{scope.service}"), "{scope.terminator}")
            </code>
          </p>
        )}
        {mismatch && (
          <p className="text-xs font-medium text-amber-800 dark:text-amber-200">
            <span aria-hidden="true">⚠ </span>The Authorization header carries a different signature ({signing.providedSignature}): STS would answer
            SignatureDoesNotMatch.
          </p>
        )}
      </div>

      {authorization !== undefined && (
        <CopyableBlock
          id="wire-sig-authorization-label"
          label="Step 4: Authorization header"
          about={
            <>
              How the request carries it all: the algorithm, Credential (access key id and scope), SignedHeaders and Signature. STS repeats steps 1–3 with its
              own copy of the secret and compares.
              {sessionToken !== undefined && ' With temporary credentials the session token travels in X-Amz-Security-Token, signed like the other headers.'}
            </>
          }
          copyText={authorizationLine}
          copyLabel="Copy Authorization header"
          testId="wire-authorization"
        >
          {authorizationLine}
        </CopyableBlock>
      )}
    </>
  )
}
