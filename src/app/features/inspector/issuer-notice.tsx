import { issuerStanding } from './known-issuers.ts'

interface IssuerNoticeProps {
  issuer: string | undefined
  knownIssuers: readonly string[] | undefined
}

/**
 * Whether the issuer is one of the world's providers. A stranger gets a warning: the simulated STS
 * cannot verify it, and a token from a real identity provider is a live credential.
 */
export function IssuerNotice({ issuer, knownIssuers }: IssuerNoticeProps) {
  const standing = issuerStanding(issuer, knownIssuers)
  if (standing === 'unchecked') return null
  if (standing === 'known') {
    return (
      <p className="text-sm text-emerald-800 dark:text-emerald-300">
        <span aria-hidden="true">✓ </span>The issuer is one of this world&apos;s identity providers.
      </p>
    )
  }
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100">
      <p>
        <span aria-hidden="true">⚠ </span>
        <strong className="font-semibold">{standing === 'missing' ? 'No issuer.' : 'Issuer not in this world.'}</strong>{' '}
        {standing === 'missing' ? (
          'It names no issuer, so no provider of this world can vouch for it.'
        ) : (
          <>
            <code className="font-mono break-all">{issuer}</code> is none of this world&apos;s identity providers, so the simulated STS has nothing to verify it against.
          </>
        )}{' '}
        If it came from a real identity provider it is a live credential: clear it from this page.
      </p>
      {knownIssuers !== undefined && knownIssuers.length > 0 && (
        <p className="mt-1 text-xs">
          Providers of this world:{' '}
          {knownIssuers.map((known, index) => (
            <span key={known}>
              {index > 0 && ', '}
              <code className="font-mono break-all">{known}</code>
            </span>
          ))}
        </p>
      )}
    </div>
  )
}
