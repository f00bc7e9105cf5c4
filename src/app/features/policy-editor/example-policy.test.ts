import { describe, expect, it } from 'vitest'
import { operationParameters, parsePolicyText } from '../../../engine/index.ts'
import { EXAMPLE_SESSION_POLICY } from './example-policy.ts'
import { iamPolicySchema } from './iam-policy-schema.ts'

describe('the example session policy', () => {
  it('is a valid session policy for the engine', () => {
    const parsed = parsePolicyText(EXAMPLE_SESSION_POLICY, 'session', 'Policy')
    expect(parsed).toMatchObject({ ok: true })
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
    expect(parsed.policy.statements).toHaveLength(1)
    expect(parsed.policy.statements[0]).toMatchObject({ effect: 'Allow' })
  })

  it('fits the shortest Policy STS accepts (2048 characters) and its character pattern', () => {
    const policy = operationParameters('GetFederationToken').find((p) => p.name === 'Policy')
    expect(policy?.max).toBe(2048)
    expect(EXAMPLE_SESSION_POLICY.length).toBeLessThan(2048)
    expect(EXAMPLE_SESSION_POLICY).toMatch(new RegExp(`^(?:${policy?.pattern})$`))
  })

  it('uses only keys and values the schema allows', () => {
    const json = JSON.parse(EXAMPLE_SESSION_POLICY) as { Version: string; Statement: Record<string, unknown>[] }
    expect(Object.keys(json).every((key) => key in iamPolicySchema.properties)).toBe(true)
    expect(iamPolicySchema.properties.Version.enum).toContain(json.Version)
    const statementSchema = iamPolicySchema.properties.Statement.anyOf[0]
    for (const statement of json.Statement) {
      expect(Object.keys(statement).every((key) => key in statementSchema.properties)).toBe(true)
      expect(statementSchema.properties.Effect.enum).toContain(statement.Effect)
    }
  })
})

describe('the IAM policy schema', () => {
  it('knows every statement field the engine parses, and Effect only as AWS spells it', () => {
    const statementSchema = iamPolicySchema.properties.Statement.anyOf[0]
    expect(Object.keys(statementSchema.properties).sort()).toEqual(
      ['Action', 'Condition', 'Effect', 'NotAction', 'NotPrincipal', 'NotResource', 'Principal', 'Resource', 'Sid'].sort(),
    )
    expect(statementSchema.properties.Effect.enum).toEqual(['Allow', 'Deny'])
    // Both readings of Statement (one object, or an array) share the same statement schema.
    expect(iamPolicySchema.properties.Statement.anyOf[1].items).toBe(statementSchema)
  })

  it('agrees with the engine that a policy without Statement is malformed', () => {
    expect(iamPolicySchema.required).toEqual(['Statement'])
    expect(parsePolicyText('{"Version":"2012-10-17"}', 'session', 'Policy').ok).toBe(false)
  })
})
