/**
 * IPv4 and IPv6 addresses and CIDR ranges for the IP address operators, as bytes (4 or 16).
 *
 * Choices where the docs are silent: IPv4 octets are plain decimal without leading zeros (`010.0.0.1`
 * is refused rather than guessed as octal or decimal); IPv6 accepts `::` compression and a dotted IPv4
 * tail (`::ffff:192.0.2.1`) but no zone (`%eth0`); an IPv4-mapped IPv6 address is still IPv6, so it is
 * not inside an IPv4 range. Host bits set in a range (`203.0.113.7/24`) are ignored.
 */
export interface IpAddress {
  bytes: number[]
}

export interface IpRange extends IpAddress {
  prefix: number
}

const OCTET = /^(?:0|[1-9]\d{0,2})$/
const HEXTET = /^[0-9a-fA-F]{1,4}$/
const PREFIX = /^(?:0|[1-9]\d{0,2})$/

export function parseIpAddress(text: string): IpAddress | undefined {
  const bytes = text.includes(':') ? parseIpv6(text) : parseIpv4(text)
  return bytes === undefined ? undefined : { bytes }
}

/** A range `address/prefix`, or a bare address, which means /32 (IPv4) or /128 (IPv6). */
export function parseIpRange(text: string): IpRange | undefined {
  const slash = text.indexOf('/')
  const address = parseIpAddress(slash < 0 ? text : text.slice(0, slash))
  if (address === undefined) return undefined
  const bits = address.bytes.length * 8
  if (slash < 0) return { bytes: address.bytes, prefix: bits }
  const prefixText = text.slice(slash + 1)
  if (!PREFIX.test(prefixText)) return undefined
  const prefix = Number(prefixText)
  return prefix <= bits ? { bytes: address.bytes, prefix } : undefined
}

export function rangeContains(range: IpRange, address: IpAddress): boolean {
  if (range.bytes.length !== address.bytes.length) return false
  for (let bit = 0; bit < range.prefix; bit++) {
    const mask = 0x80 >> (bit % 8)
    if (((range.bytes[bit >> 3] ?? 0) & mask) !== ((address.bytes[bit >> 3] ?? 0) & mask)) return false
  }
  return true
}

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.')
  if (parts.length !== 4 || !parts.every((part) => OCTET.test(part))) return undefined
  const bytes = parts.map(Number)
  return bytes.every((byte) => byte <= 255) ? bytes : undefined
}

function parseIpv6(text: string): number[] | undefined {
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const [headText = '', tailText = ''] = halves
  if (halves.length === 2 && headText.includes('.')) return undefined // a dotted tail must come last
  const head = parseHextets(headText)
  const tail = halves.length === 2 ? parseHextets(tailText) : []
  if (head === undefined || tail === undefined) return undefined
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined
  const hextets = [...head, ...Array<number>(halves.length === 1 ? 0 : missing).fill(0), ...tail]
  return hextets.flatMap((hextet) => [hextet >> 8, hextet & 0xff])
}

/** Colon-separated 16-bit groups; the last may be a dotted IPv4 address (two groups). */
function parseHextets(text: string): number[] | undefined {
  if (text === '') return []
  const pieces = text.split(':')
  const hextets: number[] = []
  for (const [index, piece] of pieces.entries()) {
    if (index === pieces.length - 1 && piece.includes('.')) {
      const v4 = parseIpv4(piece)
      if (v4 === undefined) return undefined
      hextets.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0))
    } else if (HEXTET.test(piece)) {
      hextets.push(parseInt(piece, 16))
    } else {
      return undefined
    }
  }
  return hextets
}
