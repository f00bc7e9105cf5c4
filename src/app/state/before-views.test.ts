// Links and saved data made before the app became views over structured results still open. Both
// fixtures were made with the code of commit b2114ed (the last one before): the share link by its
// encodeScenario, the saved state by its serializeState after a real AssumeRole that was refused.
import { describe, expect, it } from 'vitest'
import { createEngine, demoWorld, fixedDeps } from '../../engine/index.ts'
import { buildQueryRequest } from '../engine/sign-query-request.ts'
import savedBeforeViews from './fixtures/saved-state-before-views.json'
import { freshState } from './playground-state.ts'
import { parseSavedState, serializeState } from './saved-state.ts'
import { decodeScenario } from './share-link.ts'

const LINK_BEFORE_VIEWS = '1.TYzBCsIwEET_Zc4pWkSFvQUEFVGhLeI1NFsIpolkIx5K_13iqe8yMLyZCTaZIYMm9MZ7TmcLgr6cddM9H1t9OrT62HW34x4K8c3JZBdDUUQ-IzfRMxQGx95KOVnUNKGkTkU3KZD5CjkzEtULKEXPK21HF6D-g5ZFXAw3MzII0dvKu_DCPM8KHOw7upBB4E_1ZclVDYXex_51HwbhfBXQZrcuzD8'

describe('data from before the views', () => {
  it('an old share link opens with its request, endpoint and clock', async () => {
    const decoded = await decodeScenario(LINK_BEFORE_VIEWS)
    if (!decoded.ok) throw new Error(decoded.reason)
    expect(decoded.scenario.endpoint).toBe('eu-west-1')
    expect(decoded.scenario.clockOffsetMs).toBe(3_600_000)
    expect(decoded.scenario.draft.operation).toBe('AssumeRole')
    expect(decoded.scenario.draft.fields.AssumeRole).toMatchObject({ RoleArn: 'arn:aws:iam::111111111111:role/Admin', RoleSessionName: 'old-link' })
    expect(decoded.scenario.world).toBeUndefined()
  })

  it('old saved state loads; its history entry lacks the structured facts, which the app then leaves out rather than guesses', () => {
    const parsed = parseSavedState(JSON.stringify(savedBeforeViews))
    if (!parsed.ok) throw new Error(parsed.reason)
    const [entry] = parsed.state.history
    expect(entry?.result.response.status).toBe(403)
    expect(entry?.result.response.body).toContain('<Code>AccessDenied</Code>')
    expect(entry?.result.fault).toBeUndefined()
    expect(entry?.result.decidingIndex).toBeUndefined()
    // Its SigV4 work had no parts as fields: dropped rather than kept half.
    expect(entry?.result.signing).toBeUndefined()
    expect(entry?.result.checks.length).toBeGreaterThan(0)
    expect(parsed.state.draft.fields.AssumeRole).toMatchObject({ RoleSessionName: 'old-link' })
  })
})

describe('data saved now', () => {
  it('keeps every structured fact of a history entry through a save and a load', async () => {
    const T0 = Date.UTC(2026, 10, 1, 12)
    const engine = createEngine({ world: demoWorld, deps: fixedDeps(T0) })
    const alice = { accessKeyId: 'AKIARTXV5AHDSAGTTNG7', secretAccessKey: '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' }
    const body = 'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FAdmin&RoleSessionName=now'
    const request = await buildQueryRequest({ credentials: alice, body, host: 'sts.amazonaws.com', region: 'us-east-1', at: T0 })
    const result = await engine.handle(request)
    const state = freshState(btoa(String.fromCharCode(...new Uint8Array(32).fill(5))))
    const saved = { ...state, history: [{ id: '1', callerLabel: 'alice', operation: 'AssumeRole', endpoint: 'global', draft: state.draft, request, result, sentAt: T0 }], nextExchangeId: 2 }
    const parsed = parseSavedState(serializeState(saved))
    if (!parsed.ok) throw new Error(parsed.reason)
    const loaded = parsed.state.history[0]?.result
    expect(loaded?.outcome).toBe('error')
    expect(loaded?.fault).toEqual(result.fault)
    expect(loaded?.decidingIndex).toBe(result.decidingIndex)
    expect(loaded?.parameters).toEqual(result.parameters)
    expect(loaded?.signing).toEqual(result.signing)
    expect(loaded?.checks).toEqual(result.checks)
    expect(loaded?.checks.some((check) => check.denial?.condition?.key === 'aws:MultiFactorAuthPresent')).toBe(true)
  })
})
