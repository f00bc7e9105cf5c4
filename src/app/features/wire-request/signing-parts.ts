// The SigV4 texts split into their named lines, so the Signature view can say what each line is.

/** The six parts of a SigV4 canonical request; the headers take one line each. */
export interface CanonicalRequestParts {
  method: string
  /** The URI-encoded path: `/` for STS. */
  path: string
  /** Sorted, encoded query parameters: empty for a POST, whose parameters travel in the body. */
  query: string
  /** `name:value` for each signed header, names in lower case, sorted. */
  headers: string[]
  /** The signed header names joined with `;`. */
  signedHeaders: string
  /** Hex SHA-256 of the body. */
  payloadHash: string
}

/** Undefined when the text is not shaped like a canonical request. */
export function canonicalRequestParts(text: string): CanonicalRequestParts | undefined {
  const lines = text.split('\n')
  // method, path, query, ≥1 header, the blank line that ends the headers, signed headers, hash.
  if (lines.length < 7 || lines.at(-3) !== '') return undefined
  const [method = '', path = '', query = ''] = lines
  return { method, path, query, headers: lines.slice(3, -3), signedHeaders: lines.at(-2) ?? '', payloadHash: lines.at(-1) ?? '' }
}

/** The credential scope: date, region, service, terminator. */
export interface CredentialScope {
  date: string
  region: string
  service: string
  terminator: string
}

/** The four lines of a SigV4 string to sign. */
export interface StringToSignParts {
  algorithm: string
  amzDate: string
  scope: CredentialScope
  canonicalRequestHash: string
}

export function stringToSignParts(text: string): StringToSignParts | undefined {
  const lines = text.split('\n')
  if (lines.length !== 4) return undefined
  const [algorithm = '', amzDate = '', scopeText = '', canonicalRequestHash = ''] = lines
  const scopeParts = scopeText.split('/')
  if (scopeParts.length !== 4) return undefined
  const [date = '', region = '', service = '', terminator = ''] = scopeParts
  return { algorithm, amzDate, scope: { date, region, service, terminator }, canonicalRequestHash }
}
