const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/**
 * The account an access key id (or a unique id such as AIDA…/AROA…) belongs to, decoded the way
 * GetAccessKeyInfo does for keys minted since about 2019: the characters after the 4-character
 * prefix are base32; of the first 48 bits, bits 46..7 are the account number (Tal Be'ery,
 * "A short note on AWS KEY ID"; Aidan Steele, "AWS Access Key ID formats"). Undefined when the id is not of that form.
 */
export function accountFromAccessKeyId(id: string): string | undefined {
  if (!/^[A-Z]{4}[A-Z2-7]{10,}/.test(id)) return undefined
  let bits = 0n
  for (const char of id.slice(4, 14)) bits = (bits << 5n) | BigInt(BASE32.indexOf(char))
  const first48 = bits >> 2n // 10 characters are 50 bits; keep the first 48
  return ((first48 & 0x7fffffffff80n) >> 7n).toString().padStart(12, '0')
}
