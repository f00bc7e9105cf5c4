import { secondaryButton } from '../../ui/buttons.ts'

/** The key id a simulated IdP's private JWK names, if any: public, unlike the rest of the key. */
export function simulatedKeyId(holder: { simulatedIdp?: { privateJwk: Readonly<Record<string, unknown>> } | undefined }): string | undefined {
  const kid = holder.simulatedIdp?.privateJwk.kid
  return typeof kid === 'string' ? kid : undefined
}

interface SimulatedIdpLineProps {
  /** The provider in the world has a simulated IdP key. */
  present: boolean
  /** What the key is, without showing it: "a PKCS#8 RSA private key". */
  keyDescription: string
  /** The draft removes it on Apply. */
  removing: boolean
  onRemovingChange: (removing: boolean) => void
}

/**
 * Whether the playground can sign in at this provider. The private key is never shown (it is a demo
 * key, but a learner should not get used to seeing private keys on screen); it can only be removed.
 */
export function SimulatedIdpLine({ present, keyDescription, removing, onRemovingChange }: SimulatedIdpLineProps) {
  return (
    <div className="flex min-w-0 flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900">
      <p className="min-w-0 text-sm text-slate-900 dark:text-slate-100">
        <span className="font-medium">Simulated IdP: </span>
        {!present && 'absent. The playground cannot sign in here; bring your own assertion or token.'}
        {present && !removing && `present. It signs with ${keyDescription} (not shown).`}
        {present && removing && 'present, removed when you apply. Sign-in here stops; what it signed before still verifies.'}
      </p>
      {present && (
        <button type="button" className={secondaryButton} onClick={() => onRemovingChange(!removing)}>
          {removing ? 'Keep the simulated IdP' : 'Remove the simulated IdP'}
        </button>
      )}
    </div>
  )
}
