import { textToBase64Url } from './base64-text.ts'
import { decodeSamlXml, type DecodedSaml, type Inspection } from './inspect-input.ts'
import { parseJsonObject, type DecodedJwt, type JsonObject } from './jwt-decode.ts'
import type { XmlParse } from './xml-reader.ts'

/** One JSON segment of a JWT being edited: the text as typed, and the last valid value and segment. */
export interface JsonEdit {
  text: string
  value: JsonObject
  segment: string
  problem: string | undefined
}

/** The SAML XML being edited: the text as typed, and the last well-formed decoding of it. */
export interface XmlEdit {
  text: string
  valid: DecodedSaml
  problem: string | undefined
}

export type Editing =
  | { kind: 'none'; inspection: Extract<Inspection, { kind: 'empty' | 'problem' }> }
  | { kind: 'jwt'; original: DecodedJwt; header: JsonEdit; payload: JsonEdit }
  | { kind: 'saml'; original: DecodedSaml; xml: XmlEdit }

export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
}

/** Editing starts from the decoded value: JSON pretty-printed, XML exactly as decoded. */
export function startEditing(inspection: Inspection): Editing {
  switch (inspection.kind) {
    case 'jwt': {
      const { jwt } = inspection
      return {
        kind: 'jwt',
        original: jwt,
        header: { text: prettyJson(jwt.header), value: jwt.header, segment: jwt.headerSegment, problem: undefined },
        payload: { text: prettyJson(jwt.payload), value: jwt.payload, segment: jwt.payloadSegment, problem: undefined },
      }
    }
    case 'saml':
      return { kind: 'saml', original: inspection.saml, xml: { text: inspection.saml.xml, valid: inspection.saml, problem: undefined } }
    default:
      return { kind: 'none', inspection }
  }
}

/**
 * A new text for a header or payload. While the text is the one editing started from, the original
 * segment is kept byte for byte; otherwise valid JSON is re-encoded (compact, base64url), and invalid
 * JSON keeps the last valid segment with the reason.
 */
export function editJson(edit: JsonEdit, text: string, originalText: string, originalSegment: string, what: 'header' | 'payload'): JsonEdit {
  const parsed = parseJsonObject(text, what)
  if (!parsed.ok) return { ...edit, text, problem: parsed.why }
  const segment = text === originalText ? originalSegment : textToBase64Url(JSON.stringify(parsed.value))
  return { text, value: parsed.value, segment, problem: undefined }
}

export function editJwt(editing: Extract<Editing, { kind: 'jwt' }>, part: 'header' | 'payload', text: string): Editing {
  const { original } = editing
  const originalText = prettyJson(part === 'header' ? original.header : original.payload)
  const originalSegment = part === 'header' ? original.headerSegment : original.payloadSegment
  return { ...editing, [part]: editJson(editing[part], text, originalText, originalSegment, part) }
}

/** New XML text: re-decoded when well-formed (the original base64 kept while the text is unchanged), else the last valid kept with the reason. */
export function editXml(editing: Extract<Editing, { kind: 'saml' }>, text: string, parse: XmlParse): Editing {
  const { original } = editing
  if (text === original.xml) return { ...editing, xml: { text, valid: original, problem: undefined } }
  const decoded = decodeSamlXml(text, parse)
  if (!decoded.ok) return { ...editing, xml: { ...editing.xml, text, problem: decoded.why } }
  return { ...editing, xml: { text, valid: decoded.saml, problem: undefined } }
}

export interface Outgoing {
  kind: 'jwt' | 'saml'
  /** What "Use in request" hands over and Copy copies: the compact JWT, or the base64 SAMLAssertion. */
  encoded: string
  /** True when it differs from what was decoded: the signature no longer matches the content. */
  edited: boolean
}

export function outgoing(editing: Editing): Outgoing | undefined {
  switch (editing.kind) {
    case 'jwt': {
      const encoded = `${editing.header.segment}.${editing.payload.segment}.${editing.original.signatureSegment}`
      return { kind: 'jwt', encoded, edited: encoded !== editing.original.token }
    }
    case 'saml':
      return { kind: 'saml', encoded: editing.xml.valid.encoded, edited: editing.xml.valid.xml !== editing.original.xml }
    default:
      return undefined
  }
}
