import { describe, expect, it } from 'vitest'
import { draftReducer, draftRequest, encodedBody, fieldText, initialDraft, type RequestDraft } from './request-draft.ts'

const withFields = (operation: string, fields: Record<string, string>): RequestDraft =>
  Object.entries(fields).reduce((draft, [name, value]) => draftReducer(draft, { type: 'field', name, value }), initialDraft('AKIA', operation))

describe('request draft', () => {
  it('starts as GetCallerIdentity, which encodes as Action and Version only', () => {
    expect(encodedBody(initialDraft('AKIA'))).toBe('Action=GetCallerIdentity&Version=2011-06-15')
  })

  it('puts parameters in model order, whatever order they were typed in, and skips empty fields', () => {
    const draft = withFields('AssumeRole', { DurationSeconds: '900', RoleSessionName: 's 1', ExternalId: '', RoleArn: 'arn:aws:iam::111111111111:role/Dev' })
    expect(encodedBody(draft)).toBe(
      'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=s%201&DurationSeconds=900',
    )
  })

  it('sends invalid values as typed: hints never block a request', () => {
    expect(encodedBody(withFields('AssumeRole', { DurationSeconds: 'soon', RoleSessionName: 'x' }))).toBe(
      'Action=AssumeRole&Version=2011-06-15&RoleSessionName=x&DurationSeconds=soon',
    )
  })

  it('flattens string lists one item per line and lists of structures from JSON', () => {
    const draft = withFields('AssumeRole', { TransitiveTagKeys: 'team\n\n cost ', Tags: '[{"Key":"team","Value":"blue"}]' })
    expect(draftRequest(draft).pairs.slice(2)).toEqual([
      ['Tags.member.1.Key', 'team'],
      ['Tags.member.1.Value', 'blue'],
      ['TransitiveTagKeys.member.1', 'team'],
      ['TransitiveTagKeys.member.2', 'cost'],
    ])
  })

  it('leaves unfinished JSON out and says why', () => {
    const result = draftRequest(withFields('AssumeRole', { Tags: '[{"Key":' }))
    expect(result.pairs).toHaveLength(2)
    expect(result.problems.Tags).toMatch(/JSON/)
  })

  it('keeps typed values per operation when switching back and forth', () => {
    let draft = withFields('AssumeRole', { RoleSessionName: 'kept' })
    draft = draftReducer(draft, { type: 'operation', operation: 'GetSessionToken' })
    expect(fieldText(draft, 'RoleSessionName')).toBe('')
    draft = draftReducer(draft, { type: 'operation', operation: 'AssumeRole' })
    expect(fieldText(draft, 'RoleSessionName')).toBe('kept')
  })

  it('restores a whole draft, e.g. from the history', () => {
    const saved = withFields('AssumeRole', { RoleSessionName: 'from-history' })
    const restored = draftReducer(initialDraft('AKIA'), { type: 'restore', draft: saved })
    expect(restored).toBe(saved)
    expect(encodedBody(restored)).toBe('Action=AssumeRole&Version=2011-06-15&RoleSessionName=from-history')
  })
  it('prefills an operation from a simulated IdP, keeping the fields it does not set', () => {
    const draft = draftReducer(withFields('AssumeRoleWithSAML', { DurationSeconds: '900' }), {
      type: 'prefill',
      callerId: 'anonymous',
      operation: 'AssumeRoleWithSAML',
      fields: { RoleArn: 'arn:aws:iam::111111111111:role/SamlDeveloper', SAMLAssertion: 'PHNhbWw+' },
    })
    expect(draft.callerId).toBe('anonymous')
    expect(encodedBody(draft)).toBe('Action=AssumeRoleWithSAML&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FSamlDeveloper&SAMLAssertion=PHNhbWw%2B&DurationSeconds=900')
  })
})
