import { describe, expect, it } from 'vitest'
import { expiryStatus, shortenToken } from './credentials-text.ts'

describe('shortenToken', () => {
  it('cuts a long token after its first characters', () => {
    const token = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ'
    expect(shortenToken(token)).toBe('IQoJb3JpZ2luX2VjEJr/////…')
    expect(shortenToken(token, 4)).toBe('IQoJ…')
  })

  it('keeps a short token whole', () => {
    expect(shortenToken('abc')).toBe('abc')
    expect(shortenToken('x'.repeat(24))).toBe('x'.repeat(24))
  })
})

describe('expiryStatus', () => {
  const issued = { expiration: '2024-01-02T15:00:00Z' }
  const at = (iso: string) => Date.parse(iso)

  it('counts down to the Expiration on the engine clock', () => {
    expect(expiryStatus(issued, at('2024-01-02T14:00:48Z'))).toEqual({ expired: false, countdown: '59 min 12 s left' })
    expect(expiryStatus(issued, at('2024-01-02T14:59:58.500Z'))).toEqual({ expired: false, countdown: '1 s left' })
  })

  it('says how long ago the credentials expired', () => {
    expect(expiryStatus(issued, at('2024-01-02T15:00:00Z'))).toEqual({ expired: true, countdown: 'Expired just now' })
    expect(expiryStatus(issued, at('2024-01-02T15:03:10Z'))).toEqual({ expired: true, countdown: 'Expired 3 min 10 s ago' })
  })

  it('gives up on an Expiration it cannot read', () => {
    expect(expiryStatus({ expiration: 'soon' }, 0)).toBeUndefined()
  })
})
