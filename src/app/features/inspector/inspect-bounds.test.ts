import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textToBase64Url } from './base64-text.ts'
import { editJwt, startEditing, type Editing } from './editing.ts'
import { inspectInput } from './inspect-input.ts'
import { base64, responseXml } from './saml-fixtures.test-data.ts'
import { xmldomParse } from './xmldom-parse.ts'

// Tokens too deeply nested, or SAML too large in shape, to read: the inspector says so in a
// sentence, as the simulated STS refuses them (the engine's bounds: 1,000 levels of JSON, 64
// levels / 1,000 nodes / 2,000 attributes of SAML XML), instead of going silent.

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
const jwtWith = (payload: string, header = '{"alg":"none"}') => `${textToBase64Url(header)}.${textToBase64Url(payload)}.`

/** What the panel does with pasted text: inspect it, then start editing what it found. */
function paste(text: string): Editing {
  return startEditing(inspectInput(text, xmldomParse))
}

describe('deeply nested JWTs', () => {
  it.each([
    ['payload', jwtWith(`{"sub":"alice","deep":${nested(20_000)}}`)],
    ['header', jwtWith('{"sub":"alice"}', `{"alg":"none","x":${nested(20_000)}}`)],
  ])('a %s nested 20,000 deep gets a sentence, not an exception', (what, token) => {
    const editing = paste(token)
    expect(editing).toEqual({
      kind: 'none',
      inspection: { kind: 'problem', why: `The decoded ${what} is JSON too deeply nested to read: arrays and objects nest more than 1,000 levels deep. STS would not read it as a JWT either.` },
    })
  })

  it('a payload at the limit is shown', () => {
    expect(paste(jwtWith(`{"deep":${nested(999)}}`)).kind).toBe('jwt')
    expect(paste(jwtWith(`{"deep":${nested(1000)}}`)).kind).toBe('none')
  })

  it('an edit that nests too deeply keeps the last valid payload, with the reason', () => {
    const editing = paste(jwtWith('{"sub":"alice"}'))
    if (editing.kind !== 'jwt') throw new Error('not a jwt')
    const edited = editJwt(editing, 'payload', `{"deep":${nested(5000)}}`)
    expect(edited.kind === 'jwt' && [edited.payload.problem, edited.payload.value]).toEqual([
      'The payload is JSON too deeply nested to read: arrays and objects nest more than 1,000 levels deep. STS would not read it as a JWT either.',
      { sub: 'alice' },
    ])
  })
})

describe('SAML responses past the simulated STS’s bounds', () => {
  const deep = (depth: number) => responseXml().replace('</samlp:Response>', `${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</samlp:Response>`)

  it('are refused before parsing, raw or base64, with the reason', () => {
    const why = 'Too large to read as a SAML response: elements nest more than 64 deep. The simulated STS refuses such a document before parsing it (a real response nests about 8 deep and has at most a few hundred elements).'
    expect(paste(deep(20_000))).toEqual({ kind: 'none', inspection: { kind: 'problem', why } })
    expect(paste(base64(deep(20_000)))).toEqual({ kind: 'none', inspection: { kind: 'problem', why } })
    expect(paste(responseXml().replace('</samlp:Response>', `${'<x/>'.repeat(2000)}</samlp:Response>`))).toMatchObject({ inspection: { why: expect.stringContaining('more than 1,000 elements') } })
  })

  it('are read up to the bound', () => {
    expect(paste(deep(62)).kind).toBe('saml')
  })
})

describe('the inspector never throws, however deep the input (property)', () => {
  it('on nested JSON in a JWT and nested XML, raw or base64', () => {
    const depth = fc.integer({ min: 0, max: 12_000 })
    const input = fc.oneof(
      depth.map((d) => jwtWith(`{"a":${nested(d)}}`)),
      depth.map((d) => jwtWith(`${'{"a":'.repeat(d)}1${'}'.repeat(d)}`)),
      depth.map((d) => responseXml().replace('</samlp:Response>', `${'<x>'.repeat(d)}${'</x>'.repeat(d)}</samlp:Response>`)),
      depth.map((d) => base64(`<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">${'<a>'.repeat(d)}</samlp:Response>`)),
    )
    fc.assert(
      fc.property(input, (text) => {
        const editing = paste(text)
        return ['none', 'jwt', 'saml'].includes(editing.kind)
      }),
      { numRuns: 60 },
    )
  })
})
