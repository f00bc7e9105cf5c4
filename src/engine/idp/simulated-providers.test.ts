import { describe, expect, it } from 'vitest'
import { worldChangedBy } from '../testing/test-worlds.ts'
import { demoWorld } from '../world/demo-world.ts'
import { rolesTrusting, simulatedProviders } from './simulated-providers.ts'

describe('simulatedProviders', () => {
  it('lists the demo world’s simulated IdPs with the roles that trust each: SAML, OIDC, then the OAuth 2.0 providers and Cognito', () => {
    expect(simulatedProviders(demoWorld)).toEqual([
      { kind: 'saml', arn: 'arn:aws:iam::111111111111:saml-provider/ExampleIdP', label: 'ExampleIdP', roles: ['arn:aws:iam::111111111111:role/SamlDeveloper'] },
      { kind: 'oidc', arn: 'arn:aws:iam::111111111111:oidc-provider/oidc.example.com', label: 'oidc.example.com', roles: ['arn:aws:iam::111111111111:role/WebAppUser'] },
      { kind: 'oauth2', arn: 'www.amazon.com', label: 'www.amazon.com', roles: ['arn:aws:iam::111111111111:role/AmazonLoginUser'], appIds: ['amzn1.application-oa2-client.5f0c2d8e7a914b3c9d6e1f2a3b4c5d6e'] },
      { kind: 'oauth2', arn: 'graph.facebook.com', label: 'graph.facebook.com', roles: ['arn:aws:iam::111111111111:role/FacebookLoginUser'], appIds: ['1020304050607080'] },
      {
        kind: 'cognito',
        arn: 'cognito-identity.amazonaws.com',
        label: 'cognito-identity.amazonaws.com',
        roles: ['arn:aws:iam::111111111111:role/CognitoAuthenticated'],
        identityPools: [{ id: 'us-east-1:0f6a2b4c-1d3e-4f5a-8b7c-9d0e1f2a3b4c', account: '111111111111', name: 'PlaygroundIdentityPool' }],
      },
    ])
  })

  it('a world without the optional oauth2Providers and cognito sections lists only its IAM providers', () => {
    const world = worldChangedBy((w) => {
      delete w.oauth2Providers
      delete w.cognito
    })
    expect(simulatedProviders(world).map((p) => p.kind)).toEqual(['saml', 'oidc'])
  })

  it('leaves out providers without a simulated IdP', () => {
    const world = worldChangedBy((w) => {
      for (const p of w.samlProviders) delete p.simulatedIdp
    })
    expect(simulatedProviders(world).map((p) => p.kind)).toEqual(['oidc', 'oauth2', 'oauth2', 'cognito'])
    const without = worldChangedBy((w) => {
      for (const p of w.oauth2Providers ?? []) delete p.simulatedIdp
      if (w.cognito) delete w.cognito.simulatedIdp
    })
    expect(simulatedProviders(without).map((p) => p.kind)).toEqual(['saml', 'oidc'])
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
