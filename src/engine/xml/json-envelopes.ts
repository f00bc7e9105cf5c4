import type { StsFault } from '../errors/faults.ts'
import type { XmlElement } from './xml-writer.ts'

/**
 * The legacy JSON form STS answers when a request says `Accept: application/json` (undocumented;
 * LocalStack's test_expiration_date_format, "tested against AWS"; double-break/spapi-php#45): the XML tree as nested objects, with
 * `Expiration` as a number of epoch seconds written the way Java prints a double (`1.514869445E9`).
 */
export function javaDouble(value: number): string {
  if (Math.abs(value) >= 1e-3 && Math.abs(value) < 1e7) return Number.isInteger(value) ? `${value}.0` : String(value)
  const [mantissa = '0', exponent = '0'] = value.toExponential().split('e')
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`
}

const NUMERIC = new Set(['PackedPolicySize'])

function toJson(node: XmlElement): string {
  if ('text' in node) {
    if (node.name === 'Expiration') {
      const ms = Date.parse(node.text)
      if (!Number.isNaN(ms)) return javaDouble(ms / 1000)
    }
    if (NUMERIC.has(node.name) && /^\d+$/.test(node.text)) return node.text
    return JSON.stringify(node.text)
  }
  return `{${node.children.map((child) => `${JSON.stringify(child.name)}:${toJson(child)}`).join(',')}}`
}

export function successJson(operation: string, result: readonly XmlElement[], requestId: string): string {
  const body = toJson({ name: `${operation}Result`, children: result })
  return `{${JSON.stringify(`${operation}Response`)}:{${JSON.stringify(`${operation}Result`)}:${body},"ResponseMetadata":{"RequestId":${JSON.stringify(requestId)}}}}`
}

export function errorJson(fault: StsFault, requestId: string): string {
  const error: Record<string, string> = { Code: fault.code }
  if (fault.message !== undefined) error.Message = fault.message
  error.Type = fault.type
  return JSON.stringify({ Error: error, RequestId: requestId })
}
