import { describe, expect, it } from 'vitest'
import { clockTime } from '../../ui/clock-text.ts'
import { requestHost } from './exchange-summary.ts'

describe('requestHost', () => {
  const request = (headers: Record<string, string>) => ({ method: 'POST', url: '/', headers, body: '' })

  it('reads the Host header in any case', () => {
    expect(requestHost(request({ host: 'sts.eu-west-1.amazonaws.com' }), 'global')).toBe('sts.eu-west-1.amazonaws.com')
    expect(requestHost(request({ Host: 'sts.amazonaws.com' }), 'eu-west-1')).toBe('sts.amazonaws.com')
  })

  it("falls back to the endpoint's host", () => {
    expect(requestHost(request({}), 'global')).toBe('sts.amazonaws.com')
    expect(requestHost(request({}), 'ap-east-1')).toBe('sts.ap-east-1.amazonaws.com')
  })
})

describe('clockTime', () => {
  it('shows the time of day in UTC', () => {
    expect(clockTime(Date.UTC(2024, 0, 2, 14, 3, 27, 900))).toBe('14:03:27 UTC')
    expect(clockTime(0)).toBe('00:00:00 UTC')
  })
})
