import { describe, expect, it } from 'vitest'
import { demoWorld, type World } from '../../../engine/index.ts'
import { missingOauth2ProviderIds, newOauth2Provider, oauth2DraftOf, oauth2ProviderFrom } from './oauth2-draft.ts'
import { addProvider, previewEdit, providersIn, removeProvider } from './world-edit.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'

const amazon = demoWorld.oauth2Providers![0]!

describe('an OAuth 2.0 provider draft', () => {
  it('round-trips: an untouched draft is the same provider', () => {
    expect(amazon.providerId).toBe('www.amazon.com')
    expect(sameValue(oauth2ProviderFrom(amazon, oauth2DraftOf(amazon)), amazon)).toBe(true)
  })

  it('edits the app ids, one per line', () => {
    const edited = oauth2ProviderFrom(amazon, { ...oauth2DraftOf(amazon), appIdsText: ' app-1 \n\napp-2\n' })
    expect(edited.appIds).toEqual(['app-1', 'app-2'])
    expect(previewEdit(demoWorld, 'oauth2Providers', 0, edited).ok).toBe(true)
  })

  it('marks the provider unreachable, and clears the flag rather than writing false', () => {
    const unreachable = oauth2ProviderFrom(amazon, { ...oauth2DraftOf(amazon), unreachable: true })
    expect(unreachable.unreachable).toBe(true)
    const check = previewEdit(demoWorld, 'oauth2Providers', 0, unreachable)
    expect(check.ok).toBe(true)
    if (check.ok) expect(check.world.oauth2Providers?.[0]?.unreachable).toBe(true)
    expect(oauth2DraftOf(unreachable).unreachable).toBe(true)
    expect(oauth2ProviderFrom(unreachable, { ...oauth2DraftOf(unreachable), unreachable: false })).not.toHaveProperty('unreachable')
  })

  it('keeps fields it does not know and removes the simulated IdP only when asked', () => {
    const original = { ...amazon, scopes: ['profile'] } as typeof amazon
    const kept = oauth2ProviderFrom(original, { ...oauth2DraftOf(original), appIdsText: 'x' })
    expect(kept).toMatchObject({ scopes: ['profile'], appIds: ['x'] })
    expect(kept.simulatedIdp).toBeDefined()
    expect(oauth2ProviderFrom(original, { ...oauth2DraftOf(original), removeSimulatedIdp: true })).not.toHaveProperty('simulatedIdp')
    expect(amazon.simulatedIdp).toBeDefined()
  })

  it("reports an edit that makes the world invalid with parseWorld's path, and produces no world", () => {
    const unknownId = previewEdit(demoWorld, 'oauth2Providers', 0, { ...amazon, providerId: 'accounts.google.com' } as unknown as typeof amazon)
    expect(unknownId.ok).toBe(false)
    expect(unknownId).not.toHaveProperty('world')
    if (!unknownId.ok) expect(unknownId.problems).toContainEqual({ path: 'oauth2Providers[0].providerId', message: 'must be www.amazon.com or graph.facebook.com' })
    const emptyApp = previewEdit(demoWorld, 'oauth2Providers', 0, { ...amazon, appIds: [''] })
    expect(emptyApp.ok).toBe(false)
    if (!emptyApp.ok) expect(emptyApp.problems.map((p) => p.path)).toEqual(['oauth2Providers[0].appIds[0]'])
  })
})

describe('adding and removing OAuth 2.0 providers', () => {
  const without: World = { ...demoWorld }
  delete without.oauth2Providers

  it('offers only the provider ids the world does not have', () => {
    expect(missingOauth2ProviderIds(demoWorld)).toEqual([])
    expect(missingOauth2ProviderIds(removeProvider(demoWorld, 'oauth2Providers', 0))).toEqual(['www.amazon.com'])
    expect(missingOauth2ProviderIds(without)).toEqual(['www.amazon.com', 'graph.facebook.com'])
  })

  it('adds a valid new provider, also to a world without the section, with no app and no simulated IdP', () => {
    expect(providersIn(without, 'oauth2Providers')).toEqual([])
    const world = addProvider(without, 'oauth2Providers', newOauth2Provider('graph.facebook.com'))
    expect(world.oauth2Providers).toEqual([{ providerId: 'graph.facebook.com', appIds: [] }])
    expect(checkWorld(world).ok).toBe(true)
    expect(missingOauth2ProviderIds(world)).toEqual(['www.amazon.com'])
  })

  it('a second provider with the same id is refused by parseWorld', () => {
    const check = checkWorld(addProvider(demoWorld, 'oauth2Providers', newOauth2Provider('www.amazon.com')))
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems).toContainEqual({ path: 'oauth2Providers', message: 'each providerId may appear once' })
  })

  it('removes a provider and leaves the world it came from untouched', () => {
    const world = removeProvider(demoWorld, 'oauth2Providers', 0)
    expect(world.oauth2Providers?.map((p) => p.providerId)).toEqual(['graph.facebook.com'])
    expect(demoWorld.oauth2Providers).toHaveLength(2)
    expect(checkWorld(world).ok).toBe(true)
  })
})
