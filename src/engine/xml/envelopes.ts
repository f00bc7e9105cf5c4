import { STS_NAMESPACE, type StsFault } from '../errors/faults.ts'
import { element, escapeText, parent, renderElements, renderXml, startTag, type XmlElement } from './xml-writer.ts'

/**
 * `<OpResponse><OpResult>…</OpResult><ResponseMetadata><RequestId>…` as STS sends it (sts-facts §2.2),
 * in renderXml's layout. The envelope is written as text around the rendered result: it is the same
 * for every answer, and building it as a tree cost each request more than the result itself.
 */
export function successXml(operation: string, result: readonly XmlElement[], requestId: string): string {
  return (
    `${startTag(`${operation}Response`, 'xmlns', STS_NAMESPACE)}\n` +
    `  <${operation}Result>\n${renderElements(result, 2)}  </${operation}Result>\n` +
    `  <ResponseMetadata>\n    <RequestId>${escapeText(requestId)}</RequestId>\n  </ResponseMetadata>\n` +
    `</${operation}Response>\n`
  )
}

/** `<ErrorResponse>` with RequestId beside `<Error>`, not inside it (sts-facts §2.3). */
export function errorXml(fault: StsFault, requestId: string): string {
  const error: XmlElement[] = [element('Type', fault.type), element('Code', fault.code)]
  if (fault.message !== undefined) error.push(element('Message', fault.message))
  return renderXml(parent('ErrorResponse', [parent('Error', error), element('RequestId', requestId)], { xmlns: fault.namespace }))
}
