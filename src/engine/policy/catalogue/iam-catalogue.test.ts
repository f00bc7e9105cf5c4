import { beforeAll, describe, expect, it } from 'vitest'
import { createIamCatalogue, loadIamCatalogue, type AccessLevel, type IamCatalogue } from './iam-catalogue.ts'

let catalogue: IamCatalogue
beforeAll(async () => {
  catalogue = await loadIamCatalogue()
})

const names = (pattern: string) => catalogue.expand(pattern).map((entry) => entry.action)

describe('the built-in IAM catalogue', () => {
  it('is loaded once: later calls share the same catalogue', async () => {
    expect(await loadIamCatalogue()).toBe(catalogue)
    expect(catalogue.source).toMatch(/^@cloud-copilot\/iam-data@\d+\.\d+\.\d+$/)
  })

  it('lists service prefixes, sorted, with display names', () => {
    const services = catalogue.services()
    expect(services).toEqual([...services].sort())
    expect(services).toEqual(expect.arrayContaining(['s3', 'sts', 'iam', 'ec2', 'kms', 'lambda']))
    expect(services.length).toBeGreaterThan(400)
    expect(catalogue.serviceName('s3')).toBe('Amazon S3')
    expect(catalogue.serviceName('STS')).toBe('AWS Security Token Service')
    expect(catalogue.serviceName('nope')).toBeUndefined()
  })

  it('has every action of STS, the permission-only ones included', () => {
    expect(catalogue.actionsOf('sts').map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        'sts:AssumeRole',
        'sts:AssumeRoleWithSAML',
        'sts:AssumeRoleWithWebIdentity',
        'sts:AssumeRoot',
        'sts:DecodeAuthorizationMessage',
        'sts:GetAccessKeyInfo',
        'sts:GetCallerIdentity',
        'sts:GetFederationToken',
        'sts:GetSessionToken',
        'sts:TagSession',
        'sts:SetSourceIdentity',
        'sts:SetContext',
      ]),
    )
    expect(catalogue.actionsOf('STS')).toEqual(catalogue.actionsOf('sts'))
    expect(catalogue.actionsOf('nope')).toEqual([])
  })

  it.each<[string, string, AccessLevel]>([
    ['s3:GetObject', 's3:GetObject', 'Read'],
    ['S3:getobject', 's3:GetObject', 'Read'],
    ['s3:PutObject', 's3:PutObject', 'Write'],
    ['s3:ListBucket', 's3:ListBucket', 'List'],
    ['s3:PutObjectTagging', 's3:PutObjectTagging', 'Tagging'],
    ['iam:AttachRolePolicy', 'iam:AttachRolePolicy', 'Permissions management'],
    ['IAM:ATTACHROLEPOLICY', 'iam:AttachRolePolicy', 'Permissions management'],
    ['iam:PassRole', 'iam:PassRole', 'Write'],
    ['sts:AssumeRole', 'sts:AssumeRole', 'Write'],
    ['sts:assumerolewithsaml', 'sts:AssumeRoleWithSAML', 'Write'],
    ['sts:GetCallerIdentity', 'sts:GetCallerIdentity', 'Read'],
    ['sts:TagSession', 'sts:TagSession', 'Tagging'],
    ['sts:SetSourceIdentity', 'sts:SetSourceIdentity', 'Write'],
    ['sts:SetContext', 'sts:SetContext', 'Write'],
    ['ec2:DescribeInstances', 'ec2:DescribeInstances', 'List'],
    ['kms:Decrypt', 'kms:Decrypt', 'Write'],
  ])('lookup(%s) is %s, %s', (input, action, accessLevel) => {
    expect(catalogue.lookup(input)).toEqual({ action, accessLevel })
    expect(catalogue.isKnown(input)).toBe(true)
  })

  it.each(['s3:GetObjekt', 's3:GetObject ', 's3:', ':GetObject', 'GetObject', 's4:GetObject', 's3:Get*', '*', '', 'sts:AssumeRole:x'])(
    '%j is not a known action',
    (input) => {
      expect(catalogue.lookup(input)).toBeUndefined()
      expect(catalogue.isKnown(input)).toBe(false)
    },
  )

  it('expands * to every action', () => {
    const all = catalogue.expand('*')
    expect(all).toHaveLength(catalogue.actionCount)
    expect(catalogue.actionCount).toBe(catalogue.services().reduce((n, service) => n + catalogue.actionsOf(service).length, 0))
    expect(catalogue.actionCount).toBeGreaterThan(20_000)
    expect(new Set(all.map((entry) => entry.action.toLowerCase())).size).toBe(all.length)
    expect(catalogue.expand('**')).toHaveLength(all.length)
    expect(catalogue.expand('*:*')).toHaveLength(all.length)
    expect(catalogue.expand('*?')).toHaveLength(all.length)
  })

  it('expands ec2:Describe* to the Describe actions of EC2 only', () => {
    const describe = names('ec2:Describe*')
    expect(describe).toContain('ec2:DescribeInstances')
    expect(describe).toContain('ec2:DescribeSecurityGroups')
    expect(describe.every((action) => action.startsWith('ec2:Describe'))).toBe(true)
    expect(describe).toEqual(catalogue.actionsOf('ec2').map((e) => e.action).filter((action) => action.startsWith('ec2:Describe')))
    expect(names('EC2:describe*')).toEqual(describe)
  })

  it('expands s3:Get* to Get actions, none of them Put', () => {
    const get = names('s3:Get*')
    expect(get).toContain('s3:GetObject')
    expect(get).toContain('s3:GetBucketPolicy')
    expect(get.every((action) => action.startsWith('s3:Get'))).toBe(true)
    expect(get.some((action) => action.includes('Put'))).toBe(false)
  })

  it('expands sts:* to all of STS', () => {
    const sts = names('sts:*')
    expect(sts).toEqual(catalogue.actionsOf('sts').map((e) => e.action))
    for (const action of ['AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity', 'GetCallerIdentity', 'TagSession', 'SetSourceIdentity', 'SetContext']) {
      expect(sts).toContain(`sts:${action}`)
    }
  })

  it.each<[pattern: string, includes: string[], excludes: string[]]>([
    ['sts:AssumeRole*', ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity'], ['sts:AssumeRoot', 'sts:GetCallerIdentity']],
    ['sts:AssumeRo??', ['sts:AssumeRole', 'sts:AssumeRoot'], ['sts:AssumeRoleWithSAML']],
    ['iam:*Policy', ['iam:AttachRolePolicy', 'iam:PutRolePolicy', 'iam:CreatePolicy', 'iam:GetPolicy'], ['iam:ListPolicies', 'iam:PassRole']],
    ['*:GetCallerIdentity', ['sts:GetCallerIdentity'], ['sts:GetSessionToken']],
    ['s?:GetObject', ['s3:GetObject'], ['s3:PutObject']],
    ['s3*Object', ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], ['s3:GetObjectAcl', 'sts:AssumeRole']],
    ['s3?GetObject', ['s3:GetObject'], []],
    ['*:*Object', ['s3:GetObject', 's3:PutObject'], ['s3:ListBucket']],
  ])('expand(%s)', (pattern, includes, excludes) => {
    const expanded = names(pattern)
    for (const action of includes) expect(expanded).toContain(action)
    for (const action of excludes) expect(expanded).not.toContain(action)
  })

  it('does the same as matching each action one by one', () => {
    const all = catalogue.expand('*')
    for (const pattern of ['iam:*Policy', '*:Describe*', 's3*Object', 'sts:?et*', '*:*:*', 'ec2:describe*s', 'a*:List*']) {
      const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i')
      expect(catalogue.expand(pattern), pattern).toEqual(all.filter((entry) => regex.test(entry.action)))
    }
  })

  it.each(['s3:GetObjekt*', 'nope:*', 'sts:AssumeRole:*', '', 's3:', 'GetObject'])('expand(%j) matches nothing', (pattern) => {
    expect(catalogue.expand(pattern)).toEqual([])
  })

  it('returns fresh arrays that callers may change', () => {
    catalogue.expand('sts:*').pop()
    catalogue.actionsOf('sts').pop()
    const last = catalogue.services().pop()
    expect(names('sts:*')).toContain('sts:TagSession')
    expect(catalogue.actionsOf('sts')).toEqual(catalogue.expand('sts:*'))
    expect(catalogue.services()).toContain(last)
  })
})

