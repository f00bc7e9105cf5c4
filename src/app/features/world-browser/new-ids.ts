/**
 * Fresh identifiers for entities the learner adds, in IAM's shapes (world-schema.ts checks them):
 * unique ids are a four-letter prefix and 17 base32 characters, access key ids AKIA and 16, secrets
 * 40 characters. Random, from the browser's crypto; they mean nothing beyond being unique.
 */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const SECRET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function randomFrom(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('')
}

export const newRoleId = () => `AROA${randomFrom(BASE32, 17)}`
export const newUserId = () => `AIDA${randomFrom(BASE32, 17)}`
export const newAccessKey = () => ({ accessKeyId: `AKIA${randomFrom(BASE32, 16)}`, secretAccessKey: randomFrom(SECRET, 40) })
/** A virtual MFA device's seed: 32 base32 characters (160 bits), as IAM's virtual devices use. */
export const newMfaSeed = () => randomFrom(BASE32, 32)

/** `base`, or `base2`, `base3`… : the first that `taken` does not hold. */
export function unusedName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n += 1) if (!taken.has(`${base}${n}`)) return `${base}${n}`
}
