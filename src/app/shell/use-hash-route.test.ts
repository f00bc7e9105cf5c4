import { describe, expect, it } from 'vitest'
import { routeOf } from './use-hash-route.ts'

describe(routeOf, () => {
  it.each([
    ['', '/'],
    ['#', '/'],
    ['#/', '/'],
    ['#/federation', '/federation'],
    ['#/federation/', '/federation'],
    ['#/compare?x=1', '/compare'],
    // An old share link is not a route: the workbench shows while start-up reads it.
    ['#share=AbC', '/'],
    ['#main', '/'],
  ])('%j is the route %j', (hash, route) => {
    expect(routeOf(hash)).toBe(route)
  })
})
