import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom'
import type { XmlDocumentLike, XmlParse } from './xml-reader.ts'

/**
 * The XmlParse the unit tests use (they run in Node, without a DOM): @xmldom/xmldom, stopping at the
 * first warning as the engine's SAML reader does. The app uses the browser's DOMParser instead.
 */
export const xmldomParse: XmlParse = (text) => new DOMParser({ onError: onWarningStopParsing }).parseFromString(text, 'application/xml') as unknown as XmlDocumentLike
