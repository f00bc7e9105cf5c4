import { generateKeyPair, SignJWT } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { textToBase64, textToBase64Url } from './base64-text.ts'
import { editJwt, editXml, outgoing, startEditing, type Editing } from './editing.ts'
import { inspectInput } from './inspect-input.ts'
import { base64, responseXml } from './saml-fixtures.test-data.ts'
import { xmldomParse } from './xmldom-parse.ts'

let jwt: string
beforeAll(async () => {
  const { privateKey } = await generateKeyPair('RS256')
  // A header whose JSON is not what JSON.stringify writes (spaces): untouched, it must stay byte for byte.
  jwt = await new SignJWT({ sub: 'alice', aud: 'playground-web' }).setProtectedHeader({ alg: 'RS256' }).sign(privateKey)
  const [, payload, signature] = jwt.split('.')
  jwt = `${textToBase64Url('{ "alg": "RS256" }')}.${payload}.${signature}`
})

function start(text: string): Editing {
  return startEditing(inspectInput(text, xmldomParse))
}

function jwtEditing(): Extract<Editing, { kind: 'jwt' }> {
  const editing = start(jwt)
  if (editing.kind !== 'jwt') throw new Error('not a jwt')
  return editing
}

describe('editing a JWT', () => {
  it('starts from pretty JSON and sends the token unchanged', () => {
    const editing = jwtEditing()
    expect(editing.header.text).toBe('{\n  "alg": "RS256"\n}')
    expect(outgoing(editing)).toEqual({ kind: 'jwt', encoded: jwt, edited: false })
  })

  it('re-encodes an edited payload and keeps the original header and signature', () => {
    const editing = editJwt(jwtEditing(), 'payload', '{"sub": "mallory", "aud": "playground-web"}')
    const sent = outgoing(editing)
    const [header, payload, signature] = sent?.encoded.split('.') ?? []
    expect(sent?.edited).toBe(true)
    expect(header).toBe(jwt.split('.')[0])
    expect(signature).toBe(jwt.split('.')[2])
    expect(Buffer.from(payload ?? '', 'base64url').toString()).toBe('{"sub":"mallory","aud":"playground-web"}')
    expect(editing.kind === 'jwt' && editing.payload.value).toEqual({ sub: 'mallory', aud: 'playground-web' })
  })

  it('keeps the last valid token while the JSON is invalid, and says why', () => {
    const valid = editJwt(jwtEditing(), 'payload', '{"sub":"bob"}')
    const invalid = editJwt(valid as Extract<Editing, { kind: 'jwt' }>, 'payload', '{"sub":"bo')
    expect(invalid.kind === 'jwt' && invalid.payload.problem).toMatch(/^The payload is not valid JSON/)
    expect(invalid.kind === 'jwt' && invalid.payload.text).toBe('{"sub":"bo')
    expect(outgoing(invalid)?.encoded).toBe(outgoing(valid)?.encoded)
  })

  it('is no longer edited once the text is back to the original', () => {
    const editing = jwtEditing()
    const changed = editJwt(editing, 'header', '{"alg":"none"}') as typeof editing
    const back = editJwt(changed, 'header', editing.header.text)
    expect(outgoing(changed)?.edited).toBe(true)
    expect(outgoing(back)).toEqual({ kind: 'jwt', encoded: jwt, edited: false })
  })
})

describe('editing SAML XML', () => {
  function samlEditing(text: string): Extract<Editing, { kind: 'saml' }> {
    const editing = start(text)
    if (editing.kind !== 'saml') throw new Error('not saml')
    return editing
  }

  it('sends the pasted base64 unchanged until the XML is edited', () => {
    const encoded = base64(responseXml())
    expect(outgoing(samlEditing(encoded))).toEqual({ kind: 'saml', encoded, edited: false })
  })

  it('re-encodes edited XML and re-reads its summary', () => {
    const editing = samlEditing(base64(responseXml()))
    const tampered = responseXml().replace('alice@example.com</saml:NameID>', 'root@example.com</saml:NameID>')
    const edited = editXml(editing, tampered, xmldomParse)
    expect(outgoing(edited)).toEqual({ kind: 'saml', encoded: textToBase64(tampered), edited: true })
    expect(edited.kind === 'saml' && edited.xml.valid.summary.nameId?.value).toBe('root@example.com')
  })

  it('keeps the last well-formed XML while the text is broken, and refuses a DOCTYPE', () => {
    const editing = samlEditing(responseXml())
    const broken = editXml(editing, '<samlp:Response', xmldomParse)
    expect(broken.kind === 'saml' && broken.xml.problem).toMatch(/^Not well-formed XML/)
    expect(outgoing(broken)).toEqual({ kind: 'saml', encoded: base64(responseXml()), edited: false })
    const doctype = editXml(editing, `<!DOCTYPE x>${responseXml()}`, xmldomParse)
    expect(doctype.kind === 'saml' && doctype.xml.problem).toContain('DOCTYPE')
  })
})

describe('nothing to send', () => {
  it('has no outgoing value for empty or unreadable input', () => {
    expect(outgoing(start(''))).toBeUndefined()
    expect(outgoing(start('garbage'))).toBeUndefined()
  })
})
