import * as xmldom from '@xmldom/xmldom'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { measureXml, xmlShapeProblem, type XmlShape } from './xml-shape.ts'

const UNLIMITED: XmlShape = { depth: Infinity, nodes: Infinity, attributes: Infinity }
const nested = (depth: number) => '<a>'.repeat(depth) + '</a>'.repeat(depth)

describe(measureXml, () => {
  it.each([
    ['', { depth: 0, nodes: 0, attributes: 0 }],
    ['just text', { depth: 0, nodes: 0, attributes: 0 }],
    ['<a/>', { depth: 0, nodes: 1, attributes: 0 }],
    ['<a></a>', { depth: 1, nodes: 1, attributes: 0 }],
    ['<?xml version="1.0"?><r x="1" y=\'2\'><b/><c>t</c></r>', { depth: 2, nodes: 4, attributes: 2 }],
    ['<r xmlns:s="urn:x"><s:b s:c="d"/></r>', { depth: 1, nodes: 2, attributes: 2 }],
    // Markup-like text inside comments, CDATA and quoted values does not count.
    ['<r><!-- <a><a><a> --></r>', { depth: 1, nodes: 2, attributes: 0 }],
    ['<r><![CDATA[<a><a x="1">]]></r>', { depth: 1, nodes: 2, attributes: 0 }],
    ['<r a="x>y" b=\'<c d="e">\'/>', { depth: 0, nodes: 1, attributes: 2 }],
    ['<r a="a/"></r>', { depth: 1, nodes: 1, attributes: 1 }],
    // Not XML: numbers all the same.
    ['<a><b><c', { depth: 3, nodes: 3, attributes: 0 }],
    ['</a></a><b>', { depth: 1, nodes: 1, attributes: 0 }],
    ['<!-- never closed <a><a>', { depth: 0, nodes: 1, attributes: 0 }],
  ])('%j', (xml, shape) => {
    expect(measureXml(xml, UNLIMITED)).toEqual(shape)
  })

  it('stops as soon as a count passes its limit', () => {
    expect(measureXml(nested(50_000), { depth: 64, nodes: 1000, attributes: 2000 })).toEqual({ depth: 65, nodes: 65, attributes: 0 })
    expect(measureXml('<a/>'.repeat(50_000), { depth: 64, nodes: 1000, attributes: 2000 }).nodes).toBe(1001)
  })

  it('agrees with a DOM parser on well-formed documents (property)', () => {
    const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc
        .record({
          attributes: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'xmlns:p'), { maxLength: 3 }),
          value: fc.constantFrom('', 'x', '>', "'", 'a/'),
          children: fc.array(fc.oneof({ maxDepth: 5 }, fc.constantFrom('text', '<!-- <x> -->', '<![CDATA[<y>]]>', '<?pi <z>?>'), tie('node')), { maxLength: 3 }),
        })
        .map(({ attributes, value, children }) => `<e${attributes.map((n) => ` ${n}="${value.replace(/>/g, '&gt;')}"`).join('')}${children.length === 0 ? '/>' : `>${children.join('')}</e>`}`),
    })).node
    fc.assert(
      fc.property(element, (xml) => {
        const document = new xmldom.DOMParser({ onError: xmldom.onWarningStopParsing }).parseFromString(xml, 'application/xml')
        const expected: XmlShape = { depth: 0, nodes: 0, attributes: 0 }
        const stack: { node: xmldom.Node; depth: number }[] = [{ node: document.documentElement as xmldom.Node, depth: 1 }]
        while (stack.length > 0) {
          const { node, depth } = stack.pop() as { node: xmldom.Node; depth: number }
          if (node.nodeType === node.TEXT_NODE) continue
          expected.nodes++
          if (node.nodeType !== node.ELEMENT_NODE) continue
          const element = node as xmldom.Element
          expected.attributes += element.attributes.length
          if (element.childNodes.length > 0) expected.depth = Math.max(expected.depth, depth)
          for (let i = 0; i < element.childNodes.length; i++) stack.push({ node: element.childNodes[i] as xmldom.Node, depth: depth + 1 })
        }
        expect(measureXml(xml, UNLIMITED)).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })
})

describe(xmlShapeProblem, () => {
  const limits = { depth: 3, nodes: 5, attributes: 2 }

  it.each([
    [nested(3), undefined],
    [nested(4), 'Elements nest more than 3 deep.'],
    ['<r>' + '<a/>'.repeat(4) + '</r>', undefined],
    ['<r>' + '<a/>'.repeat(5) + '</r>', 'More than 5 elements, comments and other nodes.'],
    ['<r a="1" b="2"/>', undefined],
    ['<r a="1" b="2" c="3"/>', 'More than 2 attributes.'],
  ])('%j: %s', (xml, problem) => {
    expect(xmlShapeProblem(xml, limits)).toBe(problem)
  })
})
