import { describe, expect, it } from 'vitest'
import { demoWorld, simulatedProviders } from '../../../engine/index.ts'
import { defaultAudience, initialForm, linesOf, prefillFor, tagsFromText, wholeNumber } from './sign-in-form.ts'

describe('simulated IdP sign-in form', () => {
  const [saml, oidc] = simulatedProviders(demoWorld)

  it('starts each demo provider on a role that trusts it', () => {
    expect([saml?.kind, initialForm(saml).roleArn, initialForm(saml).lifetime]).toEqual(['saml', 'arn:aws:iam::111111111111:role/SamlDeveloper', '300'])
    expect([oidc?.kind, initialForm(oidc, 'playground-web').roleArn, initialForm(oidc).lifetime]).toEqual(['oidc', 'arn:aws:iam::111111111111:role/WebAppUser', '3600'])
  })

  it('reads tags, lines and numbers as typed', () => {
    expect(tagsFromText('team=blue\ncost = 42 \nno-equals\n=novalue\nurl=a=b')).toEqual({ team: 'blue', cost: '42', url: 'a=b' })
    expect(linesOf(' team \n\ncost')).toEqual(['team', 'cost'])
    expect([wholeNumber(' 900 '), wholeNumber(''), wholeNumber('1h')]).toEqual([900, undefined, undefined])
  })

  it('puts a SAML response into AssumeRoleWithSAML and an ID token into AssumeRoleWithWebIdentity, unsigned', () => {
    expect(prefillFor('saml', initialForm(saml), 'PHNhbWw+')).toEqual({
      type: 'prefill',
      callerId: 'anonymous',
      operation: 'AssumeRoleWithSAML',
      fields: { RoleArn: 'arn:aws:iam::111111111111:role/SamlDeveloper', PrincipalArn: 'arn:aws:iam::111111111111:saml-provider/ExampleIdP', SAMLAssertion: 'PHNhbWw+' },
    })
    expect(prefillFor('oidc', { ...initialForm(oidc), sessionDuration: '1800' }, 'a.b.c').fields).toEqual({
      RoleArn: 'arn:aws:iam::111111111111:role/WebAppUser',
      RoleSessionName: 'web-session',
      WebIdentityToken: 'a.b.c',
      ProviderId: '',
      DurationSeconds: '1800',
    })
  })

  it('names the OAuth 2.0 provider in ProviderId, and starts Login with Amazon and Cognito on their own apps and pools', () => {
    const providers = simulatedProviders(demoWorld)
    const amazon = providers.find((p) => p.arn === 'www.amazon.com')
    const cognito = providers.find((p) => p.kind === 'cognito')
    const form = initialForm(amazon, defaultAudience(amazon))
    expect([form.roleArn, form.audience, form.lifetime]).toEqual(['arn:aws:iam::111111111111:role/AmazonLoginUser', 'amzn1.application-oa2-client.5f0c2d8e7a914b3c9d6e1f2a3b4c5d6e', '3600'])
    expect(prefillFor('oauth2', form, 'Atza|x').fields.ProviderId).toBe('www.amazon.com')
    expect([initialForm(cognito).roleArn, defaultAudience(cognito), initialForm(cognito).lifetime]).toEqual([
      'arn:aws:iam::111111111111:role/CognitoAuthenticated',
      'us-east-1:0f6a2b4c-1d3e-4f5a-8b7c-9d0e1f2a3b4c',
      '600',
    ])
  })
})
