import { describe, expect, it } from 'vitest'
import { demoWorld, simulatedProviders } from '../../../engine/index.ts'
import { initialForm, linesOf, prefillFor, tagsFromText, wholeNumber } from './sign-in-form.ts'

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
      DurationSeconds: '1800',
    })
  })
})
