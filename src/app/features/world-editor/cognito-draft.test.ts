import { describe, expect, it } from 'vitest'
import { demoWorld, type World } from '../../../engine/index.ts'
import { cognitoDraftOf, cognitoFrom, newCognito, newIdentityPoolRow } from './cognito-draft.ts'
import { previewCognitoEdit, setCognito } from './world-edit.ts'
import { checkWorld, sameValue } from '../../state/world-check.ts'

const cognito = demoWorld.cognito!
const GUID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'

describe('an Amazon Cognito draft', () => {
  it('round-trips: an untouched draft is the same section', () => {
    const { cognito: built, problems } = cognitoFrom(cognito, cognitoDraftOf(cognito))
    expect(problems).toEqual([])
    expect(sameValue(built, cognito)).toBe(true)
  })

  it('adds, edits and removes identity pools', () => {
    const draft = cognitoDraftOf(cognito)
    const added = { ...draft, identityPools: [...draft.identityPools, newIdentityPoolRow(demoWorld, draft.identityPools, GUID)] }
    const built = cognitoFrom(cognito, added).cognito
    expect(built.identityPools[1]).toEqual({ id: `us-east-1:${GUID}`, account: '111111111111', name: 'NewIdentityPool' })
    const check = previewCognitoEdit(demoWorld, built)
    expect(check.ok).toBe(true)
    if (check.ok) expect(check.world.cognito?.identityPools).toHaveLength(2)
    expect(cognito.identityPools).toHaveLength(1)

    const renamed = cognitoFrom(cognito, { ...draft, identityPools: draft.identityPools.map((row) => ({ ...row, name: 'Renamed', account: '999999999999' })) }).cognito
    expect(renamed.identityPools[0]).toMatchObject({ id: cognito.identityPools[0]!.id, name: 'Renamed', account: '999999999999' })
    // A pool may belong to an account the world does not describe.
    expect(previewCognitoEdit(demoWorld, renamed).ok).toBe(true)

    expect(cognitoFrom(cognito, { ...draft, identityPools: [] }).cognito.identityPools).toEqual([])
  })

  it('names new pools so they do not clash', () => {
    const first = newIdentityPoolRow(demoWorld, [], GUID)
    expect(newIdentityPoolRow(demoWorld, [first], GUID).name).toBe('NewIdentityPool2')
    expect(newIdentityPoolRow(demoWorld, []).id).toMatch(/^us-east-1:[0-9a-f-]{36}$/)
  })

  it("reports an invalid pool id with parseWorld's path, and produces no world", () => {
    const draft = cognitoDraftOf(cognito)
    const built = cognitoFrom(cognito, { ...draft, identityPools: draft.identityPools.map((row) => ({ ...row, id: 'not a pool' })) })
    const check = previewCognitoEdit(demoWorld, built.cognito, built.problems)
    expect(check.ok).toBe(false)
    expect(check).not.toHaveProperty('world')
    if (!check.ok) expect(check.problems.map((p) => p.path)).toEqual(['cognito.identityPools[0].id'])
  })

  it('reports two pools with one id', () => {
    const draft = cognitoDraftOf(cognito)
    const first = draft.identityPools[0]!
    const built = cognitoFrom(cognito, { ...draft, identityPools: [...draft.identityPools, { id: first.id, account: first.account, name: 'Copy' }] }).cognito
    const check = previewCognitoEdit(demoWorld, built)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems).toContainEqual({ path: 'cognito.identityPools', message: 'each identity pool id may appear once' })
  })

  it('reports JWKS text that is not JSON at the jwks path and keeps the original keys for the rest of the check', () => {
    const { cognito: built, problems } = cognitoFrom(cognito, { ...cognitoDraftOf(cognito), jwksText: '{ "keys": [' })
    expect(problems).toHaveLength(1)
    expect(problems[0]?.path).toBe('cognito.jwks')
    expect(problems[0]?.message).toMatch(/^is not valid JSON: /)
    expect(built.jwks).toBe(cognito.jwks)
    expect(previewCognitoEdit(demoWorld, built, problems).ok).toBe(false)
  })

  it('lets parseWorld name the path inside a JWKS of the wrong shape', () => {
    const { cognito: built, problems } = cognitoFrom(cognito, { ...cognitoDraftOf(cognito), jwksText: '{ "keys": [1] }' })
    expect(problems).toEqual([])
    const check = previewCognitoEdit(demoWorld, built)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems[0]?.path).toBe('cognito.jwks.keys[0]')
  })

  it('keeps fields it does not know, in the section and in pools, and removes the simulated IdP only when asked', () => {
    const original = { ...cognito, region: 'us-east-1', identityPools: cognito.identityPools.map((pool) => ({ ...pool, allowUnauthenticated: true })) } as typeof cognito
    const kept = cognitoFrom(original, { ...cognitoDraftOf(original), jwksText: '{ "keys": [] }' }).cognito
    expect(kept).toMatchObject({ region: 'us-east-1', jwks: { keys: [] } })
    expect(kept.identityPools[0]).toMatchObject({ allowUnauthenticated: true })
    expect(kept.simulatedIdp).toBeDefined()
    expect(cognitoFrom(original, { ...cognitoDraftOf(original), removeSimulatedIdp: true }).cognito).not.toHaveProperty('simulatedIdp')
    expect(cognito.simulatedIdp).toBeDefined()
  })

  it('adds Cognito to a world without it, and removes it', () => {
    const without = setCognito(demoWorld, undefined)
    expect(without).not.toHaveProperty('cognito')
    expect(demoWorld.cognito).toBeDefined()
    expect(checkWorld(without).ok).toBe(true)
    const world: World = setCognito(without, newCognito())
    expect(world.cognito).toEqual({ jwks: { keys: [] }, identityPools: [] })
    expect(checkWorld(world).ok).toBe(true)
  })
})
