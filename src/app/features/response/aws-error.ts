// The error an STS answer states, read from its body: the XML ErrorResponse, or the legacy JSON form
// (`Accept: application/json`). Read with patterns, not an XML parser: the engine writes one shape.

export interface AwsError {
  /** E.g. `AccessDenied`, `ValidationError`. */
  code: string
  /** AWS leaves it out for some errors. */
  message?: string
  /** `Sender` or `Receiver`. */
  type?: string
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Undoes XML character escaping (`&amp;`, `&#38;`, `&#x26;`). An unknown entity stays as written. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const point = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return point <= 0x10ffff ? String.fromCodePoint(point) : whole
    }
    return ENTITIES[name] ?? whole
  })
}

function xmlChild(xml: string, name: string): string | undefined {
  const found = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml)
  return found?.[1] === undefined ? undefined : unescapeXml(found[1])
}

function fromXml(body: string): AwsError | undefined {
  const error = /<Error(?:\s[^>]*)?>([\s\S]*?)<\/Error>/.exec(body)?.[1]
  if (error === undefined) return undefined
  const code = xmlChild(error, 'Code')
  if (code === undefined) return undefined
  const message = xmlChild(error, 'Message')
  const type = xmlChild(error, 'Type')
  return { code, ...(message === undefined ? {} : { message }), ...(type === undefined ? {} : { type }) }
}

function fromJson(body: string): AwsError | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return undefined
  }
  if (typeof parsed !== 'object' || parsed === null || !('Error' in parsed)) return undefined
  const error: unknown = parsed.Error
  if (typeof error !== 'object' || error === null || !('Code' in error) || typeof error.Code !== 'string') return undefined
  const message = 'Message' in error && typeof error.Message === 'string' ? error.Message : undefined
  const type = 'Type' in error && typeof error.Type === 'string' ? error.Type : undefined
  return { code: error.Code, ...(message === undefined ? {} : { message }), ...(type === undefined ? {} : { type }) }
}

/** The error a response body states, or undefined for a success, an empty body or anything unreadable. */
export function parseAwsError(body: string): AwsError | undefined {
  const start = body.trimStart()
  if (start.startsWith('{')) return fromJson(body)
  if (start.startsWith('<')) return fromXml(body)
  return undefined
}
