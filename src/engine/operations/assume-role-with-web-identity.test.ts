import { base64url, exportJWK, exportSPKI, generateKeyPair, importJWK, SignJWT, UnsecuredJWT, type CryptoKey, type JWTPayload } from 'jose'
import { describe, expect, it } from 'vitest'
import { probe } from '../authorization/probe.ts'
import { utf8Encode } from '../sessions/base64.ts'
import { OIDC_PRIVATE_JWK } from '../testing/demo-idp-keys.ts'
import { credentialsInBody, credentialsOf, stsTestClient, T0 } from '../testing/sts-test-client.ts'
import { callUnsigned, resultElementNames } from '../testing/unsigned-request.ts'
import { worldChangedBy } from '../testing/test-worlds.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'

// AssumeRoleWithWebIdentity through the wire, unsigned, with ID tokens signed by the demo OIDC
// provider's published key (the model's AssumeRoleWithWebIdentity; texts from
// mozilla-iam/mozilla-aws-cli#127, aws/aws-sdk-js-v3#6225 and envoy's AWS credential-provider tests).
const ACTION = 'AssumeRoleWithWebIdentity'
const WEB_APP_USER = 'arn:aws:iam::111111111111:role/WebAppUser'
const PROVIDER_ARN = 'arn:aws:iam::111111111111:oidc-provider/oidc.example.com'
const NOW = T0 / 1000
const KEY_MESSAGE = "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"

const demoKey = importJWK(OIDC_PRIVATE_JWK, 'RS256') as Promise<CryptoKey>

function claims(overrides: Record<string, unknown> = {}): JWTPayload {
  const base: Record<string, unknown> = { iss: 'https://oidc.example.com', sub: 'user-42', aud: 'playground-web', iat: NOW, exp: NOW + 3600 }
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete base[name]
    else base[name] = value
  }
  return base
}

async function idToken(overrides: Record<string, unknown> = {}, options: { key?: CryptoKey | Uint8Array; alg?: string; kid?: string } = {}): Promise<string> {
  return new SignJWT(claims(overrides)).setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? 'playground-demo-oidc-1', typ: 'JWT' }).sign(options.key ?? (await demoKey))
}

async function assume(token: string, parameters: Record<string, string | number> = {}, world: World = demoWorld, host?: string) {
  const sts = stsTestClient(world)
  const r = await callUnsigned(sts.engine, ACTION, { RoleArn: WEB_APP_USER, RoleSessionName: 'web-session', WebIdentityToken: token, ...parameters }, host)
  return { r, sts }
}

describe('AssumeRoleWithWebIdentity: a valid ID token from the demo OIDC provider', () => {
  it('facts 70, 71: unsigned, 200, with the result elements in the order AWS sends them', async () => {
    const { r } = await assume(await idToken())
    expect(r.status, r.body).toBe(200)
    expect(resultElementNames(r.body, ACTION)).toEqual(['Audience', 'AssumedRoleUser', 'Provider', 'Credentials', 'SubjectFromWebIdentityToken'])
    expect(r.text('Audience')).toBe('playground-web')
    expect(r.text('Provider')).toBe(PROVIDER_ARN)
    expect(r.text('SubjectFromWebIdentityToken')).toBe('user-42')
    expect(r.text('Arn')).toBe('arn:aws:sts::111111111111:assumed-role/WebAppUser/web-session')
    expect(r.text('AssumedRoleId')).toBe('AROARTXV5AHDSWEBAPPUS:web-session')
    expect(r.text('AccessKeyId')).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(r.text('Expiration')).toBe('2026-01-01T01:00:00Z')
    expect(r.issued).toEqual({ ...credentialsInBody(r), arn: 'arn:aws:sts::111111111111:assumed-role/WebAppUser/web-session', account: '111111111111' })
    // Fact 37: no policy and no tags, no PackedPolicySize; no source identity, no SourceIdentity.
    expect(r.body).not.toContain('<PackedPolicySize>')
    expect(r.body).not.toContain('<SourceIdentity>')
    expect(r.checks.find((c) => c.id === 'auth.present')?.outcome).toBe('skip')
  })

  it('fact 38: the credentials are a role session of WebAppUser in the role’s account', async () => {
    const { r, sts } = await assume(await idToken())
    const who = await sts.call(credentialsOf(r), 'GetCallerIdentity')
    expect(who.status, who.body).toBe(200)
    expect(who.text('Arn')).toBe('arn:aws:sts::111111111111:assumed-role/WebAppUser/web-session')
    expect(who.text('UserId')).toBe('AROARTXV5AHDSWEBAPPUS:web-session')
    expect(who.text('Account')).toBe('111111111111')
  })

  it('aud may be an array: the client id among them is the Audience', async () => {
    const { r } = await assume(await idToken({ aud: ['another-app', 'playground-web'] }))
    expect(r.status, r.body).toBe(200)
    expect(r.text('Audience')).toBe('playground-web')
  })

  it('DurationSeconds within the role maximum sets Expiration; a session policy brings PackedPolicySize', async () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] })
    const { r } = await assume(await idToken(), { DurationSeconds: 900, Policy: policy })
    expect(r.status, r.body).toBe(200)
    expect(r.text('Expiration')).toBe('2026-01-01T00:15:00Z')
    expect(r.text('PackedPolicySize')).toMatch(/^\d+$/)
  })

  it('IAM accepts a token up to five minutes past its exp (clock skew)', async () => {
    const { r } = await assume(await idToken({ iat: NOW - 3900, exp: NOW - 300 }))
    expect(r.status, r.body).toBe(200)
  })
})

