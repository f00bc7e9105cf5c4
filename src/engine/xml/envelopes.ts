import { STS_NAMESPACE, type StsFault } from '../errors/faults.ts'
import { element, parent, renderXml, type XmlElement } from './xml-writer.ts'

/** `<OpResponse><OpResult>…</OpResult><ResponseMetadata><RequestId>…` as STS sends it (observed against AWS, justincormack/argmin sts_oracle.rs). */
export function successXml(operation: string, result: readonly XmlElement[], requestId: string): string {
  return renderXml(
    parent(
      `${operation}Response`,
      [parent(`${operation}Result`, result), parent('ResponseMetadata', [element('RequestId', requestId)])],
      { xmlns: STS_NAMESPACE },
    ),
  )
}

/** `<ErrorResponse>` with RequestId beside `<Error>`, not inside it (mozilla-iam/mozilla-aws-cli#127, aws/aws-sdk-js#198). */
export function errorXml(fault: StsFault, requestId: string): string {
  const error: XmlElement[] = [element('Type', fault.type), element('Code', fault.code)]
  if (fault.message !== undefined) error.push(element('Message', fault.message))
  return renderXml(parent('ErrorResponse', [parent('Error', error), element('RequestId', requestId)], { xmlns: fault.namespace }))
}
