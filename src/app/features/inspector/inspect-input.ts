import { SAML_XML_LIMITS, xmlShapeProblem } from '../../engine/input-bounds.ts'
import { base64ToBytes, textToBase64, utf8Text } from './base64-text.ts'
import { decodeJwt, type DecodedJwt } from './jwt-decode.ts'
import { prettyXml } from './pretty-xml.ts'
import { summarizeSaml, type SamlSummary } from './saml-summary.ts'
import { readXml, type XmlParse } from './xml-reader.ts'

/** Longer than anything STS takes (SAMLAssertion: 100,000 characters; WebIdentityToken: 20,000). */
export const MAX_INPUT_CHARS = 400_000

export const SAML_ASSERTION_MAX = 100_000
export const WEB_IDENTITY_TOKEN_MAX = 20_000

export interface DecodedSaml {
  /** The XML text, exactly as decoded (or as pasted). */
  xml: string
  /** What goes in SAMLAssertion: base64 of the XML's UTF-8. */
  encoded: string
  /** How it was given. */
  origin: 'base64' | 'xml'
  /** Whitespace (line breaks) removed from pasted base64. */
  whitespaceRemoved: boolean
  pretty: string
  summary: SamlSummary
}

export type Inspection =
  | { kind: 'empty' }
  | { kind: 'problem'; why: string }
  | { kind: 'jwt'; jwt: DecodedJwt }
  | { kind: 'saml'; saml: DecodedSaml }

const JWT_SHAPE = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*)+$/

/** XML that looks like SAML: a Response or an Assertion element, in any prefix. */
function looksLikeSaml(xml: string): boolean {
  return /<([A-Za-z_][\w.-]*:)?(Response|Assertion)[\s/>]/.test(xml)
}

/** The value of a pasted `SAMLResponse=…` form field, or percent-encoded base64, decoded; otherwise the text unchanged. */
function unwrapFormEncoding(text: string): string {
  const field = /^SAMLResponse=([^&]*)/.exec(text)
  const value = field ? (field[1] ?? '') : text
  if (!field && !/%(2B|2F|3D)/i.test(value)) return value
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '))
  } catch {
    return value
  }
}

/**
 * Decodes SAML XML text into what the views show. XML larger in shape than the simulated STS reads
 * (SAML_XML_LIMITS: nesting, nodes, attributes) is refused before any parser sees it; the rest is
 * read by `parse` behind readXml, so a DOCTYPE is refused and a parse error becomes a sentence.
 */
export function decodeSamlXml(xml: string, parse: XmlParse, encoded?: { text: string; whitespaceRemoved: boolean }): { ok: true; saml: DecodedSaml } | { ok: false; why: string } {
  const shape = xmlShapeProblem(xml, SAML_XML_LIMITS)
  if (shape !== undefined) {
    return {
      ok: false,
      why: `Too large to read as a SAML response: ${shape.charAt(0).toLowerCase()}${shape.slice(1)} The simulated STS refuses such a document before parsing it (a real response nests about 8 deep and has at most a few hundred elements).`,
    }
  }
  const reading = readXml(xml, parse)
  if (!reading.ok) return reading
  return {
    ok: true,
    saml: {
      xml,
      encoded: encoded?.text ?? textToBase64(xml),
      origin: encoded === undefined ? 'xml' : 'base64',
      whitespaceRemoved: encoded?.whitespaceRemoved ?? false,
      pretty: prettyXml(reading.document),
      summary: summarizeSaml(reading.root),
    },
  }
}

/**
 * Works out what was pasted and decodes it: a JWT (three base64url segments separated by dots), a
 * base64 SAMLResponse (also as a `SAMLResponse=` form field), or SAML XML. Anything else gets a
 * sentence saying what it is not. Never throws.
 */
export function inspectInput(input: string, parse: XmlParse): Inspection {
  try {
    return inspect(input, parse)
  } catch (error) {
    return { kind: 'problem', why: `This could not be decoded: ${error instanceof Error ? error.message : String(error)}` }
  }
}

function inspect(input: string, parse: XmlParse): Inspection {
  const text = input.replace(/^\uFEFF/, '').trim()
  if (text === '') return { kind: 'empty' }
  if (text.length > MAX_INPUT_CHARS) {
    return { kind: 'problem', why: `Too long to inspect: ${text.length.toLocaleString('en-US')} characters. STS takes at most ${SAML_ASSERTION_MAX.toLocaleString('en-US')} for a SAMLAssertion and ${WEB_IDENTITY_TOKEN_MAX.toLocaleString('en-US')} for a WebIdentityToken.` }
  }
  if (text.startsWith('<')) {
    if (!looksLikeSaml(text)) return { kind: 'problem', why: 'This is XML (or starts like it) but has no Response or Assertion element: not a SAML response.' }
    const decoded = decodeSamlXml(text, parse)
    return decoded.ok ? { kind: 'saml', saml: decoded.saml } : { kind: 'problem', why: decoded.why }
  }
  const token = text.replace(/^Bearer\s+/i, '')
  if (JWT_SHAPE.test(token)) {
    const decoded = decodeJwt(token)
    return decoded.ok ? { kind: 'jwt', jwt: decoded.jwt } : { kind: 'problem', why: decoded.why }
  }
  const base64 = unwrapFormEncoding(text)
  const compact = base64.replace(/\s+/g, '')
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    const bytes = base64ToBytes(compact)
    if (bytes === undefined) return { kind: 'problem', why: `This looks like base64 but its length (${compact.length}) is not a multiple of 4: is part of it missing?` }
    const xml = utf8Text(bytes)?.replace(/^\uFEFF/, '')
    if (xml === undefined || !xml.trimStart().startsWith('<')) {
      return { kind: 'problem', why: 'This is base64, but it decodes to binary data, not XML. (A deflated HTTP-Redirect message? AWS takes the HTTP-POST binding: plain base64 of the XML.)' }
    }
    if (!looksLikeSaml(xml)) return { kind: 'problem', why: 'This is base64 of XML with no Response or Assertion element: not a SAML response.' }
    const decoded = decodeSamlXml(xml, parse, { text: compact, whitespaceRemoved: compact !== base64.trim() })
    return decoded.ok ? { kind: 'saml', saml: decoded.saml } : { kind: 'problem', why: decoded.why }
  }
  return { kind: 'problem', why: 'Not recognised: expected a JWT (three base64url segments separated by dots), a base64 SAMLResponse, or SAML XML starting with <.' }
}