describe('AssumeRoleWithWebIdentity: the token', () => {
  it('a WebIdentityToken that is not a JWT: InvalidIdentityToken', async () => {
    for (const token of ['not-a-jwt', 'Atza|IQEBLjAsAhRFiXuWpUXuRvQ9PZL3GMFcYevydwIUFAHZwXZXXXXXXXXJnrulxKDHwy87', 'a.b.c']) {
      const { r } = await assume(token)
      expect(r.status).toBe(400)
      expect(r.code).toBe('InvalidIdentityToken')
      expect(r.message).toBe('The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)')
    }
  })

  it.each([
    [1000, 200, undefined],
    [1001, 400, 'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)'],
  ])('a claim nested %d levels deep (1,000 is the JSON depth limit): %d', async (depth, status, message) => {
    // Signed with the provider's key: only the nesting can be wrong. The claim is `[[…]]` one level
    // less deep than `depth`, inside the claims object.
    const { r } = await assume(await idToken({ nested: JSON.parse('['.repeat(depth - 1) + ']'.repeat(depth - 1)) }))
    expect(r.status, r.body).toBe(status)
    if (message === undefined) return
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toBe(message)
    expect(r.checks.find((c) => c.id === 'web-identity.token.format')?.detail).toContain('more than 1,000 levels deep')
  })

  it('fact 66: an iss with no IAM OIDC provider in the role’s account', async () => {
    const { r } = await assume(await idToken({ iss: 'https://auth.example.com/' }))
    expect(r.status).toBe(400)
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toBe('No OpenIDConnect provider found in your account for https://auth.example.com/')
  })

  it('fact 66: the issuer must match the provider URL exactly (a trailing slash is another issuer)', async () => {
    const { r } = await assume(await idToken({ iss: 'https://oidc.example.com/' }))
    expect(r.message).toBe('No OpenIDConnect provider found in your account for https://oidc.example.com/')
  })

  it('fact 66: providers of other accounts do not count', async () => {
    const world = worldChangedBy((w) => {
      const [provider] = w.oidcProviders
      if (provider) provider.account = '222222222222'
    })
    const { r } = await assume(await idToken(), {}, world)
    expect(r.message).toBe('No OpenIDConnect provider found in your account for https://oidc.example.com')
  })

  it('fact 67: an aud that is not a client id of the provider', async () => {
    const { r } = await assume(await idToken({ aud: 'another-app' }))
    expect(r.status).toBe(400)
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toBe('Incorrect token audience')
    const none = await assume(await idToken({ aud: undefined }))
    expect(none.r.message).toBe('Incorrect token audience')
  })

  it('a token signed by another key, even with the provider’s kid, is refused', async () => {
    const other = await generateKeyPair('RS256')
    const { r } = await assume(await idToken({}, { key: other.privateKey }))
    expect(r.status).toBe(400)
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toBe(KEY_MESSAGE)
    expect(r.checks.find((c) => c.id === 'web-identity.token.signature')?.outcome).toBe('fail')
  })

  it('a kid that is not in the provider’s JWKS is refused', async () => {
    const { r } = await assume(await idToken({}, { kid: 'someone-elses-key' }))
    expect(r.message).toBe(KEY_MESSAGE)
  })

  it('an altered claims set no longer verifies', async () => {
    const [header, , signature] = (await idToken()).split('.')
    const forged = base64url.encode(JSON.stringify(claims({ sub: 'admin' })))
    const { r } = await assume(`${header}.${forged}.${signature}`)
    expect(r.message).toBe(KEY_MESSAGE)
  })

  it('HS256 "signed" with the provider’s public key as the secret is refused (algorithm confusion)', async () => {
    const publicKey = await importJWK({ kty: 'RSA', n: OIDC_PRIVATE_JWK.n, e: OIDC_PRIVATE_JWK.e }, 'RS256', { extractable: true })
    const secret = utf8Encode(await exportSPKI(publicKey as CryptoKey))
    const { r } = await assume(await idToken({}, { key: secret, alg: 'HS256' }))
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toBe(KEY_MESSAGE)
    expect(r.decidedBy).toBe('web-identity.token.signature')
  })

  it('an unsecured token (alg none) is refused', async () => {
    const token = new UnsecuredJWT(claims()).encode()
    const { r } = await assume(token)
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toBe(KEY_MESSAGE)
    expect(r.decidedBy).toBe('web-identity.token.signature')
  })

  it('an ES256 token verifies when the provider publishes its key', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true })
    const jwk = await exportJWK(pair.publicKey)
    const world = worldChangedBy((w) => w.oidcProviders[0]?.jwks.keys.push({ ...jwk, kid: 'ec-key', alg: 'ES256', use: 'sig' }))
    const { r } = await assume(await idToken({}, { key: pair.privateKey, alg: 'ES256', kid: 'ec-key' }), {}, world)
    expect(r.status, r.body).toBe(200)
  })

  it('fact 68: an expired token (past the five-minute leeway): ExpiredTokenException with both epoch times', async () => {
    const exp = NOW - 301
    const { r } = await assume(await idToken({ iat: exp - 3600, exp }))
    expect(r.status).toBe(400)
    expect(r.code).toBe('ExpiredTokenException')
    expect(r.message).toBe(`Token expired: current date/time ${NOW} must be before the expiration date/time ${exp}`)
  })

  it('exp is required and time claims must be integers', async () => {
    for (const overrides of [{ exp: undefined }, { exp: NOW + 3600.5 }, { iat: 'yesterday' }]) {
      const { r } = await assume(await idToken(overrides))
      expect(r.status, JSON.stringify(overrides)).toBe(400)
      expect(r.code).toBe('InvalidIdentityToken')
    }
  })

  it('a token not valid yet (nbf in the future) is refused', async () => {
    const { r } = await assume(await idToken({ nbf: NOW + 3600, exp: NOW + 7200 }))
    expect(r.code).toBe('InvalidIdentityToken')
  })

  it('a token without sub is refused', async () => {
    const { r } = await assume(await idToken({ sub: undefined }))
    expect(r.code).toBe('InvalidIdentityToken')
  })
})

