import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rawResponseText, responseTokens, tokenLines, tokenizeXml, type Token } from './response-tokens.ts'

const joined = (tokens: readonly Token[]) => tokens.map((token) => token.text).join('')
const ofKind = (tokens: readonly Token[], kind: Token['kind']) => tokens.filter((token) => token.kind === kind).map((token) => token.text)

// The shapes the engine writes (src/engine/xml/envelopes.ts), two spaces per level.
const errorBody = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error>
    <Type>Sender</Type>
    <Code>AccessDenied</Code>
    <Message>User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/Admin</Message>
  </Error>
  <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
</ErrorResponse>
`
const successBody = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::111111111111:user/alice</Arn>
    <UserId>AIDARTXV5AHDSALICE7QZ</UserId>
    <Account>111111111111</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata>
    <RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId>
  </ResponseMetadata>
</GetCallerIdentityResponse>
`

describe('tokenizeXml', () => {
  it('gives back the text it was given', () => {
    expect(joined(tokenizeXml(errorBody))).toBe(errorBody)
    expect(joined(tokenizeXml(successBody))).toBe(successBody)
  })

  it('names elements, attributes and text', () => {
    const tokens = tokenizeXml(successBody)
    expect(ofKind(tokens, 'element').slice(0, 4)).toEqual(['GetCallerIdentityResponse', 'GetCallerIdentityResult', 'Arn', 'Arn'])
    expect(ofKind(tokens, 'attribute')).toEqual(['xmlns'])
    expect(ofKind(tokens, 'attribute-value')).toEqual(['"https://sts.amazonaws.com/doc/2011-06-15/"'])
    expect(ofKind(tokens, 'text')).toEqual(['arn:aws:iam::111111111111:user/alice', 'AIDARTXV5AHDSALICE7QZ', '111111111111', '01234567-89ab-cdef-0123-456789abcdef'])
    expect(tokens.slice(0, 3)).toEqual([
      { kind: 'punctuation', text: '<' },
      { kind: 'element', text: 'GetCallerIdentityResponse' },
      { kind: 'plain', text: ' ' },
    ])
    expect(ofKind(tokens, 'punctuation')).toContain('</')
  })

  it('marks the error Code and Message, and only those', () => {
    const tokens = tokenizeXml(errorBody)
    expect(ofKind(tokens, 'error-text')).toEqual([
      'AccessDenied',
      'User: arn:aws:iam::111111111111:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/Admin',
    ])
    expect(ofKind(tokens, 'text')).toEqual(['Sender', 'c6104cbe-af31-11e0-8154-cbc7ccf896c7'])
  })

  it('does not mark a Code outside an Error', () => {
    const tokens = tokenizeXml('<Result><Code>x</Code></Result>')
    expect(ofKind(tokens, 'error-text')).toEqual([])
    expect(ofKind(tokens, 'text')).toEqual(['x'])
  })

  it('keeps escaped text as written', () => {
    const xml = '<Error><Message>a &lt;b&gt; &amp; "c"</Message></Error>'
    expect(ofKind(tokenizeXml(xml), 'error-text')).toEqual(['a &lt;b&gt; &amp; "c"'])
  })

  it('reads declarations, comments and self-closing tags', () => {
    const xml = '<?xml version="1.0"?><!-- note --><A b=\'1\' c="2"/><D>t</D>'
    const tokens = tokenizeXml(xml)
    expect(ofKind(tokens, 'declaration')).toEqual(['<?xml version="1.0"?>', '<!-- note -->'])
    expect(ofKind(tokens, 'attribute')).toEqual(['b', 'c'])
    expect(ofKind(tokens, 'attribute-value')).toEqual(["'1'", '"2"'])
    expect(ofKind(tokens, 'punctuation')).toContain('/>')
    expect(joined(tokens)).toBe(xml)
  })

  it('gives back malformed input whole', () => {
    for (const xml of ['<', '</', '<A', '<A b="unterminated', 'a < b', '<A <B>', '</ >', '<A>text', '<!--', '<?x', '<A =>']) {
      expect(joined(tokenizeXml(xml))).toBe(xml)
    }
  })

  it('gives back any text whole (property)', () => {
    const xmlish = fc.string({ unit: fc.constantFrom('<', '>', '/', '=', '"', "'", ' ', '\n', '!', '?', '-', 'A', 'b', 'Error', 'Code', '&') })
    fc.assert(
      fc.property(fc.oneof(xmlish, fc.string()), (text) => {
        expect(joined(tokenizeXml(text))).toBe(text)
      }),
    )
  })
})

