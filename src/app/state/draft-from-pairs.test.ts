import { describe, expect, it } from 'vitest'
import { draftFieldsFromPairs } from './draft-from-pairs.ts'
import { draftRequest } from './request-draft.ts'

const sent = (operation: string, fields: Record<string, string>) => draftRequest({ callerId: 'x', operation, fields: { [operation]: fields } }).pairs

describe(draftFieldsFromPairs, () => {
  it('gives back fields that send the same parameters: scalars, string lists, lists of structures and structures', () => {
    const cases: [string, Record<string, string>][] = [
      ['GetFederationToken', { Name: 'Bob', DurationSeconds: '129600' }],
      [
        'AssumeRole',
        {
          RoleArn: 'arn:aws:iam::111111111111:role/Dev',
          RoleSessionName: 's',
          PolicyArns: '[{"arn":"arn:aws:iam::aws:policy/ReadOnlyAccess"}]',
          Tags: '[{"Key":"team","Value":"blue"},{"Key":"x","Value":"y"}]',
          TransitiveTagKeys: 'team\nx',
          SerialNumber: 'arn:aws:iam::111111111111:mfa/alice',
          TokenCode: '123456',
        },
      ],
      ['AssumeRoot', { TargetPrincipal: '111111111111', TaskPolicyArn: '{"arn":"arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials"}' }],
    ]
    for (const [operation, fields] of cases) {
      const pairs = sent(operation, fields)
      const back = draftFieldsFromPairs(operation, pairs)
      expect(back.notes).toEqual([])
      expect(sent(operation, back.fields)).toEqual(pairs)
    }
  })

  it('reads the parameters whatever their wire order', () => {
    const back = draftFieldsFromPairs('AssumeRole', [['Action', 'AssumeRole'], ['RoleSessionName', 's'], ['DurationSeconds', '899'], ['RoleArn', 'arn:aws:iam::1:role/R']])
    expect(back.fields).toEqual({ RoleArn: 'arn:aws:iam::1:role/R', RoleSessionName: 's', DurationSeconds: '899' })
  })

  it('says what the form cannot send: another Version, an unknown parameter, an empty value', () => {
    const back = draftFieldsFromPairs('GetSessionToken', [['Action', 'GetSessionToken'], ['Version', '2010-01-01'], ['Bogus', '1'], ['TokenCode', '']])
    expect(back.fields).toEqual({})
    expect(back.notes).toEqual([
      'Version was 2010-01-01; the workbench sends 2011-06-15.',
      'Bogus is not a parameter of GetSessionToken; the form cannot send it.',
      'TokenCode was sent empty; the workbench leaves an empty field out.',
    ])
  })
})