describe('resource types and condition keys', () => {
  const arns = (action: string) => catalogue.resourceTypesOf(action).map((type) => `${type.name} ${type.arn}`)
  const keys = (action: string) => catalogue.conditionKeysOf(action).map((key) => key.key)

  it.each([
    ['s3:GetObject', 'object arn:${Partition}:s3:::${BucketName}/${ObjectName}'],
    ['S3:listbucket', 'bucket arn:${Partition}:s3:::${BucketName}'],
    ['sts:AssumeRole', 'role arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'],
  ])('resourceTypesOf(%s) has %s', (action, shape) => {
    expect(arns(action)).toContain(shape)
  })

  it('knows no resource types for an unknown action, a wildcard or an action that takes only *', () => {
    expect(catalogue.resourceTypesOf('s3:GetObjekt')).toEqual([])
    expect(catalogue.resourceTypesOf('*')).toEqual([])
    expect(catalogue.resourceTypesOf('s3:Get*')).toEqual([])
    expect(catalogue.resourceTypesOf('sts:GetCallerIdentity')).toEqual([])
    expect(catalogue.serviceResourceTypes('S3').map((type) => type.name)).toEqual(expect.arrayContaining(['bucket', 'object', 'accesspoint']))
    expect(catalogue.serviceResourceTypes('nope')).toEqual([])
  })

  it('lists the condition keys of an action, tag keys spelt ${TagKey}', () => {
    expect(keys('s3:GetObject')).toEqual(expect.arrayContaining(['s3:ExistingObjectTag/${TagKey}', 's3:TlsVersion']))
    expect(keys('s3:ListBucket')).toContain('s3:prefix')
    expect(keys('sts:AssumeRole')).toEqual(expect.arrayContaining(['sts:ExternalId', 'sts:RoleSessionName', 'sts:TransitiveTagKeys', 'aws:TagKeys']))
    expect(keys('sts:AssumeRoleWithSAML')).toContain('saml:aud')
    expect(keys('nope:Nothing')).toEqual([])
    expect(catalogue.serviceConditionKeys('sts').map((key) => key.key)).toEqual(expect.arrayContaining(['sts:ExternalId', 'saml:aud']))
  })

  it.each([
    ['sts:externalid', 'sts:ExternalId', 'String'],
    ['s3:ExistingObjectTag/team', 's3:ExistingObjectTag/${TagKey}', 'String'],
    ['sts:TransitiveTagKeys', 'sts:TransitiveTagKeys', 'ArrayOfString'],
  ])('conditionKey(%s) is %s', (written, key, type) => {
    expect(catalogue.conditionKey(written)).toMatchObject({ key, type, description: expect.any(String) as string })
  })

  it.each(['sts:ExternalIdd', 's3:ExistingObjectTag/', 'nope:key'])('conditionKey(%s) is unknown', (written) => {
    expect(catalogue.conditionKey(written)).toBeUndefined()
  })
})

