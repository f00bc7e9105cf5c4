import { beforeAll, describe, expect, it } from 'vitest'
import { loadIamCatalogue, type IamCatalogue, type PolicyKind } from '../../engine/policy-language.ts'
import { conditionKeySuggestions } from './condition-key-suggestions.ts'
import { caretContext } from './json-locations.ts'
import { hoverFor, suggestionsFor } from './policy-suggestions.ts'
import { arnLabel, arnSnippet, resourceSuggestions } from './resource-suggestions.ts'
import { statementActions } from './statement-actions.ts'

let catalogue: IamCatalogue
beforeAll(async () => {
  catalogue = await loadIamCatalogue()
})

/** The suggestions at the `|` in `text`, as the editor would compute them. */
function at(marked: string, kind: PolicyKind = 'session') {
  const offset = marked.indexOf('|')
  const text = marked.slice(0, offset) + marked.slice(offset + 1)
  const context = caretContext(text, offset)
  const actions = context.statementStart === undefined ? [] : statementActions(text, context.statementStart)
  return suggestionsFor(context, kind, catalogue, actions)
}

describe(resourceSuggestions, () => {
  const arn = (actions: string[], name: string) => resourceSuggestions(actions, catalogue).find((s) => s.detail.startsWith(`${name} `))

  it.each([
    [['s3:GetObject'], 'object', 'arn:aws:s3:::BUCKET_NAME/OBJECT_NAME', 'arn:aws:s3:::${1:BucketName}/${2:ObjectName}', 'object — s3:GetObject'],
    [['s3:ListBucket'], 'bucket', 'arn:aws:s3:::BUCKET_NAME', 'arn:aws:s3:::${1:BucketName}', 'bucket — s3:ListBucket'],
    [['sts:AssumeRole'], 'role', 'arn:aws:iam::ACCOUNT:role/ROLE_NAME_WITH_PATH', 'arn:aws:iam::${1:Account}:role/${2:RoleNameWithPath}', 'role — sts:AssumeRole'],
  ])('%j offers the %s ARN shape', (actions, name, label, snippet, detail) => {
    expect(arn(actions, name)).toMatchObject({ label, snippet, detail, kind: 'arn' })
  })

  it('offers * first, then the basic shape before the access point one', () => {
    const labels = resourceSuggestions(['s3:GetObject'], catalogue).map((s) => s.label)
    expect(labels[0]).toBe('*')
    expect(labels[1]).toBe('arn:aws:s3:::BUCKET_NAME/OBJECT_NAME')
    expect(labels).toContain('arn:aws:s3:REGION:ACCOUNT:accesspoint/ACCESS_POINT_NAME/object/OBJECT_NAME')
  })

  it('says which of the statement\'s actions need a resource type', () => {
    expect(arn(['s3:GetObject', 's3:PutObject', 's3:ListBucket'], 'object')?.detail).toBe('object — s3:GetObject, s3:PutObject')
    expect(arn(['s3:GetObject', 's3:PutObject', 's3:ListBucket'], 'bucket')?.detail).toBe('bucket — s3:ListBucket')
  })

  it('offers only * for *, a wildcard service or an action that takes no resource; a service\'s shapes for an unknown action', () => {
    for (const actions of [['*'], ['s*:GetObject'], ['sts:GetCallerIdentity'], [], ['nope:Thing'], ['GetObject']]) {
      expect(resourceSuggestions(actions, catalogue).map((s) => s.label), JSON.stringify(actions)).toEqual(['*'])
    }
    expect(resourceSuggestions(['s3:GetObjekt'], catalogue).map((s) => s.label)).toContain('arn:aws:s3:::BUCKET_NAME')
    expect(resourceSuggestions(['s3:Get*'], catalogue).map((s) => s.label)).toContain('arn:aws:s3:::BUCKET_NAME/OBJECT_NAME')
  })

  it('writes ARN formats as labels and snippets', () => {
    expect(arnLabel('arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}')).toBe('arn:aws:ec2:REGION:ACCOUNT:instance/INSTANCE_ID')
    expect(arnSnippet('arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}')).toBe('arn:aws:ec2:${1:Region}:${2:Account}:instance/${3:InstanceId}')
    expect(arnSnippet('arn:${Partition}:x:::a$b}')).toBe('arn:aws:x:::a\\$b\\}')
  })
})

