import { describe, expect, it } from 'vitest'
import { operationNames, operationParameters } from '../../../engine/index.ts'
import { fieldEditor } from './field-editor.ts'

const editors = (operation: string) => Object.fromEntries(operationParameters(operation).map((p) => [p.name, fieldEditor(p)]))

describe('field editors from the model', () => {
  it('gives AssumeRole a policy editor, row editors for structures and a list for tag keys', () => {
    expect(editors('AssumeRole')).toEqual({
      RoleArn: 'text',
      RoleSessionName: 'text',
      PolicyArns: 'structure',
      Policy: 'policy-document',
      DurationSeconds: 'text',
      Tags: 'structure',
      TransitiveTagKeys: 'string-list',
      ExternalId: 'text',
      SerialNumber: 'text',
      TokenCode: 'text',
      SourceIdentity: 'text',
      ProvidedContexts: 'structure',
    })
  })

  it('finds the session policy of exactly the four operations that take one', () => {
    const withPolicy = operationNames.filter((operation) => operationParameters(operation).some((p) => fieldEditor(p) === 'policy-document'))
    expect(withPolicy.sort()).toEqual(['AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity', 'GetFederationToken'])
  })

  it('edits every structure of the model as rows, never as bare JSON', () => {
    const json = operationNames.flatMap((operation) => operationParameters(operation).filter((p) => fieldEditor(p) === 'json'))
    expect(json).toEqual([])
    expect(editors('AssumeRoot').TaskPolicyArn).toBe('structure')
  })
})