describe('AssumeRoleWithWebIdentity: the trust policy', () => {
  it('fact 69: a role whose trust policy does not name the provider: 403 Not authorized', async () => {
    const sts = stsTestClient()
    const r = await callUnsigned(sts.engine, ACTION, { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 's', WebIdentityToken: await idToken() })
    // RoleSessionName "s" is too short: model validation first.
    expect(r.code).toBe('ValidationError')
    const denied = await callUnsigned(sts.engine, ACTION, { RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'web-session', WebIdentityToken: await idToken() })
    expect(denied.status).toBe(403)
    expect(denied.code).toBe('AccessDenied')
    expect(denied.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity')
    // Dev's only statement names account 111111111111, not the provider, and allows sts:AssumeRole only: no Allow comes close.
    const failing = denied.checks[denied.decidingIndex ?? -1]
    expect(failing?.id).toBe('web-identity.authorize.sts:AssumeRoleWithWebIdentity')
    expect(failing?.denial).toEqual({ layer: 'resource', reason: 'no-allow', policy: 'trust policy of Dev' })
  })

  it('fact 69: a role that does not exist gets the same answer', async () => {
    const sts = stsTestClient()
    const r = await callUnsigned(sts.engine, ACTION, { RoleArn: 'arn:aws:iam::111111111111:role/NoSuchRole', RoleSessionName: 'web-session', WebIdentityToken: await idToken() })
    expect(r.status).toBe(403)
    expect(r.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity')
  })

  it('the trust policy sees <host>:sub: a condition on the subject admits only that user', async () => {
    const world = worldChangedBy((w) => {
      const role = w.roles.find((x) => x.name === 'WebAppUser')
      if (role) (role.trustPolicy as { Statement: { Condition: Record<string, Record<string, string>> }[] }).Statement[0]!.Condition.StringEquals!['oidc.example.com:sub'] = 'user-42'
    })
    expect((await assume(await idToken(), {}, world)).r.status).toBe(200)
    const other = await assume(await idToken({ sub: 'user-43' }), {}, world)
    expect(other.r.status).toBe(403)
    expect(other.r.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity')
  })

  it('session tags from the https://aws.amazon.com/tags claim need sts:TagSession (WebAppUser allows it)', async () => {
    const tags = { principal_tags: { Project: ['unicorn'], team: ['web'] }, transitive_tag_keys: ['Project'] }
    const { r } = await assume(await idToken({ 'https://aws.amazon.com/tags': tags }))
    expect(r.status, r.body).toBe(200)
    expect(r.text('PackedPolicySize')).toMatch(/^\d+$/)
    const denied = await assume(
      await idToken({ 'https://aws.amazon.com/tags': tags }),
      {},
      worldChangedBy((w) => {
        const role = w.roles.find((x) => x.name === 'WebAppUser')
        if (role) (role.trustPolicy as { Statement: { Action: string[] }[] }).Statement[0]!.Action = ['sts:AssumeRoleWithWebIdentity']
      }),
    )
    expect(denied.r.status).toBe(403)
    expect(denied.r.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity')
  })

  it('the tags claim follows the tag rules (fact 42: transitive keys must be among the tags)', async () => {
    const { r } = await assume(await idToken({ 'https://aws.amazon.com/tags': { principal_tags: { Project: ['unicorn'] }, transitive_tag_keys: ['Other'] } }))
    expect(r.status).toBe(400)
    expect(r.message).toBe('The specified transitive tag key must be included in the requested tags.')
    const badShape = await assume(await idToken({ 'https://aws.amazon.com/tags': { principal_tags: { Project: 'unicorn' } } }))
    expect(badShape.r.code).toBe('InvalidIdentityToken')
  })

  it('a source identity claim needs sts:SetSourceIdentity, which WebAppUser does not allow', async () => {
    const { r } = await assume(await idToken({ 'https://aws.amazon.com/source_identity': 'alice' }))
    expect(r.status).toBe(403)
    expect(r.checks.find((c) => c.id === 'web-identity.authorize.sts:SetSourceIdentity')?.outcome).toBe('fail')
    const world = worldChangedBy((w) => {
      const role = w.roles.find((x) => x.name === 'WebAppUser')
      if (role) (role.trustPolicy as { Statement: { Action: string[] }[] }).Statement[0]!.Action.push('sts:SetSourceIdentity')
    })
    const allowed = await assume(await idToken({ 'https://aws.amazon.com/source_identity': 'alice' }), {}, world)
    expect(allowed.r.status, allowed.r.body).toBe(200)
    expect(allowed.r.text('SourceIdentity')).toBe('alice')
    expect(resultElementNames(allowed.r.body, ACTION).at(-1)).toBe('SourceIdentity')
    const bad = await assume(await idToken({ 'https://aws.amazon.com/source_identity': 'aws:me' }), {}, world)
    expect(bad.r.code).toBe('InvalidIdentityToken')
    expect(bad.r.message).toBe('Source Identity must match [a-zA-Z_0-9+=,.@-]{2,64} and not begin with "aws:"')
  })
})

// IAM User Guide, "Monitor and control actions taken with assumed roles": a source identity from
// the token persists into chained sessions, and each chained AssumeRole needs sts:SetSourceIdentity
// in the session's permissions and the next role's trust policy (MaterializeInc/materialize#37427).
describe('AssumeRoleWithWebIdentity: a session with a source identity chaining on (IAM User Guide, "Monitor and control actions taken with assumed roles")', () => {
  const DEV = 'arn:aws:iam::111111111111:role/Dev'
  const BATCH = 'arn:aws:iam::111111111111:role/Batch'
  it.each([
    { name: 'into Dev, whose trust allows sts:SetSourceIdentity, with the session allowing it: 200, the same SourceIdentity', target: DEV, sessionMaySet: true, status: 200 },
    { name: 'into Batch, whose trust lacks sts:SetSourceIdentity: AccessDenied', target: BATCH, sessionMaySet: true, status: 403 },
    { name: 'into Dev when the WebAppUser session lacks sts:SetSourceIdentity: AccessDenied', target: DEV, sessionMaySet: false, status: 403 },
  ])('$name', async ({ target, sessionMaySet, status }) => {
    const world = worldChangedBy((w) => {
      const role = w.roles.find((x) => x.name === 'WebAppUser')
      if (!role) return
      ;(role.trustPolicy as { Statement: { Action: string[] }[] }).Statement[0]!.Action.push('sts:SetSourceIdentity')
      role.policies.push({ name: 'Chain', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: sessionMaySet ? ['sts:AssumeRole', 'sts:SetSourceIdentity'] : ['sts:AssumeRole'], Resource: '*' }] } })
    })
    const { r, sts } = await assume(await idToken({ 'https://aws.amazon.com/source_identity': 'alice' }), {}, world)
    expect(r.status, r.body).toBe(200)
    const chained = await sts.call(credentialsOf(r), 'AssumeRole', { RoleArn: target, RoleSessionName: 'chain' })
    if (status === 200) {
      expect([chained.status, chained.text('SourceIdentity')]).toEqual([200, 'alice'])
    } else {
      expect([chained.status, chained.code, chained.message, chained.decidedBy]).toEqual([
        403,
        'AccessDenied',
        `User: arn:aws:sts::111111111111:assumed-role/WebAppUser/web-session is not authorized to perform: sts:SetSourceIdentity on resource: ${target}`,
        'assume.authorize.sts:SetSourceIdentity',
      ])
    }
  })
})

describe('AssumeRoleWithWebIdentity: request checks', () => {
  it('fact 28: DurationSeconds over the role’s MaxSessionDuration (WebAppUser: 3600)', async () => {
    const { r } = await assume(await idToken(), { DurationSeconds: 3601 })
    expect(r.status).toBe(400)
    expect(r.code).toBe('ValidationError')
    expect(r.message).toBe('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')
  })

  it('fact 24: DurationSeconds over 43200 fails model validation first', async () => {
    const { r } = await assume('garbage', { DurationSeconds: 43201 })
    expect(r.code).toBe('ValidationError')
    expect(r.message).toBe("1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200")
  })

  it('RoleArn that is not an ARN: "<value> is invalid"', async () => {
    const { r } = await assume(await idToken(), { RoleArn: 'xxxxxxxxxxxxxxxxxxxx' })
    expect(r.message).toBe('xxxxxxxxxxxxxxxxxxxx is invalid')
  })

  it('fact 86: a session policy that is not JSON: MalformedPolicyDocument', async () => {
    const { r } = await assume(await idToken(), { Policy: '{"Version":' })
    expect(r.code).toBe('MalformedPolicyDocument')
  })

  it('with ProviderId the token is an OAuth 2.0 access token, not an ID token: a valid ID token is what Login with Amazon rejects (assume-role-with-web-identity-oauth2.test.ts)', async () => {
    const { r } = await assume(await idToken(), { ProviderId: 'www.amazon.com' })
    expect([r.status, r.code, r.message]).toEqual([403, 'IDPRejectedClaim', 'www.amazon.com: www.amazon.com responded with HTTP/1.1 400 Bad Request'])
  })

  it('fact 83: STS not active in the region for the role’s account', async () => {
    const { r } = await assume(await idToken(), {}, demoWorld, 'sts.eu-south-1.amazonaws.com')
    expect(r.status).toBe(403)
    expect(r.code).toBe('RegionDisabledException')
  })
})

describe('the web identity session afterwards', () => {
  it('carries oidc.example.com:sub into later requests: the demo WebAppUser policy allows only the caller’s own prefix', async () => {
    const { r, sts } = await assume(await idToken({ sub: 'user-42' }))
    expect(r.status, r.body).toBe(200)
    const creds = credentialsOf(r)
    const own = probe(sts.engine, { ...creds, action: 's3:PutObject', resource: 'arn:aws:s3:::user-uploads/user-42/photo.png' }, T0)
    const other = probe(sts.engine, { ...creds, action: 's3:PutObject', resource: 'arn:aws:s3:::user-uploads/user-7/photo.png' }, T0)
    expect(own.ok && own.decision.result).toBe('Allow')
    expect(other.ok && [other.decision.result, other.decision.layer]).toEqual(['ImplicitDeny', 'identity'])
  })
})

describe('AssumeRoleWithWebIdentity: the provider’s keys cannot be fetched (keysUnreachable)', () => {
  const unreachable = worldChangedBy((w) => {
    const [provider] = w.oidcProviders
    if (provider) provider.keysUnreachable = true
  })

  // What real STS answers when it cannot fetch the discovery document or the JWKS: InvalidIdentityToken
  // "Couldn't retrieve verification key …", not IDPCommunicationError. AWS Knowledge Center, "How can I
  // resolve the AWS STS AssumeRoleWithWebIdentity API call error InvalidIdentityToken?" (.well-known
  // URL or jwks_uri inaccessible, a firewall, an IdP slower than 5 s); openshift/cloud-credential-operator#468
  // (an unreachable discovery document, quoted with the code); aws-actions/configure-aws-credentials#299
  // (GitHub's OIDC endpoint timing out). IDPCommunicationError is for OAuth 2.0 providers STS asks to
  // verify a token (the model's description), which the playground does not simulate.
  it('a token the provider really signed: 400 InvalidIdentityToken "Couldn’t retrieve verification key …", and the Why says the keys could not be fetched', async () => {
    const { r } = await assume(await idToken(), {}, unreachable)
    expect(r.status).toBe(400)
    expect(r.code).toBe('InvalidIdentityToken')
    expect(r.message).toBe(KEY_MESSAGE)
    expect(r.body).toContain('<Type>Sender</Type>')
    expect(r.decidedBy).toBe('web-identity.token.keys')
    const check = r.checks.find((c) => c.id === 'web-identity.token.keys')
    expect(check?.outcome).toBe('fail')
    expect(check?.detail).toContain('could not fetch the keys of https://oidc.example.com')
    expect(r.checks.some((c) => c.id === 'web-identity.token.signature')).toBe(false)
  })

  it('the issuer and audience are still checked first (no provider, wrong audience answer as before)', async () => {
    expect((await assume(await idToken({ iss: 'https://auth.example.com/' }), {}, unreachable)).r.message).toBe('No OpenIDConnect provider found in your account for https://auth.example.com/')
    expect((await assume(await idToken({ aud: 'another-app' }), {}, unreachable)).r.message).toBe('Incorrect token audience')
  })

  it('reachable keys are a passing check of their own; keysUnreachable: false is the same as absent', async () => {
    const reachable = worldChangedBy((w) => {
      const [provider] = w.oidcProviders
      if (provider) provider.keysUnreachable = false
    })
    const { r } = await assume(await idToken(), {}, reachable)
    expect(r.status, r.body).toBe(200)
    expect(r.checks.find((c) => c.id === 'web-identity.token.keys')?.outcome).toBe('pass')
  })
})

describe('AssumeRoleWithWebIdentity: more of the token rules (the model’s WebIdentityToken documentation; IAM User Guide: Available keys for OIDC federation)', () => {
  it('only RS256/384/512 and ES256/384/512 (the model’s WebIdentityToken documentation): PS256 and EdDSA are refused even with the key in the JWKS', async () => {
    for (const alg of ['PS256', 'EdDSA'] as const) {
      const pair = await generateKeyPair(alg, { extractable: true })
      const jwk = await exportJWK(pair.publicKey)
      const world = worldChangedBy((w) => w.oidcProviders[0]?.jwks.keys.push({ ...jwk, kid: `k-${alg}`, alg, use: 'sig' }))
      const { r } = await assume(await idToken({}, { key: pair.privateKey, alg, kid: `k-${alg}` }), {}, world)
      expect(r.code, alg).toBe('InvalidIdentityToken')
      expect(r.message).toBe(KEY_MESSAGE)
      expect(r.checks.find((c) => c.id === 'web-identity.token.signature')?.detail).toContain('algorithm')
    }
  })

  it('RS512 with the provider’s key verifies', async () => {
    const rs512 = (await importJWK(OIDC_PRIVATE_JWK, 'RS512')) as CryptoKey
    const world = worldChangedBy((w) => {
      const key = w.oidcProviders[0]?.jwks.keys[0]
      if (key) delete key.alg
    })
    const { r } = await assume(await idToken({}, { key: rs512, alg: 'RS512' }), {}, world)
    expect(r.status, r.body).toBe(200)
  })

  it('the signature is checked with the key the kid names: a token signed by the demo key but naming another published kid is refused', async () => {
    const pair = await generateKeyPair('RS256', { extractable: true })
    const jwk = await exportJWK(pair.publicKey)
    const rotated = worldChangedBy((w) => w.oidcProviders[0]?.jwks.keys.push({ ...jwk, kid: 'rotated', alg: 'RS256', use: 'sig' }))
    expect((await assume(await idToken({}, { kid: 'rotated' }), {}, rotated)).r.message).toBe(KEY_MESSAGE)
    expect((await assume(await idToken({}, { key: pair.privateKey, kid: 'rotated' }), {}, rotated)).r.status).toBe(200)
  })

  it('a token with three parts but a signature swapped in from another token is refused', async () => {
    const [header, payload] = (await idToken({ sub: 'admin' })).split('.')
    const [, , signature] = (await idToken()).split('.')
    expect((await assume(`${header}.${payload}.${signature}`)).r.message).toBe(KEY_MESSAGE)
  })

  it('azp names the client id when aud does not (IAM User Guide, "Available keys for OIDC federation": Google puts it there): Audience is the azp', async () => {
    const { r } = await assume(await idToken({ aud: '123-web.apps.example.com', azp: 'playground-web' }))
    expect(r.status, r.body).toBe(200)
    expect(r.text('Audience')).toBe('playground-web')
    expect((await assume(await idToken({ aud: 'other', azp: 'also-other' }))).r.message).toBe('Incorrect token audience')
  })

  it('an iat in the future (past the five-minute skew) is refused; within it, accepted', async () => {
    expect((await assume(await idToken({ iat: NOW + 3600, exp: NOW + 7200 }))).r.code).toBe('InvalidIdentityToken')
    expect((await assume(await idToken({ iat: NOW + 120, exp: NOW + 3600 }))).r.status).toBe(200)
  })

  it('nbf and iat must be integers too', async () => {
    for (const overrides of [{ nbf: NOW - 1.5 }, { nbf: 'now' }, { iat: NOW + 0.25 }]) {
      const { r } = await assume(await idToken(overrides))
      expect(r.code, JSON.stringify(overrides)).toBe('InvalidIdentityToken')
      expect(r.decidedBy).toBe('web-identity.token.lifetime')
    }
  })

  it('fact 68: exp exactly five minutes ago is still accepted; one second more is ExpiredTokenException', async () => {
    expect((await assume(await idToken({ iat: NOW - 3600, exp: NOW - 300 }))).r.status).toBe(200)
    const { r } = await assume(await idToken({ iat: NOW - 3600, exp: NOW - 301 }))
    expect(r.code).toBe('ExpiredTokenException')
  })

  it('a sub that is not a string, or empty, is refused', async () => {
    for (const sub of [42, '', ['user-42']]) {
      const { r } = await assume(await idToken({ sub }))
      expect(r.code, JSON.stringify(sub)).toBe('InvalidIdentityToken')
    }
  })

  it('a tags claim with a reserved aws: key, or over 50 tags, is refused', async () => {
    const reserved = await assume(await idToken({ 'https://aws.amazon.com/tags': { principal_tags: { 'aws:team': ['x'] } } }))
    expect(reserved.r.code).toBe('InvalidIdentityToken')
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, ['v']]))
    const tooMany = await assume(await idToken({ 'https://aws.amazon.com/tags': { principal_tags: many } }))
    expect(tooMany.r.code).toBe('InvalidIdentityToken')
    expect(tooMany.r.checks.find((c) => c.id === 'web-identity.token.tags')?.detail).toContain('51 session tags')
  })
})

