import type { SignatureCheck } from './verify-signature.ts'

/** How many verdicts each provider keeps: enough for a burst of replays, bounded whatever is sent. */
const ENTRIES_PER_PROVIDER = 32

/** Per provider's certificate list (the world's own array), the verdict on each assertion text. */
const verdicts = new WeakMap<readonly string[], Map<string, Promise<SignatureCheck>>>()

/**
 * The signature verdict for this exact SAMLResponse and these certificates, computed once: the
 * verdict depends on nothing else (times and attributes are checked afterwards, every time). A
 * learner sending one assertion again, and the comparison table's dozen requests with one
 * assertion, then pay for the XML signature check once. Oldest verdicts go first.
 */
export function rememberedSignature(certificates: readonly string[], samlResponse: string, verify: () => Promise<SignatureCheck>): Promise<SignatureCheck> {
  let known = verdicts.get(certificates)
  if (!known) {
    known = new Map()
    verdicts.set(certificates, known)
  }
  const found = known.get(samlResponse)
  if (found) return found
  const verdict = verify()
  known.set(samlResponse, verdict)
  if (known.size > ENTRIES_PER_PROVIDER) known.delete(known.keys().next().value as string)
  return verdict
}
