import { describe, expect, it } from 'vitest'
import { parseInt32 } from './integer-parsing.ts'

describe(parseInt32, () => {
  it.each([
    ['900', 900],
    ['+900', 900],
    ['0900', 900],
    ['-1', -1],
    ['-0', 0],
    ['0', 0],
    ['2147483647', 2147483647],
    ['-2147483648', -2147483648],
    ['000000000000002147483647', 2147483647],
  ])('reads %j as the int32 %d', (raw, value) => {
    expect(parseInt32(raw)).toEqual({ ok: true, value })
  })

  it.each([
    ['', 'empty'],
    ['abc', 'invalid'],
    ['900.0', 'invalid'],
    ['9e2', 'invalid'],
    [' 900', 'invalid'],
    ['900 ', 'invalid'],
    ['+', 'invalid'],
    ['+-1', 'invalid'],
    ['0x10', 'invalid'],
    ['٩٠٠', 'invalid'],
    ['2147483648', 'invalid'],
    ['-2147483649', 'invalid'],
    ['99999999999999999999999', 'invalid'],
  ])('refuses %j (%s)', (raw, reason) => {
    expect(parseInt32(raw)).toEqual({ ok: false, reason })
  })
})
