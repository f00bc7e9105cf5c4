import { describe, expect, it } from 'vitest'
import { documentText, parseDocumentText } from './policy-text.ts'

describe('a policy text area', () => {
  it('shows a policy as pretty JSON, and none as empty', () => {
    expect(documentText({ Version: '2012-10-17' })).toBe('{\n  "Version": "2012-10-17"\n}')
    expect(documentText(undefined)).toBe('')
  })

  it('reads JSON back, and an empty optional policy as none', () => {
    expect(parseDocumentText(' {"a": [1]} ', 'p', false)).toEqual({ ok: true, value: { a: [1] } })
    expect(parseDocumentText('\n', 'p', false)).toEqual({ ok: true, value: undefined })
  })

  it('reports text that is not JSON, and an empty required policy, at the path', () => {
    const bad = parseDocumentText('{"a": }', 'resources.kmsKeys[0].policy', true)
    expect(bad.ok).toBe(false)
    if (!bad.ok) {
      expect(bad.problem.path).toBe('resources.kmsKeys[0].policy')
      expect(bad.problem.message).toMatch(/^is not valid JSON: /)
    }
    expect(parseDocumentText('', 'resources.kmsKeys[0].policy', true)).toEqual({ ok: false, problem: { path: 'resources.kmsKeys[0].policy', message: 'is empty: every KMS key has a key policy' } })
  })
})
