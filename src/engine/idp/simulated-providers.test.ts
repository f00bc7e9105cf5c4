import { describe, expect, it } from 'vitest'
import { worldChangedBy } from '../testing/test-worlds.ts'
import { demoWorld } from '../world/demo-world.ts'
import { rolesTrusting, simulatedProviders } from './simulated-providers.ts'

describe('simulatedProviders', () => {
  it('lists the demo world’s two simulated IdPs with the roles that trust each', () => {
    expect(simulatedProviders(demoWorld)).toEqual([
      { kind: 'saml', arn: 'arn:aws:iam::111111111111:saml-provider/ExampleIdP', label: 'ExampleIdP', roles: ['arn:aws:iam::111111111111:role/SamlDeveloper'] },
      { kind: 'oidc', arn: 'arn:aws:iam::111111111111:oidc-provider/oidc.example.com', label: 'oidc.example.com', roles: ['arn:aws:iam::111111111111:role/WebAppUser'] },
    ])
  })

  it('leaves out providers without a simulated IdP', () => {
    const world = worldChangedBy((w) => {
      for (const p of w.samlProviders) delete p.simulatedIdp
    })
    expect(simulatedProviders(world).map((p) => p.kind)).toEqual(['oidc'])
  })

  it('a role trusts a provider through an Allow statement naming it as Federated (in a list too); Deny statements do not count', () => {
    const provider = 'arn:aws:iam::111111111111:saml-provider/ExampleIdP'
    const world = worldChangedBy((w) => {
      const dev = w.roles.find((r) => r.name === 'Dev')
      if (dev) dev.trustPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: ['arn:aws:iam::111111111111:saml-provider/Other', provider] }, Action: 'sts:AssumeRoleWithSAML' }] }
      const batch = w.roles.find((r) => r.name === 'Batch')
      if (batch) batch.trustPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { Federated: provider }, Action: 'sts:AssumeRoleWithSAML' }] }
    })
    expect(rolesTrusting(world, provider)).toEqual(['arn:aws:iam::111111111111:role/Dev', 'arn:aws:iam::111111111111:role/SamlDeveloper'])
  })
})
