import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../../engine/index.ts'
import { newSamlProvider, samlDraftOf, samlDraftProblems, samlProviderFrom } from './saml-draft.ts'
import { addProvider, previewEdit } from './world-edit.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'

const saml = demoWorld.samlProviders[0]!

describe('a SAML provider draft', () => {
  it('round-trips: an untouched draft is the same provider', () => {
    expect(sameValue(samlProviderFrom(saml, samlDraftOf(saml)), saml)).toBe(true)
  })

  it('rotates certificates and removes the simulated IdP only when asked', () => {
    const draft = { ...samlDraftOf(saml), certificates: ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'] }
    const edited = samlProviderFrom(saml, draft)
    expect(edited.signingCertificates).toEqual(draft.certificates)
    expect(edited.simulatedIdp).toBeDefined()
    expect(samlProviderFrom(saml, { ...draft, removeSimulatedIdp: true })).not.toHaveProperty('simulatedIdp')
    expect(saml.simulatedIdp).toBeDefined()
  })

  it('keeps fields it does not know', () => {
    const original = { ...saml, metadataDocument: '<md/>' } as typeof saml
    expect(samlProviderFrom(original, { ...samlDraftOf(original), entityId: 'https://x.example' })).toMatchObject({ metadataDocument: '<md/>', entityId: 'https://x.example' })
  })

  it('reports an empty certificate box at its path', () => {
    const draft = { ...samlDraftOf(saml), certificates: [saml.signingCertificates[0]!, '  \n'] }
    expect(samlDraftProblems(draft, 'samlProviders[0]')).toEqual([{ path: 'samlProviders[0].signingCertificates[1]', message: 'is empty: paste a PEM certificate or remove this one' }])
  })

  it('reports a name IAM would refuse with the path parseWorld gives', () => {
    const check = previewEdit(demoWorld, 'samlProviders', 0, samlProviderFrom(saml, { ...samlDraftOf(saml), name: 'has space' }))
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems[0]?.path).toBe('samlProviders[0].name')
  })

  it('adds a valid new provider under a free name, with no simulated IdP', () => {
    const first = newSamlProvider(demoWorld)
    expect(first).toEqual({ account: '111111111111', name: 'NewSamlProvider', entityId: 'https://idp.example.org/newsamlprovider', signingCertificates: [] })
    const world = addProvider(demoWorld, 'samlProviders', first)
    expect(checkWorld(world).ok).toBe(true)
    expect(newSamlProvider(world).name).toBe('NewSamlProvider2')
  })
})
