import { describe, expect, it } from 'vitest'
import { oidcProviderArn } from './oidc/oidc-provider.ts'
import { samlProviderArn } from './saml/saml-provider.ts'

describe('provider ARNs', () => {
  it('names a SAML provider by account and name', () => {
    expect(samlProviderArn({ partition: 'aws' }, { account: '111111111111', name: 'ExampleIdP' })).toBe('arn:aws:iam::111111111111:saml-provider/ExampleIdP')
  })

  it('names an OIDC provider by its URL without https://, path and trailing slash kept', () => {
    expect(oidcProviderArn({ partition: 'aws' }, { account: '111111111111', url: 'https://oidc.example.com' })).toBe('arn:aws:iam::111111111111:oidc-provider/oidc.example.com')
    expect(oidcProviderArn({ partition: 'aws' }, { account: '111111111111', url: 'https://auth.example.com/tenant/' })).toBe(
      'arn:aws:iam::111111111111:oidc-provider/auth.example.com/tenant/',
    )
  })

  it('uses the world partition', () => {
    expect(samlProviderArn({ partition: 'aws-cn' }, { account: '111111111111', name: 'Idp' })).toBe('arn:aws-cn:iam::111111111111:saml-provider/Idp')
  })
})