describe(conditionKeySuggestions, () => {
  const keys = (actions: string[]) => conditionKeySuggestions(actions, catalogue).map((s) => s.label)

  it('offers the keys s3:GetObject lists first, then the other S3 keys, then the global ones', () => {
    const offered = keys(['s3:GetObject'])
    const at = (key: string) => offered.indexOf(key)
    expect(at('s3:ExistingObjectTag/${TagKey}')).toBeGreaterThanOrEqual(0)
    expect(at('s3:ExistingObjectTag/${TagKey}')).toBeLessThan(at('s3:prefix'))
    expect(at('s3:prefix')).toBeLessThan(at('aws:PrincipalArn'))
    expect(new Set(offered.map((k) => k.toLowerCase())).size).toBe(offered.length)
  })

  it('gives type and description, and a tab stop for the tag key', () => {
    const tag = conditionKeySuggestions(['s3:GetObject'], catalogue).find((s) => s.label === 's3:ExistingObjectTag/${TagKey}')
    expect(tag).toMatchObject({ detail: 'String — s3:GetObject', snippet: 's3:ExistingObjectTag/${1:TagKey}', kind: 'key' })
    expect(tag?.documentation).toMatch(/^\*\*s3:ExistingObjectTag\/\$\{TagKey\}\*\* \(String\): \S/)
  })

  it('offers STS\'s keys for sts:AssumeRole, and the SAML ones for AssumeRoleWithSAML', () => {
    expect(keys(['sts:AssumeRole']).slice(0, 10)).toEqual(expect.arrayContaining(['sts:ExternalId', 'sts:RoleSessionName', 'sts:TransitiveTagKeys']))
    expect(keys(['sts:AssumeRoleWithSAML'])).toContain('saml:aud')
  })

  it('offers only the global keys for * and unknown actions', () => {
    expect(keys(['*'])[0]).toBe('aws:PrincipalArn')
    expect(keys(['nope:Thing'])).toEqual(keys([]))
  })
})

describe(suggestionsFor, () => {
  const labels = (marked: string, kind?: PolicyKind) => at(marked, kind).map((s) => s.label)
  const trust = (condition: string) =>
    `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole", ${condition}}]}`

  it('offers sts:ExternalId in a trust statement with sts:AssumeRole', () => {
    expect(labels(trust('"Condition": {"StringEquals": {"|"}}'), 'trust')).toContain('sts:ExternalId')
  })

  it('offers no ARN shapes in a trust policy', () => {
    expect(labels(trust('"Resource": "|"'), 'trust')).toEqual([])
  })

  it('reads the actions of the caret\'s statement only, before or after the caret', () => {
    const text = '{"Statement": [{"Action": "sts:AssumeRole", "Resource": "*"}, {"Resource": ["|"], "Action": ["s3:ListBucket"]}]}'
    expect(labels(text)).toContain('arn:aws:s3:::BUCKET_NAME')
    expect(labels(text)).not.toContain('arn:aws:iam::ACCOUNT:role/ROLE_NAME_WITH_PATH')
    expect(labels('{"Statement": {"Action": "s3:GetObject", "Resource": "arn|"}}')).toContain('arn:aws:s3:::BUCKET_NAME/OBJECT_NAME')
    expect(labels('{"Statement": {"NotAction": "s3:GetObject", "Resource": "|"}}')).toEqual(['*'])
  })

  it('does not fail on "Action": "*" or half-written text', () => {
    expect(labels('{"Statement": [{"Action": "*", "Resource": "|')).toEqual(['*'])
    expect(labels('{"Statement": [{"Action": ["s3:Get|')).toContain('s3:GetObject')
    expect(labels('{"Statement": [{"Action": "s3:GetObject", "Condition": {"StringLike": {"|')).toContain('s3:ExistingObjectTag/${TagKey}')
  })
})

describe(hoverFor, () => {
  it('explains a service condition key, a tag key written out included', () => {
    expect(hoverFor(['Statement', 'Condition', 'StringEquals'], true, 'sts:ExternalId', catalogue)).toMatch(/^\*\*sts:ExternalId\*\* \(String\): \S/)
    expect(hoverFor(['Statement', 'Condition', 'StringEquals'], true, 's3:ExistingObjectTag/team', catalogue)).toMatch(/^\*\*s3:ExistingObjectTag\/\$\{TagKey\}\*\*/)
    expect(hoverFor(['Statement', 'Condition', 'StringEquals'], true, 'aws:PrincipalTag/team', catalogue)).toMatch(/^\*\*aws:PrincipalTag/)
    expect(hoverFor(['Statement', 'Condition', 'StringEquals'], true, 'nope:key', catalogue)).toBeUndefined()
  })
})
