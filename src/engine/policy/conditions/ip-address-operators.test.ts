import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateCondition } from './evaluate-condition.ts'
import { parseIpAddress, parseIpRange } from './parse-ip.ts'

const MISSING = undefined
const matched = (operator: string, policyValues: string[], contextValues: string[] | undefined): boolean =>
  evaluateCondition({ operator, key: 'k', values: policyValues }, { keys: new Map(contextValues === undefined ? [] : [['k', contextValues]]) }, (v) => v).matched

describe('IP address condition operators', () => {
  it.each([
    ['IpAddress', ['203.0.113.0/24'], ['203.0.113.7'], true],
    ['IpAddress', ['203.0.113.0/24'], ['203.0.114.7'], false],
    ['IpAddress', ['203.0.113.7'], ['203.0.113.7'], true], // a bare address means /32
    ['IpAddress', ['203.0.113.7'], ['203.0.113.8'], false],
    ['IpAddress', ['203.0.113.7/24'], ['203.0.113.200'], true], // host bits are ignored
    ['IpAddress', ['0.0.0.0/0'], ['198.51.100.1'], true],
    ['IpAddress', ['2001:DB8:1234:5678::/64'], ['2001:db8:1234:5678:abcd::1'], true],
    ['IpAddress', ['2001:DB8:1234:5678::/64'], ['2001:db8:1234:5679::1'], false],
    ['IpAddress', ['2001:db8::1'], ['2001:0db8:0000:0000:0000:0000:0000:0001'], true], // a bare IPv6 address means /128
    ['IpAddress', ['2001:db8::1'], ['2001:db8::2'], false],
    ['IpAddress', ['203.0.113.0/24', '2001:DB8::/32'], ['2001:db8::5'], true], // mixed families, OR-ed
    ['IpAddress', ['0.0.0.0/0'], ['::1'], false], // an IPv4 range holds no IPv6 address
    ['IpAddress', ['::/0'], ['203.0.113.7'], false],
    ['IpAddress', ['203.0.113.0/24'], ['::ffff:203.0.113.7'], false],
    ['IpAddress', ['::ffff:203.0.113.0/120'], ['::ffff:203.0.113.7'], true],
    ['IpAddress', ['203.0.113.0/33'], ['203.0.113.7'], false], // not a range
    ['IpAddress', ['203.0.113.0/'], ['203.0.113.7'], false],
    ['IpAddress', ['010.0.0.1'], ['10.0.0.1'], false],
    ['IpAddress', ['203.0.113.0/24'], ['203.0.113.256'], false],
    ['IpAddress', ['203.0.113.0/24'], ['not-an-ip'], false],
    ['IpAddress', ['203.0.113.0/24'], MISSING, false], // e.g. a request through a VPC endpoint
    ['IpAddressIfExists', ['203.0.113.0/24'], MISSING, true],
    ['NotIpAddress', ['203.0.113.0/24'], ['198.51.100.1'], true],
    ['NotIpAddress', ['203.0.113.0/24'], ['203.0.113.9'], false],
    ['NotIpAddress', ['203.0.113.0/24', '198.51.100.0/24'], ['198.51.100.1'], false],
    ['NotIpAddress', ['203.0.113.0/24'], MISSING, true],
  ])('%s %j with %j is %s', (operator, policyValues, contextValues, expected) => {
    expect(matched(operator, policyValues, contextValues)).toBe(expected)
  })

  it.each([
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['1::', [1, 0, 0, 0, 0, 0, 0, 0]],
    ['1:2:3:4:5:6:7::', [1, 2, 3, 4, 5, 6, 7, 0]],
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['::ffff:1.2.3.4', [0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]],
  ])('reads the IPv6 address %s', (text, hextets) => {
    expect(parseIpAddress(text)?.bytes).toEqual(hextets.flatMap((h) => [h >> 8, h & 0xff]))
  })

  it.each(['1:2:3:4:5:6:7:8::', '1::2::3', ':::', '1:2:3:4:5:6:7', '12345::', 'g::', '1.2.3.4::', 'fe80::1%eth0', '1.2.3', '1.2.3.4.5', ''])('refuses %j', (text) => {
    expect(parseIpAddress(text)).toBeUndefined()
  })

  it('puts an IPv4 address in a range exactly when the top prefix bits agree (property)', () => {
    const address = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 })
    fc.assert(
      fc.property(address, address, fc.integer({ min: 0, max: 32 }), (network, host, prefix) => {
        const toInt = (bytes: number[]): number => bytes.reduce((acc, byte) => acc * 256 + byte, 0)
        const top = (n: number): number => (prefix === 0 ? 0 : Math.floor(n / 2 ** (32 - prefix)))
        const range = `${network.join('.')}/${prefix}`
        expect(parseIpRange(range)?.prefix).toBe(prefix)
        expect(matched('IpAddress', [range], [host.join('.')])).toBe(top(toInt(network)) === top(toInt(host)))
      }),
      { numRuns: 1000 },
    )
  })
})
