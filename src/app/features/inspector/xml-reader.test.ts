import { describe, expect, it } from 'vitest'
import { allElements, attributeOf, readXml, type XmlDocumentLike } from './xml-reader.ts'
import { xmldomParse } from './xmldom-parse.ts'

describe('readXml', () => {
  it('reads well-formed XML', () => {
    const reading = readXml('<a x="1"><b/><c>text</c></a>', xmldomParse)
    expect(reading.ok).toBe(true)
    if (!reading.ok) return
    expect(reading.root.tagName).toBe('a')
    expect(attributeOf(reading.root, 'x')).toBe('1')
    expect(attributeOf(reading.root, 'y')).toBeUndefined()
    expect(allElements(reading.root).map((e) => e.tagName)).toEqual(['a', 'b', 'c'])
  })

  it('refuses a DOCTYPE before parsing, so no entity is ever expanded', () => {
    const billionLaughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><lolz>&lol2;</lolz>'
    let parsed = false
    const reading = readXml(billionLaughs, (text) => {
      parsed = true
      return xmldomParse(text)
    })
    expect(parsed).toBe(false)
    expect(reading).toEqual({ ok: false, why: expect.stringContaining('DOCTYPE') })
    expect(readXml('<a/><!doctype x SYSTEM "file:///etc/passwd">', xmldomParse).ok).toBe(false)
  })

  it('explains malformed XML in one line instead of throwing', () => {
    for (const text of ['<a><b></a>', '<a>&undefined;</a>', '<', 'not xml at all', '<a></a><b></b>']) {
      const reading = readXml(text, xmldomParse)
      expect(reading.ok, text).toBe(false)
      if (!reading.ok) expect(reading.why).toMatch(/^Not well-formed XML: \S/)
    }
  })

  it('turns a browser-style parsererror document into a message', () => {
    const error = { nodeType: 1, nodeName: 'parsererror', nodeValue: null, childNodes: [], namespaceURI: 'http://www.w3.org/1999/xhtml', localName: 'parsererror', tagName: 'parsererror', attributes: [], textContent: 'This page contains the following errors:error on line 1 at column 5: Opening and ending tag mismatch\nBelow is a rendering of the page up to the first error.', getAttribute: () => null, hasAttribute: () => false }
    const root = { ...error, nodeName: 'a', localName: 'a', tagName: 'a', namespaceURI: null, textContent: '', childNodes: [error] }
    const document: XmlDocumentLike = { documentElement: root, childNodes: [root] }
    expect(readXml('<a><b></a>', () => document)).toEqual({ ok: false, why: 'Not well-formed XML: error on line 1 at column 5: Opening and ending tag mismatch' })
  })
})
