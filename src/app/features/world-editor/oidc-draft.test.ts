import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../../engine/index.ts'
import { clientIdLines, jwksText, newOidcProvider, oidcDraftOf, oidcProviderFrom, parseClientIdLines, parseJwksText } from './oidc-draft.ts'
import { addProvider, previewEdit } from './world-edit.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'

const oidc = demoWorld.oidcProviders[0]!
const PATH = 'oidcProviders[0]'

describe('client id lines', () => {
  it('reads one id per line, trimmed, blank lines dropped', () => {
    expect(parseClientIdLines(' web \r\n\n  cli\n')).toEqual(['web', 'cli'])
    expect(parseClientIdLines('')).toEqual([])
  })

  it('writes them back one per line', () => {
    expect(clientIdLines(['web', 'cli'])).toBe('web\ncli')
    expect(parseClientIdLines(clientIdLines(['web', 'cli']))).toEqual(['web', 'cli'])
  })
})

describe('JWKS text', () => {
  it('round-trips', () => {
    const parsed = parseJwksText(jwksText(oidc.jwks))
    expect(parsed).toEqual({ ok: true, value: oidc.jwks })
  })

  it('says when the text is not JSON', () => {
    const parsed = parseJwksText('{ "keys": [')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toMatch(/^is not valid JSON: /)
  })
})

describe('an OIDC provider draft', () => {
  it('round-trips: an untouched draft is the same provider', () => {
    const { provider, problems } = oidcProviderFrom(oidc, oidcDraftOf(oidc), PATH)
    expect(problems).toEqual([])
    expect(sameValue(provider, oidc)).toBe(true)
  })

  it('marks the keys unreachable, and clears the flag rather than writing false', () => {
    const unreachable = oidcProviderFrom(oidc, { ...oidcDraftOf(oidc), keysUnreachable: true }, PATH).provider
    expect(unreachable.keysUnreachable).toBe(true)
    const back = oidcProviderFrom(unreachable, oidcDraftOf(unreachable), PATH).provider
    expect(back.keysUnreachable).toBe(true)
    expect(oidcProviderFrom(unreachable, { ...oidcDraftOf(unreachable), keysUnreachable: false }, PATH).provider).not.toHaveProperty('keysUnreachable')
  })

  it('removes a client id', () => {
    const { provider } = oidcProviderFrom(oidc, { ...oidcDraftOf(oidc), clientIdsText: '' }, PATH)
    expect(provider.clientIds).toEqual([])
    expect(previewEdit(demoWorld, 'oidcProviders', 0, provider).ok).toBe(true)
  })

  it('reports JWKS text that is not JSON at the jwks path and keeps the original keys for the rest of the check', () => {
    const { provider, problems } = oidcProviderFrom(oidc, { ...oidcDraftOf(oidc), jwksText: 'nope' }, PATH)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.path).toBe('oidcProviders[0].jwks')
    expect(provider.jwks).toBe(oidc.jwks)
    expect(previewEdit(demoWorld, 'oidcProviders', 0, provider, problems).ok).toBe(false)
  })

  it('lets parseWorld name the path inside a JWKS of the wrong shape', () => {
    const { provider, problems } = oidcProviderFrom(oidc, { ...oidcDraftOf(oidc), jwksText: '{ "keys": [1] }' }, PATH)
    expect(problems).toEqual([])
    const check = previewEdit(demoWorld, 'oidcProviders', 0, provider)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems[0]?.path).toBe('oidcProviders[0].jwks.keys[0]')
  })

  it('keeps fields it does not know and removes the simulated IdP only when asked', () => {
    const original = { ...oidc, thumbprintList: ['x'] } as typeof oidc
    const kept = oidcProviderFrom(original, oidcDraftOf(original), PATH).provider
    expect(kept).toMatchObject({ thumbprintList: ['x'] })
    expect(kept.simulatedIdp).toBeDefined()
    expect(oidcProviderFrom(original, { ...oidcDraftOf(original), removeSimulatedIdp: true }, PATH).provider).not.toHaveProperty('simulatedIdp')
  })

  it('adds a valid new provider at a free URL, with no simulated IdP', () => {
    const first = newOidcProvider(demoWorld)
    expect(first).toEqual({ account: '111111111111', url: 'https://new-oidc.example.org', clientIds: [], jwks: { keys: [] } })
    const world = addProvider(demoWorld, 'oidcProviders', first)
    expect(checkWorld(world).ok).toBe(true)
    expect(newOidcProvider(world).url).toBe('https://new-oidc-2.example.org')
  })
})
