import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../../engine/index.ts'
import { issuerStanding, worldIssuers } from './known-issuers.ts'

describe('worldIssuers', () => {
  it("lists the demo world's SAML entityId and OIDC URL", () => {
    expect(worldIssuers(demoWorld)).toEqual(expect.arrayContaining(['https://idp.example.com/saml', 'https://oidc.example.com']))
  })
})

describe('issuerStanding', () => {
  const known = ['https://idp.example.com/saml', 'https://oidc.example.com']
  it('knows the world issuers, loosely on scheme and trailing slash', () => {
    expect(issuerStanding('https://oidc.example.com/', known)).toBe('known')
    expect(issuerStanding('oidc.example.com', known)).toBe('known')
    expect(issuerStanding('https://idp.example.com/saml', known)).toBe('known')
  })
  it('flags others, a missing issuer, and says unchecked without a list', () => {
    expect(issuerStanding('https://accounts.google.com', known)).toBe('unknown')
    expect(issuerStanding(undefined, known)).toBe('missing')
    expect(issuerStanding('  ', known)).toBe('missing')
    expect(issuerStanding('https://accounts.google.com', undefined)).toBe('unchecked')
  })
})
