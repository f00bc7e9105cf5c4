import { beforeAll, describe, expect, it } from 'vitest'
import { loadIamCatalogue, type IamCatalogue } from '../../engine/policy-language.ts'
import { caretContext } from './json-locations.ts'
import { policyDiagnostics } from './policy-diagnostics.ts'

let catalogue: IamCatalogue
beforeAll(async () => {
  catalogue = await loadIamCatalogue()
})

const policy = (statement: string) => `{"Version": "2012-10-17", "Statement": [${statement}]}`
const marked = (text: string, kind: 'identity' | 'session' | 'trust' = 'session') =>
  policyDiagnostics(text, kind, catalogue).map((d) => ({ severity: d.severity, message: d.message, text: text.slice(d.start, d.end) }))

describe(policyDiagnostics, () => {
  it('marks a misspelt action on the action, in the engine lint\'s words', () => {
    expect(marked(policy('{"Effect": "Allow", "Action": "s3:GetObjectt", "Resource": "*"}'))).toEqual([
      { severity: 'warning', message: 'Statement[0].Action: s3:GetObjectt is not an action of Amazon S3', text: '"s3:GetObjectt"' },
    ])
  })

  it('marks the second of two actions, a misspelt operator and a malformed ARN', () => {
    const text = policy('{"Effect": "Allow", "Action": ["s3:GetObject", "s3:Gett"], "Resource": "arn:aws:s3", "Condition": {"StringEqualz": {"aws:username": "a"}}}')
    expect(marked(text).map((d) => d.text)).toEqual(['"s3:Gett"', '"StringEqualz"', '"arn:aws:s3"'])
  })

  it('marks a Principal in an identity policy as an error, but not in a trust policy', () => {
    const text = policy('{"Effect": "Allow", "Principal": {"AWS": "111111111111"}, "Action": "sts:AssumeRole"}')
    expect(marked(text, 'identity')).toContainEqual({ severity: 'error', message: 'Statement[0].Principal: Policy document should not specify a principal.', text: '"Principal"' })
    expect(marked(text, 'trust')).toEqual([])
  })

  it('leaves text that is not JSON to the JSON language service', () => {
    expect(marked('{"Version": ')).toEqual([])
  })
})

describe(caretContext, () => {
  it.each([
    ['{"Statement": [{"Action": "s3:Get', ['Statement', 'Action'], false, 's3:Get'],
    ['{"Statement": [{"Action": ["s3:GetObject", "ec2:', ['Statement', 'Action'], false, 'ec2:'],
    ['{"Statement": {"Effect": "Allow", "', ['Statement'], true, ''],
    ['{"Statement": [{"Condition": {"StringEquals": {"aws:', ['Statement', 'Condition', 'StringEquals'], true, 'aws:'],
    ['{"Statement": [{"Condition": {"', ['Statement', 'Condition'], true, ''],
  ])('%s', (text, path, inKey, typed) => {
    expect(caretContext(text, text.length)).toMatchObject({ path, inKey, typed })
  })
})
