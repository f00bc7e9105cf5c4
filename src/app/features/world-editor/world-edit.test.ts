import { describe, expect, it } from 'vitest'
import { demoWorld, parseWorld, type World } from '../../../engine/index.ts'
import { addProvider, defaultAccount, previewEdit, removeProvider, replaceProvider } from './world-edit.ts'
import { checkWorld, duplicateArnProblems, sameValue } from '../../state/world-check.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'

const saml = demoWorld.samlProviders[0]!
const oidc = demoWorld.oidcProviders[0]!

describe('editing a provider of the world', () => {
  it('replaces one provider and leaves the world it came from untouched', () => {
    const next = replaceProvider(demoWorld, 'samlProviders', 0, { ...saml, entityId: 'https://other.example.com' })
    expect(next.samlProviders[0]?.entityId).toBe('https://other.example.com')
    expect(demoWorld.samlProviders[0]?.entityId).toBe('https://idp.example.com/saml')
    expect(next.oidcProviders).toBe(demoWorld.oidcProviders)
    expect(next.users).toBe(demoWorld.users)
  })

  it('gives back the edited world when it is valid', () => {
    const check = previewEdit(demoWorld, 'oidcProviders', 0, { ...oidc, keysUnreachable: true })
    expect(check.ok).toBe(true)
    if (check.ok) expect(check.world.oidcProviders[0]?.keysUnreachable).toBe(true)
  })

  it("reports an edit that makes the world invalid with parseWorld's path, and produces no world", () => {
    const check = previewEdit(demoWorld, 'oidcProviders', 0, { ...oidc, url: 'http://oidc.example.com' })
    expect(check.ok).toBe(false)
    expect(check).not.toHaveProperty('world')
    if (!check.ok) expect(check.problems).toContainEqual({ path: 'oidcProviders[0].url', message: 'must start with https://' })
  })

  it('reports an account that is not in the world (cross-reference check)', () => {
    const check = previewEdit(demoWorld, 'samlProviders', 0, { ...saml, account: '999999999999' })
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems.map((p) => p.path)).toContain('samlProviders[0].account')
  })

  it('keeps a field the editor does not know, which parseWorld itself would drop', () => {
    const withExtra = { ...oidc, thumbprints: ['abc'] } as typeof oidc
    const world = replaceProvider(demoWorld, 'oidcProviders', 0, withExtra)
    const check = previewEdit(world, 'oidcProviders', 0, { ...world.oidcProviders[0]!, clientIds: [] })
    expect(check.ok).toBe(true)
    if (check.ok) expect(check.world.oidcProviders[0]).toMatchObject({ thumbprints: ['abc'], clientIds: [] })
    const parsed = parseWorld(world)
    expect(parsed.ok && parsed.world.oidcProviders[0]).not.toHaveProperty('thumbprints')
  })

  it('puts the editor’s own problems first', () => {
    const check = checkWorld(demoWorld, [{ path: 'oidcProviders[0].jwks', message: 'is not valid JSON' }])
    expect(check).toEqual({ ok: false, problems: [{ path: 'oidcProviders[0].jwks', message: 'is not valid JSON' }] })
  })

  it('refuses two providers with the same ARN, at the field that makes it', () => {
    const world = addProvider(demoWorld, 'samlProviders', { ...saml })
    expect(duplicateArnProblems(world)).toEqual([
      { path: 'samlProviders[1].name', message: 'arn:aws:iam::111111111111:saml-provider/ExampleIdP is already the ARN of samlProviders[0] (IAM: EntityAlreadyExists)' },
    ])
    const otherAccount = addProvider(demoWorld, 'oidcProviders', { ...oidc, account: '222222222222' })
    expect(checkWorld(otherAccount).ok).toBe(true)
  })

  it('removes a provider', () => {
    const world = removeProvider(demoWorld, 'oidcProviders', 0)
    expect(world.oidcProviders).toEqual([])
    expect(demoWorld.oidcProviders).toHaveLength(1)
  })

  it('finds problems at a path or inside it', () => {
    const problems = [{ path: 'oidcProviders[0].jwks.keys[0]', message: 'x' }]
    expect(hasProblemAt(problems, 'oidcProviders[0].jwks')).toBe(true)
    expect(hasProblemAt(problems, 'oidcProviders[0]')).toBe(true)
    expect(hasProblemAt(problems, 'oidcProviders[0].url')).toBe(false)
    expect(hasProblemAt(problems, 'oidcProviders[1]')).toBe(false)
  })

  it('puts new providers in 111111111111, or the first account when there is none such', () => {
    expect(defaultAccount(demoWorld)).toBe('111111111111')
    const world: World = { ...demoWorld, accounts: demoWorld.accounts.filter((a) => a.id !== '111111111111') }
    expect(defaultAccount(world)).toBe('222222222222')
  })

  it('compares providers by data', () => {
    expect(sameValue(oidc, { ...oidc })).toBe(true)
    expect(sameValue(oidc, { ...oidc, clientIds: [] })).toBe(false)
  })
})