describe('AssumeRoleWithWebIdentity: the provider’s keys in the trust policy (oidc.example.com:aud, :sub, :amr)', () => {
  /** WebAppUser with its condition block replaced; the provider also knows client id `second-app`. */
  function webAppUserWith(condition: Record<string, Record<string, string | string[]>>): World {
    return worldChangedBy((w) => {
      w.oidcProviders[0]?.clientIds.push('second-app')
      const role = w.roles.find((x) => x.name === 'WebAppUser')
      const statement = (role?.trustPolicy as { Statement: { Condition: unknown }[] } | undefined)?.Statement[0]
      if (statement) statement.Condition = condition
    })
  }

  it('oidc.example.com:aud is the matched client id: a token for another client id of the provider passes the audience check but not the trust policy', async () => {
    const world = webAppUserWith({ StringEquals: { 'oidc.example.com:aud': 'playground-web' } })
    expect((await assume(await idToken(), {}, world)).r.status).toBe(200)
    const { r } = await assume(await idToken({ aud: 'second-app' }), {}, world)
    expect(r.status).toBe(403)
    expect(r.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity')
    expect(r.checks.find((c) => c.id === 'web-identity.token.audience')?.outcome).toBe('pass')
  })

  it('oidc.example.com:amr is the token’s amr claim, multi-valued (ForAnyValue), as cognito-identity.amazonaws.com:amr is', async () => {
    const world = webAppUserWith({ 'ForAnyValue:StringEquals': { 'oidc.example.com:amr': 'mfa' } })
    expect((await assume(await idToken({ amr: ['pwd', 'mfa'] }), {}, world)).r.status).toBe(200)
    expect((await assume(await idToken({ amr: 'mfa' }), {}, world)).r.status).toBe(200)
    expect((await assume(await idToken({ amr: ['pwd'] }), {}, world)).r.status).toBe(403)
    expect((await assume(await idToken(), {}, world)).r.status).toBe(403)
  })

  it('keys are matched case-insensitively and StringLike works on :sub (the usual GitHub-style "repo:org/*" condition)', async () => {
    const world = webAppUserWith({ StringLike: { 'OIDC.example.com:SUB': 'repo:example/*' } })
    expect((await assume(await idToken({ sub: 'repo:example/app:ref:refs/heads/main' }), {}, world)).r.status).toBe(200)
    expect((await assume(await idToken({ sub: 'repo:evil/app:ref:refs/heads/main' }), {}, world)).r.status).toBe(403)
  })

  it('a trust policy for another provider’s keys does not match this provider (the keys are prefixed with the provider’s host)', async () => {
    const world = webAppUserWith({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'playground-web' } })
    expect((await assume(await idToken(), {}, world)).r.status).toBe(403)
  })
})

describe('AssumeRoleWithWebIdentity: PolicyArns (managed session policies; AWS STS API Reference, PolicyArns)', () => {
  it('an AWS managed policy: 200, with PackedPolicySize counting the ARN', async () => {
    const { r } = await assume(await idToken(), { 'PolicyArns.member.1.arn': 'arn:aws:iam::aws:policy/ReadOnlyAccess' })
    expect(r.status, r.body).toBe(200)
    expect(Number(r.text('PackedPolicySize'))).toBeGreaterThan(0)
  }, 60_000) // the first use loads the built-in AWS managed policies (3 MB of JSON)

  it('an ARN the world does not have: NoSuchEntity', async () => {
    const { r } = await assume(await idToken(), { 'PolicyArns.member.1.arn': 'arn:aws:iam::111111111111:policy/Missing' })
    expect([r.status, r.code, r.message]).toEqual([404, 'NoSuchEntity', 'Policy arn:aws:iam::111111111111:policy/Missing does not exist or is not attachable.'])
  })
})