describe('responseTokens and rawResponseText', () => {
  it('is the status line, headers, a blank line, then the body', () => {
    const response = { status: 403, headers: { 'x-amzn-RequestId': 'r-1', 'Content-Type': 'text/xml' }, body: errorBody }
    expect(rawResponseText(response)).toBe(`HTTP/1.1 403 Forbidden\nx-amzn-RequestId: r-1\nContent-Type: text/xml\n\n${errorBody}`)
    const tokens = responseTokens(response)
    expect(tokens[0]).toEqual({ kind: 'status-line', text: 'HTTP/1.1 403 Forbidden' })
    expect(ofKind(tokens, 'header-name')).toEqual(['x-amzn-RequestId', 'Content-Type'])
    expect(ofKind(tokens, 'header-value')).toEqual(['r-1', 'text/xml'])
  })

  it('keeps an empty body (a redirect) and a JSON body as they are', () => {
    expect(rawResponseText({ status: 302, headers: { Location: 'https://aws.amazon.com/iam' }, body: '' })).toBe('HTTP/1.1 302 Found\nLocation: https://aws.amazon.com/iam\n\n')
    const json = '{"Error":{"Code":"AccessDenied","Message":"no","Type":"Sender"},"RequestId":"r"}'
    const tokens = responseTokens({ status: 403, headers: {}, body: json })
    expect(tokens.at(-1)).toEqual({ kind: 'text', text: json })
    expect(joined(tokens)).toBe(`HTTP/1.1 403 Forbidden\n\n${json}`)
  })
})

describe('tokenLines', () => {
  const rejoin = (lines: ReturnType<typeof tokenLines>) => lines.map((line) => line.indent + joined(line.tokens) + (line.newline ? '\n' : '')).join('')

  it('cuts tokens at newlines and moves leading spaces into the indent', () => {
    const lines = tokenLines(tokenizeXml('<A>\n  <B>x</B>\n</A>\n'))
    expect(lines).toHaveLength(3)
    expect(lines[1]).toEqual({
      indent: '  ',
      newline: true,
      tokens: [
        { kind: 'punctuation', text: '<' },
        { kind: 'element', text: 'B' },
        { kind: 'punctuation', text: '>' },
        { kind: 'text', text: 'x' },
        { kind: 'punctuation', text: '</' },
        { kind: 'element', text: 'B' },
        { kind: 'punctuation', text: '>' },
      ],
    })
    expect(lines[2]?.newline).toBe(true)
  })

  it('keeps a last line without a newline, and blank lines', () => {
    const lines = tokenLines([{ kind: 'text', text: 'a\n\nb' }])
    expect(lines).toEqual([
      { indent: '', tokens: [{ kind: 'text', text: 'a' }], newline: true },
      { indent: '', tokens: [], newline: true },
      { indent: '', tokens: [{ kind: 'text', text: 'b' }], newline: false },
    ])
  })

  it('rejoins to the raw text for whole responses', () => {
    for (const body of [errorBody, successBody, '', '{"a":1}', '  <A>\n\t<B/>\n']) {
      const response = { status: 200, headers: { Date: 'Mon, 01 Jan 2024 00:00:00 GMT' }, body }
      expect(rejoin(tokenLines(responseTokens(response)))).toBe(rawResponseText(response))
    }
  })

  it('rejoins to any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', ' ', '\t', '\n', 'a', '/', '"') }), (text) => {
        expect(rejoin(tokenLines(tokenizeXml(text)))).toBe(text)
      }),
    )
  })
})