describe('createIamCatalogue', () => {
  const small = createIamCatalogue({
    source: 'test',
    services: {
      b: { name: 'B', actions: [['Go', 'W'], ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', 'R']] },
      a: { name: 'A', actions: [['List', 'L'], ['Tag', 'T'], ['Grant', 'P']] },
    },
  })

  it('maps level codes and sorts services', () => {
    expect(small.services()).toEqual(['a', 'b'])
    expect(small.actionsOf('a')).toEqual([
      { action: 'a:List', accessLevel: 'List' },
      { action: 'a:Tag', accessLevel: 'Tagging' },
      { action: 'a:Grant', accessLevel: 'Permissions management' },
    ])
    expect(small.actionCount).toBe(5)
  })

  it('matches adversarial patterns quickly', () => {
    const pattern = `b:${'*a'.repeat(30)}*c`
    expect(small.expand(pattern)).toEqual([])
    expect(small.expand(`b:${'*a'.repeat(30)}*b`).map((e) => e.action)).toHaveLength(1)
  })

  it('points actions into their service\'s resource types and condition keys', () => {
    const withTables = createIamCatalogue({
      source: 'test',
      services: {
        a: {
          name: 'A',
          actions: [['Get', 'R', [1], [0]], ['List', 'L', [0, 9]], ['Do', 'W']],
          resources: [['thing', 'arn:${Partition}:a:::${Thing}'], ['item', 'arn:${Partition}:a:::${Thing}/${Item}']],
          keys: [['a:Label/${TagKey}', 'String', 'The thing\'s label.']],
        },
      },
    })
    expect(withTables.resourceTypesOf('a:get')).toEqual([{ service: 'a', name: 'item', arn: 'arn:${Partition}:a:::${Thing}/${Item}' }])
    expect(withTables.resourceTypesOf('a:List').map((type) => type.name)).toEqual(['thing'])
    expect(withTables.resourceTypesOf('a:Do')).toEqual([])
    expect(withTables.conditionKeysOf('a:Get').map((key) => key.key)).toEqual(['a:Label/${TagKey}'])
    expect(withTables.conditionKey('A:LABEL/x')?.key).toBe('a:Label/${TagKey}')
  })

  it('rejects an unknown level code', () => {
    expect(() => createIamCatalogue({ source: 'test', services: { a: { name: 'A', actions: [['X', 'Q']] } } })).toThrow(/unknown access level/)
  })
})
