import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { flattenParameters, type QueryValue } from '../protocol/query-codec.ts'
import { validateParameters } from '../validation/index.ts'
import { MALFORMED_INTEGER_PROBLEM, parameterProblems } from './parameter-problem.ts'

// Property: for any text in a field, parameterProblems lists exactly the constraints the engine's
// model validation reports for that field when the request is decoded and validated (AWS STS API
// Reference: Common Errors, ValidationError and MalformedInput), in the same order.

const BASE: Record<string, QueryValue> = { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 's1' }

interface Field {
  parameter: string
  /** The request's parameters with the field set to `raw`. */
  request: (raw: string) => Record<string, QueryValue>
  /** Where AWS reports the field. */
  path: string
}

const FIELDS: Field[] = [
  { parameter: 'RoleSessionName', request: (raw) => ({ ...BASE, RoleSessionName: raw }), path: 'roleSessionName' },
  { parameter: 'RoleArn', request: (raw) => ({ ...BASE, RoleArn: raw }), path: 'roleArn' },
  { parameter: 'ExternalId', request: (raw) => ({ ...BASE, ExternalId: raw }), path: 'externalId' },
  { parameter: 'SerialNumber', request: (raw) => ({ ...BASE, SerialNumber: raw }), path: 'serialNumber' },
  { parameter: 'TokenCode', request: (raw) => ({ ...BASE, TokenCode: raw }), path: 'tokenCode' },
  { parameter: 'DurationSeconds', request: (raw) => ({ ...BASE, DurationSeconds: raw }), path: 'durationSeconds' },
  { parameter: 'Tags.Key', request: (raw) => ({ ...BASE, Tags: [{ Key: raw, Value: 'v' }] }), path: 'tags.1.member.key' },
  { parameter: 'Tags.Value', request: (raw) => ({ ...BASE, Tags: [{ Key: 'k', Value: raw }] }), path: 'tags.1.member.value' },
  { parameter: 'TransitiveTagKeys', request: (raw) => ({ ...BASE, TransitiveTagKeys: [raw] }), path: 'transitiveTagKeys.1.member' },
  { parameter: 'PolicyArns.arn', request: (raw) => ({ ...BASE, PolicyArns: [{ arn: raw }] }), path: 'policyArns.1.member.arn' },
]

/** Texts near the interesting edges: ASCII names, digits, long runs, any code point (lone surrogates too). */
const texts = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.stringMatching(/^[\w+=,.@:/ -]{1,70}$/),
  fc.stringMatching(/^[+-]?\d{1,11}$/),
  fc.tuple(fc.constantFrom('x', 'é', '\u{1D400}', '😀', ' '), fc.integer({ min: 1, max: 300 })).map(([unit, n]) => unit.repeat(n)),
)

describe('parameterProblems and the engine’s validation agree on every text', () => {
  it.each(FIELDS)('AssumeRole $parameter', ({ parameter, request, path }) => {
    fc.assert(
      fc.property(texts, (raw) => {
        const problems = parameterProblems('AssumeRole', parameter, raw)
        const pairs = flattenParameters(request(raw))
        const outcome = validateParameters('AssumeRole', [['Action', 'AssumeRole'], ...pairs])
        if (problems.length === 0) return outcome.ok
        if (problems[0] === MALFORMED_INTEGER_PROBLEM) return !outcome.ok && outcome.fault.code === 'MalformedInput'
        const heading = problems.length === 1 ? '1 validation error detected: ' : `${problems.length} validation errors detected: `
        // STS prints an integer as it read it: `+0900` is `900`.
        const shown = parameter === 'DurationSeconds' ? String(Number(raw)) : raw
        const expected = heading + problems.map((problem) => `Value '${shown}' at '${path}' failed to satisfy constraint: ${problem}`).join('; ')
        expect(outcome.ok ? undefined : outcome.fault.message).toBe(expected)
        return true
      }),
      { numRuns: 300 },
    )
  })
})
