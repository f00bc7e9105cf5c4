import { describe, expect, it } from 'vitest'
import { credentialRestriction, type CredentialOrigin } from './credential-restrictions.ts'

// IAM User Guide, "Compare AWS STS credentials"; AWS STS API Reference, GetSessionToken and
// GetFederationToken ("Permissions"); the error IAM answers: 99designs/aws-vault#15,
// cloudyr/aws.iam#15 (GetSessionToken without MFA), jantman/awslimitchecker#139 (GetFederationToken).
const SESSION_TOKEN: CredentialOrigin = { issuedBy: 'GetSessionToken' }
const SESSION_TOKEN_MFA: CredentialOrigin = { issuedBy: 'GetSessionToken', mfaAuthenticatedAt: 0 }
const FEDERATION: CredentialOrigin = { issuedBy: 'GetFederationToken' }
const ROLE: CredentialOrigin = { issuedBy: 'AssumeRole' }

const rows: [string, CredentialOrigin | undefined, string, string | undefined][] = [
  ['long-term keys', undefined, 'iam:ListUsers', undefined],
  ['GetSessionToken without MFA', SESSION_TOKEN, 'iam:ListUsers', 'iam-needs-mfa'],
  ['GetSessionToken without MFA (prefix in capitals)', SESSION_TOKEN, 'IAM:GetUser', 'iam-needs-mfa'],
  ['GetSessionToken without MFA, any IAM action', SESSION_TOKEN, 'iam:CreateAccessKey', 'iam-needs-mfa'],
  ['GetSessionToken without MFA, another service', SESSION_TOKEN, 's3:GetObject', undefined],
  ['GetSessionToken without MFA, STS (operations/caller-restrictions.ts decides)', SESSION_TOKEN, 'sts:GetCallerIdentity', undefined],
  ['GetSessionToken with MFA: policies decide', SESSION_TOKEN_MFA, 'iam:ListUsers', undefined],
  ['GetFederationToken', FEDERATION, 'iam:ListUsers', 'federated-user-no-iam'],
  ['GetFederationToken, even with MFA on the user', { issuedBy: 'GetFederationToken', mfaAuthenticatedAt: 0 }, 'iam:GetUser', 'federated-user-no-iam'],
  ['GetFederationToken, another service', FEDERATION, 's3:GetObject', undefined],
  ['a role session', ROLE, 'iam:ListUsers', undefined],
  ['a SAML role session', { issuedBy: 'AssumeRoleWithSAML' }, 'iam:ListUsers', undefined],
  ['not the iam prefix', SESSION_TOKEN, 'iamx:ListUsers', undefined],
  ['no service prefix', SESSION_TOKEN, 'iam', undefined],
]

describe(credentialRestriction, () => {
  it.each(rows)('%s calling %s → %s', (_label, origin, action, rule) => {
    expect(credentialRestriction(origin, action)?.rule).toBe(rule)
  })

  it.each([
    ['iam-needs-mfa', SESSION_TOKEN, /99designs\/aws-vault#15/],
    ['federated-user-no-iam', FEDERATION, /jantman\/awslimitchecker#139/],
  ])('%s: IAM answers 403 InvalidClientTokenId without STS’s trailing period (aws/aws-cli#8918 shows IAM’s body)', (_rule, origin, source) => {
    const restriction = credentialRestriction(origin, 'iam:ListUsers')
    expect(restriction?.fault).toEqual({ code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid', type: 'Sender', status: 403 })
    expect(restriction?.source).toMatch(source)
    expect(restriction?.why).toMatch(/iam:ListUsers/)
  })
})
