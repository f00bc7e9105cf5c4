import { describe, expect, it } from 'vitest'
import { authorize, type AuthorizationInput } from './authorize.ts'
import { parsePolicy } from './parse-policy.ts'
import type { Policy, PolicyKind } from './policy-types.ts'
import { contextKeys, type RequestPrincipal } from './request-context.ts'

/** A decision scenario: one request, the policies of each layer, and AWS's answer (with its source). */
interface Scenario {
  name: string
  source: string
  request: { action: string; resource: string; resourceAccount: string; principal: RequestPrincipal; keys?: Record<string, string | string[]> }
  policies: {
    identity?: unknown[]
    boundary?: unknown
    session?: unknown[]
    resource?: unknown
    resourceMustAllow?: boolean
    scps?: unknown[][]
    rcps?: unknown[][]
  }
  expected: { result: string; layer?: string; reason?: string; resourceGrant?: string }
}

const files = import.meta.glob<Scenario>('./scenarios/**/*.json', { eager: true, import: 'default' })

function policy(document: unknown, kind: PolicyKind, name: string): Policy {
  const parsed = parsePolicy(document, kind, name)
  if (!parsed.ok) throw new Error(`${name} is not a valid ${kind} policy: ${JSON.stringify(parsed.problems)}`)
  return parsed.policy
}

function input(scenario: Scenario): AuthorizationInput {
  const { request, policies } = scenario
  const out: AuthorizationInput = {
    context: { action: request.action, resource: request.resource, resourceAccount: request.resourceAccount, principal: request.principal, keys: contextKeys(request.keys ?? {}) },
  }
  if (policies.identity) out.identity = policies.identity.map((d, i) => policy(d, 'identity', `identity ${i}`))
  if (policies.boundary) out.boundary = policy(policies.boundary, 'boundary', 'boundary')
  if (policies.session) out.session = policies.session.map((d, i) => policy(d, 'session', `session ${i}`))
  if (policies.resource) out.resource = policy(policies.resource, policies.resourceMustAllow ? 'trust' : 'resource', 'resource policy')
  if (policies.resourceMustAllow) out.resourceMustAllow = true
  if (policies.scps) out.scps = policies.scps.map((level, l) => level.map((d, i) => policy(d, 'scp', `SCP ${l}.${i}`)))
  if (policies.rcps) out.rcps = policies.rcps.map((level, l) => level.map((d, i) => policy(d, 'rcp', `RCP ${l}.${i}`)))
  return out
}

describe('policy evaluation scenarios', () => {
  it('has scenarios', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(30)
  })

  it.each(Object.entries(files).map(([file, scenario]) => [file.replace('./scenarios/', ''), scenario] as const))('%s', (_file, scenario) => {
    const decision = authorize(input(scenario))
    expect({ result: decision.result, ...(scenario.expected.layer ? { layer: decision.layer } : {}) }).toEqual({
      result: scenario.expected.result,
      ...(scenario.expected.layer ? { layer: scenario.expected.layer } : {}),
    })
    if (scenario.expected.reason) expect(decision.reason).toBe(scenario.expected.reason)
    if (scenario.expected.resourceGrant) expect(decision.resourceGrant).toBe(scenario.expected.resourceGrant)
  })
})
