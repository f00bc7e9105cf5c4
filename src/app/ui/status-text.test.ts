import { describe, expect, it } from 'vitest'
import { statusLine, statusText, statusTone } from './status-text.ts'

describe('statusLine', () => {
  it('names the statuses STS answers with', () => {
    expect(statusLine(200)).toBe('HTTP/1.1 200 OK')
    expect(statusLine(302)).toBe('HTTP/1.1 302 Found')
    expect(statusLine(400)).toBe('HTTP/1.1 400 Bad Request')
    expect(statusLine(403)).toBe('HTTP/1.1 403 Forbidden')
    expect(statusLine(500)).toBe('HTTP/1.1 500 Internal Server Error')
  })

  it('leaves the reason out for a status it has no phrase for', () => {
    expect(statusLine(418)).toBe('HTTP/1.1 418')
    expect(statusText(418)).toBe('418')
  })
})

describe('statusTone', () => {
  it('groups statuses by class', () => {
    expect(statusTone(200)).toBe('success')
    expect(statusTone(302)).toBe('redirect')
    expect(statusTone(400)).toBe('client-error')
    expect(statusTone(403)).toBe('client-error')
    expect(statusTone(500)).toBe('server-error')
    expect(statusTone(503)).toBe('server-error')
  })
})
