import { splitUrl, type HttpRequest } from '../http.ts'
import { jsHashing, type Hashing } from './hashing.ts'
import { readSignatureInput } from './signature-input.ts'
import { signingWork, type SigningWork } from './signing-work.ts'

/**
 * The SigV4 working of a signed request, recomputed with a secret the client holds: the canonical
 * request, the string to sign and the signature, as STS would compute them. The playground shows
 * these steps before anything is sent. Undefined when the request carries no readable signature.
 */
export function describeSignature(request: HttpRequest, secretAccessKey: string, hashing: Hashing = jsHashing): SigningWork | undefined {
  const headers = new Map<string, string>()
  for (const [name, value] of Object.entries(request.headers)) {
    const key = name.toLowerCase()
    headers.set(key, headers.has(key) ? `${headers.get(key) ?? ''}, ${value}` : value)
  }
  const { path, query } = splitUrl(request.url)
  const read = readSignatureInput(headers, query)
  if (read === undefined || !read.ok) return undefined
  return signingWork({ method: request.method, wirePath: path, rawQuery: query, headers, body: request.body }, read.input, secretAccessKey, hashing)
}
