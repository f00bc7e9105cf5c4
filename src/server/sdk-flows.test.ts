import {
  AssumeRoleCommand,
  GetCallerIdentityCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
  MalformedPolicyDocumentException,
  PackedPolicyTooLargeException,
  RegionDisabledException,
  STSClient,
  STSServiceException,
  type AssumeRoleCommandInput,
  type AssumeRoleCommandOutput,
  type Credentials,
} from '@aws-sdk/client-sts'
import { Secret, TOTP } from 'otpauth'
import { describe, expect, it } from 'vitest'
import { serveStsForFile } from './testing/start-serve-sts.ts'
import { ALICE, BOB, ROOT_WORKLOAD, VENDOR_BOT, type TestCredentials } from '../engine/testing/sign-request.ts'

// The main STS flows through `npm run serve:sts` with the real @aws-sdk/client-sts: one server for
// the file, real time (the endpoint uses the wall clock), every call a real signed HTTP request.
// The demo world is src/engine/world/demo-world.json.

type Keys = TestCredentials

const DEV = 'arn:aws:iam::111111111111:role/Dev'
const BATCH = 'arn:aws:iam::111111111111:role/Batch'
const ADMIN = 'arn:aws:iam::111111111111:role/Admin'
const READ_ONLY = 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly'
const VENDOR_AUDIT = 'arn:aws:iam::111111111111:role/VendorAudit'
const CROSS = 'arn:aws:iam::222222222222:role/CrossAccountDeploy'
const ALICE_ARN = 'arn:aws:iam::111111111111:user/alice'
const ALICE_MFA = 'arn:aws:iam::111111111111:mfa/alice'
const ALICE_SEED = 'RAFD6G4ON3LY36ALERZZDW2DP2F6HUCB'

const served = serveStsForFile()

/** Where and how a client calls: another server of this file, another region, another claimed Host. */
interface ClientOptions {
  endpoint?: string
  region?: string
  host?: string
}

/** An SDK client for the local endpoint; `host` makes the request claim another Host (signed as such). */
function sts(credentials: Keys, options: ClientOptions = {}): STSClient {
  const client = new STSClient({ endpoint: options.endpoint ?? served.endpoint, region: options.region ?? 'us-east-1', credentials, maxAttempts: 1 })
  const host = options.host
  if (host !== undefined) {
    // Before the signer and the SDK's own Host middleware, which keeps a Host that is already set.
    client.middlewareStack.add(
      (next) => (args) => {
        const request = args.request as { headers?: Record<string, string> }
        if (request.headers) request.headers.host = host
        return next(args)
      },
      { step: 'build', priority: 'high', name: 'claimHost' },
    )
  }
  return client
}

/** The code alice's authenticator shows now, computed independently of the engine (to make a wrong one from). */
function aliceCodeNow(): string {
  return new TOTP({ secret: Secret.fromBase32(ALICE_SEED), algorithm: 'SHA1', digits: 6, period: 30 }).generate()
}

/** Per server, the 30-second steps whose codes a test has used. */
const usedSteps = new Map<string, Set<number>>()

/**
 * A code of alice's device that this server has not seen yet: STS accepts each code once, and the
 * code of the current step or of the one before, so a server takes two MFA calls per step. The
 * MFA tests get a server of their own, leaving two for the GetSessionToken tests on the file's.
 */
function aliceMfaCode(endpoint: string = served.endpoint): string {
  const used = usedSteps.get(endpoint) ?? new Set<number>()
  usedSteps.set(endpoint, used)
  const current = Math.floor(Date.now() / 30_000)
  const step = [current, current - 1].find((candidate) => !used.has(candidate))
  if (step === undefined) throw new Error(`more than two MFA calls to ${endpoint} in one 30-second step`)
  used.add(step)
  return new TOTP({ secret: Secret.fromBase32(ALICE_SEED), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: step * 30_000 })
}

function credentialsOf(out: { Credentials?: Credentials | undefined }): Keys {
  const c = out.Credentials
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) throw new Error(`no credentials in ${JSON.stringify(out)}`)
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken }
}

async function assumeRole(credentials: Keys, input: AssumeRoleCommandInput, options: ClientOptions = {}): Promise<AssumeRoleCommandOutput> {
  return sts(credentials, options).send(new AssumeRoleCommand(input))
}

async function whoAmI(credentials: Keys, options: ClientOptions = {}) {
  const out = await sts(credentials, options).send(new GetCallerIdentityCommand({}))
  return { Arn: out.Arn, UserId: out.UserId, Account: out.Account }
}

/** The rejection of a promise, as the SDK raised it (fails the test if the call succeeded). */
async function failure(promise: Promise<unknown>): Promise<STSServiceException> {
  const outcome = await promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  )
  if (outcome.ok) throw new Error(`expected an error, got ${JSON.stringify(outcome.value)}`)
  expect(outcome.error).toBeInstanceOf(STSServiceException)
  return outcome.error as STSServiceException
}

function summary(error: STSServiceException) {
  return { name: error.name, status: error.$metadata.httpStatusCode, fault: error.$fault, message: error.message }
}

describe('role chaining', () => {
  it('alice → Dev → Batch: 3600 s is allowed, 3601 s is the chaining ValidationError; GetCallerIdentity at each hop', async () => {
    expect(await whoAmI(ALICE)).toEqual({ Arn: ALICE_ARN, UserId: 'AIDARTXV5AHDSALICE7QZ', Account: '111111111111' })

    const before = Date.now()
    const dev = await assumeRole(ALICE, { RoleArn: DEV, RoleSessionName: 'alice-dev' })
    expect(dev.$metadata.httpStatusCode).toBe(200)
    expect(dev.AssumedRoleUser).toEqual({ AssumedRoleId: 'AROARTXV5AHDSDEV2ROLE:alice-dev', Arn: 'arn:aws:sts::111111111111:assumed-role/Dev/alice-dev' })
    expect(dev.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(dev.Credentials?.SecretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/)
    // The SDK parses Expiration into a Date: the default duration is one hour (whole seconds).
    const expiresIn = (dev.Credentials?.Expiration?.getTime() ?? 0) - before
    expect(expiresIn).toBeGreaterThan(3_598_000)
    expect(expiresIn).toBeLessThanOrEqual(3_601_000)
    expect(dev.PackedPolicySize).toBeUndefined()
    expect(dev.SourceIdentity).toBeUndefined()
    const devKeys = credentialsOf(dev)
    expect(await whoAmI(devKeys)).toEqual({ Arn: 'arn:aws:sts::111111111111:assumed-role/Dev/alice-dev', UserId: 'AROARTXV5AHDSDEV2ROLE:alice-dev', Account: '111111111111' })

    const batch = await assumeRole(devKeys, { RoleArn: BATCH, RoleSessionName: 'chained', DurationSeconds: 3600 })
    expect(batch.$metadata.httpStatusCode).toBe(200)
    expect(batch.AssumedRoleUser?.Arn).toBe('arn:aws:sts::111111111111:assumed-role/Batch/chained')
    expect(await whoAmI(credentialsOf(batch))).toEqual({ Arn: 'arn:aws:sts::111111111111:assumed-role/Batch/chained', UserId: 'AROARTXV5AHDSBATCH3RL:chained', Account: '111111111111' })

    const over = await failure(assumeRole(devKeys, { RoleArn: BATCH, RoleSessionName: 'chained', DurationSeconds: 3601 }))
    expect(summary(over)).toEqual({ name: 'ValidationError', status: 400, fault: 'client', message: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.' })
  })

  it('alice assumes Batch directly for 43200 s (no chaining limit for an IAM user)', async () => {
    const out = await assumeRole(ALICE, { RoleArn: BATCH, RoleSessionName: 'long', DurationSeconds: 43200 })
    expect((out.Credentials?.Expiration?.getTime() ?? 0) - Date.now()).toBeGreaterThan(43_190_000)
  })
})

describe('cross-account', () => {
  it('alice → CrossAccountDeploy in 222222222222: the session belongs to the role’s account', async () => {
    const out = await assumeRole(ALICE, { RoleArn: CROSS, RoleSessionName: 'deploy' })
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::222222222222:assumed-role/CrossAccountDeploy/deploy')
    const me = await whoAmI(credentialsOf(out))
    expect(me.Account).toBe('222222222222')
    expect(me.Arn).toBe('arn:aws:sts::222222222222:assumed-role/CrossAccountDeploy/deploy')
  })
})

describe('MFA', () => {
  const own = serveStsForFile()
  it('alice → Admin: AccessDenied without MFA, 200 with her device and the current TOTP code', async () => {
    const at = { endpoint: own.endpoint }
    const without = await failure(assumeRole(ALICE, { RoleArn: ADMIN, RoleSessionName: 'admin' }, at))
    expect(summary(without)).toEqual({ name: 'AccessDenied', status: 403, fault: 'client', message: `User: ${ALICE_ARN} is not authorized to perform: sts:AssumeRole on resource: ${ADMIN}` })

    const withMfa = await assumeRole(ALICE, { RoleArn: ADMIN, RoleSessionName: 'admin', SerialNumber: ALICE_MFA, TokenCode: aliceMfaCode(own.endpoint) }, at)
    expect(withMfa.$metadata.httpStatusCode).toBe(200)
    expect(await whoAmI(credentialsOf(withMfa), at)).toEqual({ Arn: 'arn:aws:sts::111111111111:assumed-role/Admin/admin', UserId: 'AROARTXV5AHDSADMIN4RL:admin', Account: '111111111111' })
  })

  it('a wrong code is refused with AWS’s text', async () => {
    const good = aliceCodeNow()
    const wrong = String((Number(good) + 500_000) % 1_000_000).padStart(6, '0')
    const error = await failure(assumeRole(ALICE, { RoleArn: ADMIN, RoleSessionName: 'admin', SerialNumber: ALICE_MFA, TokenCode: wrong }))
    expect(summary(error)).toEqual({ name: 'AccessDenied', status: 403, fault: 'client', message: 'MultiFactorAuthentication failed with invalid MFA one time pass code. ' })
  })
})

describe('ExternalId', () => {
  it('vendor-bot gets into VendorAudit with 4242-vendor-audit, not with another or no ExternalId', async () => {
    const ok = await assumeRole(VENDOR_BOT, { RoleArn: VENDOR_AUDIT, RoleSessionName: 'audit', ExternalId: '4242-vendor-audit' })
    expect(ok.AssumedRoleUser?.Arn).toBe('arn:aws:sts::111111111111:assumed-role/VendorAudit/audit')
    expect((await whoAmI(credentialsOf(ok))).Account).toBe('111111111111')

    const denied = `User: arn:aws:iam::333333333333:user/vendor-bot is not authorized to perform: sts:AssumeRole on resource: ${VENDOR_AUDIT}`
    for (const input of [
      { RoleArn: VENDOR_AUDIT, RoleSessionName: 'audit', ExternalId: '4242-vendor-audiT' },
      { RoleArn: VENDOR_AUDIT, RoleSessionName: 'audit' },
    ]) {
      expect(summary(await failure(assumeRole(VENDOR_BOT, input)))).toEqual({ name: 'AccessDenied', status: 403, fault: 'client', message: denied })
    }
  })
})

describe('session tags and source identity', () => {
  it('alice → Dev with Tags, TransitiveTagKeys and SourceIdentity; a chained call carries the SourceIdentity, so it needs sts:SetSourceIdentity', async () => {
    const dev = await assumeRole(ALICE, {
      RoleArn: DEV,
      RoleSessionName: 'tagged',
      Tags: [
        { Key: 'project', Value: 'unicorn' },
        { Key: 'cost-center', Value: '' },
      ],
      TransitiveTagKeys: ['Project'],
      SourceIdentity: 'alice@example.com',
    })
    expect(dev.PackedPolicySize).toBeTypeOf('number')
    expect(dev.PackedPolicySize).toBeGreaterThan(0)
    expect(dev.PackedPolicySize).toBeLessThanOrEqual(100)
    expect(dev.SourceIdentity).toBe('alice@example.com')

    const devKeys = credentialsOf(dev)
    // The source identity persists into the chained session, so the hop needs sts:SetSourceIdentity
    // in the Dev session's permissions and in Batch's trust policy, neither of which allows it
    // (IAM User Guide, "Monitor and control actions taken with assumed roles";
    // MaterializeInc/materialize#37427, cargo-lambda/cargo-lambda#724).
    const chained = await failure(assumeRole(devKeys, { RoleArn: BATCH, RoleSessionName: 'chained' }))
    expect(summary(chained)).toEqual({
      name: 'AccessDenied',
      status: 403,
      fault: 'client',
      message: `User: arn:aws:sts::111111111111:assumed-role/Dev/tagged is not authorized to perform: sts:SetSourceIdentity on resource: ${BATCH}`,
    })

    // The transitive tag came along: the chained call may not set it again (fact 45).
    const conflict = await failure(assumeRole(devKeys, { RoleArn: BATCH, RoleSessionName: 'chained', Tags: [{ Key: 'PROJECT', Value: 'other' }] }))
    expect(summary(conflict)).toEqual({
      name: 'InvalidParameterValue',
      status: 400,
      fault: 'client',
      message: "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.",
    })
  })

  it('tag rules through the SDK: a transitive key that is not a tag, and tags on a role whose trust lacks sts:TagSession', async () => {
    const notATag = await failure(assumeRole(ALICE, { RoleArn: DEV, RoleSessionName: 's1', Tags: [{ Key: 'a', Value: 'b' }], TransitiveTagKeys: ['c'] }))
    expect(summary(notATag)).toEqual({ name: 'InvalidParameterValue', status: 400, fault: 'client', message: 'The specified transitive tag key must be included in the requested tags.' })
    const noTagSession = await failure(assumeRole(ALICE, { RoleArn: READ_ONLY, RoleSessionName: 's1', Tags: [{ Key: 'a', Value: 'b' }] }))
    expect(summary(noTagSession)).toEqual({ name: 'AccessDenied', status: 403, fault: 'client', message: `User: ${ALICE_ARN} is not authorized to perform: sts:TagSession on resource: ${READ_ONLY}` })
  })
})

describe('errors as the SDK raises them', () => {
  // The SDK picks a typed exception by the wire <Code> of the modeled errors (MalformedPolicyDocument,
  // PackedPolicyTooLarge, RegionDisabledException, ExpiredTokenException, ...); for any other code it
  // raises STSServiceException with name = the code.
  it('a session policy that is not JSON: MalformedPolicyDocumentException', async () => {
    const error = await failure(assumeRole(ALICE, { RoleArn: DEV, RoleSessionName: 's1', Policy: '{"Version":"2012-10-17","Statement":[' }))
    expect(error).toBeInstanceOf(MalformedPolicyDocumentException)
    expect(summary(error)).toEqual({ name: 'MalformedPolicyDocumentException', status: 400, fault: 'client', message: 'The policy is not in the valid JSON format.' })
  })

  it('an action-heavy session policy: PackedPolicyTooLargeException', async () => {
    const actions = Array.from({ length: 40 }, (_, i) => `ec2:DescribeSomething${i}`)
    const error = await failure(assumeRole(ALICE, { RoleArn: DEV, RoleSessionName: 's1', Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] }) }))
    expect(error).toBeInstanceOf(PackedPolicyTooLargeException)
    expect(error.name).toBe('PackedPolicyTooLargeException')
    expect(error.message).toMatch(/^Packed policy consumes 1\d\d% of allotted space$/)
  })

  it('a session policy that parses is accepted and reported in PackedPolicySize', async () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }] })
    const out = await assumeRole(ALICE, { RoleArn: DEV, RoleSessionName: 'scoped', Policy: policy })
    expect(out.PackedPolicySize).toBeGreaterThan(0)
  })

  it.each([
    ['RoleSessionName too short (model validation)', { RoleArn: DEV, RoleSessionName: 'a' }, "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2"],
    ['DurationSeconds over the model range', { RoleArn: DEV, RoleSessionName: 's1', DurationSeconds: 43201 }, "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200"],
    ['over the role maximum', { RoleArn: DEV, RoleSessionName: 's1', DurationSeconds: 3601 }, 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'],
    ['a RoleArn that is not an ARN', { RoleArn: 'x'.repeat(20), RoleSessionName: 's1' }, 'xxxxxxxxxxxxxxxxxxxx is invalid'],
  ])('%s: ValidationError (not modeled: STSServiceException named by the code)', async (_label, input, message) => {
    const error = await failure(assumeRole(ALICE, input))
    expect(error.constructor).toBe(STSServiceException)
    expect(summary(error)).toEqual({ name: 'ValidationError', status: 400, fault: 'client', message })
  })

  it.each([
    ['bob, whose policy lacks sts:AssumeRole', BOB, DEV, `User: arn:aws:iam::111111111111:user/division/bob is not authorized to perform: sts:AssumeRole on resource: ${DEV}`],
    ['the root user', ROOT_WORKLOAD, DEV, 'Roles may not be assumed by root accounts.'],
    ['alice, on a role that does not exist', ALICE, `${DEV}-missing`, `User: ${ALICE_ARN} is not authorized to perform: sts:AssumeRole on resource: ${DEV}-missing`],
  ])('%s: AccessDenied', async (_label, keys, roleArn, message) => {
    const error = await failure(assumeRole(keys, { RoleArn: roleArn, RoleSessionName: 's1' }))
    expect(error.constructor).toBe(STSServiceException)
    expect(summary(error)).toEqual({ name: 'AccessDenied', status: 403, fault: 'client', message })
  })

  it('session credentials without their token: InvalidClientTokenId; with another secret: SignatureDoesNotMatch', async () => {
    const dev = credentialsOf(await assumeRole(ALICE, { RoleArn: DEV, RoleSessionName: 'bare' }))
    const bare = await failure(whoAmI({ accessKeyId: dev.accessKeyId, secretAccessKey: dev.secretAccessKey }))
    expect(summary(bare)).toEqual({ name: 'InvalidClientTokenId', status: 403, fault: 'client', message: 'The security token included in the request is invalid.' })
    const wrongSecret = await failure(whoAmI({ ...dev, secretAccessKey: '0'.repeat(40) }))
    expect(wrongSecret.name).toBe('SignatureDoesNotMatch')
    expect(wrongSecret.$metadata.httpStatusCode).toBe(403)
  })

  it('every error carries the request id the SDK reads from <RequestId>', async () => {
    const error = await failure(assumeRole(BOB, { RoleArn: DEV, RoleSessionName: 's1' }))
    expect(error.$metadata.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  })
})

describe('regions', () => {
  const disabled = 'STS is not activated in this region for account:111111111111. Your account administrator can activate STS in this region using the IAM Console.'

  it('signed for eu-south-1 at the local endpoint: RegionDisabledException for a role of 111111111111', async () => {
    const error = await failure(assumeRole(ALICE, { RoleArn: DEV, RoleSessionName: 's1' }, { region: 'eu-south-1' }))
    expect(error).toBeInstanceOf(RegionDisabledException)
    expect(summary(error)).toEqual({ name: 'RegionDisabledException', status: 403, fault: 'client', message: disabled })
  })

  it('with Host sts.eu-south-1.amazonaws.com as well: the same RegionDisabledException', async () => {
    const error = await failure(assumeRole(ALICE, { RoleArn: DEV, RoleSessionName: 's1' }, { region: 'eu-south-1', host: 'sts.eu-south-1.amazonaws.com' }))
    expect(error).toBeInstanceOf(RegionDisabledException)
    expect(error.message).toBe(disabled)
  })

  it('the region that matters is the role’s account: CrossAccountDeploy (222222222222) works in eu-south-1', async () => {
    const out = await assumeRole(ALICE, { RoleArn: CROSS, RoleSessionName: 'south' }, { region: 'eu-south-1', host: 'sts.eu-south-1.amazonaws.com' })
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::222222222222:assumed-role/CrossAccountDeploy/south')
  })

  it('Host sts.eu-south-1.amazonaws.com but signed for us-east-1: SignatureDoesNotMatch naming the scope region', async () => {
    const error = await failure(whoAmI(ALICE, { region: 'us-east-1', host: 'sts.eu-south-1.amazonaws.com' }))
    expect(summary(error)).toEqual({ name: 'SignatureDoesNotMatch', status: 403, fault: 'client', message: "Credential should be scoped to a valid region, not 'us-east-1'." })
  })
})

describe('GetSessionToken', () => {
  it('alice without MFA: 12-hour credentials by default that still call as alice', async () => {
    const before = Date.now()
    const out = await sts(ALICE).send(new GetSessionTokenCommand({}))
    expect(out.$metadata.httpStatusCode).toBe(200)
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    const expiresIn = (out.Credentials?.Expiration?.getTime() ?? 0) - before
    expect(expiresIn).toBeGreaterThan(43_198_000)
    expect(expiresIn).toBeLessThanOrEqual(43_201_000)
    expect(await whoAmI(credentialsOf(out))).toEqual({ Arn: ALICE_ARN, UserId: 'AIDARTXV5AHDSALICE7QZ', Account: '111111111111' })
  })

  it('alice with her MFA device: 200; with a wrong code: AccessDenied', async () => {
    const out = await sts(ALICE).send(new GetSessionTokenCommand({ DurationSeconds: 900, SerialNumber: ALICE_MFA, TokenCode: aliceMfaCode() }))
    expect((out.Credentials?.Expiration?.getTime() ?? 0) - Date.now()).toBeLessThanOrEqual(900_000)
    expect((await whoAmI(credentialsOf(out))).Arn).toBe(ALICE_ARN)
    const wrong = String((Number(aliceCodeNow()) + 500_000) % 1_000_000).padStart(6, '0')
    const error = await failure(sts(ALICE).send(new GetSessionTokenCommand({ SerialNumber: ALICE_MFA, TokenCode: wrong })))
    expect(summary(error)).toEqual({ name: 'AccessDenied', status: 403, fault: 'client', message: 'MultiFactorAuthentication failed with invalid MFA one time pass code. ' })
  })

  it('its credentials may AssumeRole Dev (200), and MFA-backed ones satisfy Admin’s MFA condition', async () => {
    const plain = credentialsOf(await sts(ALICE).send(new GetSessionTokenCommand({})))
    const dev = await assumeRole(plain, { RoleArn: DEV, RoleSessionName: 'from-session-token' })
    expect(dev.$metadata.httpStatusCode).toBe(200)
    expect((await whoAmI(credentialsOf(dev))).Arn).toBe('arn:aws:sts::111111111111:assumed-role/Dev/from-session-token')
    const withMfa = credentialsOf(await sts(ALICE).send(new GetSessionTokenCommand({ SerialNumber: ALICE_MFA, TokenCode: aliceMfaCode() })))
    const admin = await assumeRole(withMfa, { RoleArn: ADMIN, RoleSessionName: 'mfa-session' })
    expect(admin.AssumedRoleUser?.Arn).toBe('arn:aws:sts::111111111111:assumed-role/Admin/mfa-session')
    expect(summary(await failure(assumeRole(plain, { RoleArn: ADMIN, RoleSessionName: 'no-mfa' }))).name).toBe('AccessDenied')
  })

  it('role credentials cannot call it: AccessDenied "Cannot call GetSessionToken with session credentials"', async () => {
    const dev = credentialsOf(await assumeRole(ALICE, { RoleArn: DEV, RoleSessionName: 'dev' }))
    const error = await failure(sts(dev).send(new GetSessionTokenCommand({})))
    expect(summary(error)).toEqual({ name: 'AccessDenied', status: 403, fault: 'client', message: 'Cannot call GetSessionToken with session credentials' })
  })

  it('its own credentials cannot call it again either', async () => {
    const session = credentialsOf(await sts(ALICE).send(new GetSessionTokenCommand({})))
    expect((await failure(sts(session).send(new GetSessionTokenCommand({})))).message).toBe('Cannot call GetSessionToken with session credentials')
  })

  it('DurationSeconds over 129600: the model’s ValidationError (fact 51)', async () => {
    const error = await failure(sts(ALICE).send(new GetSessionTokenCommand({ DurationSeconds: 345600 })))
    expect(summary(error)).toEqual({
      name: 'ValidationError',
      status: 400,
      fault: 'client',
      message: "1 validation error detected: Value '345600' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 129600",
    })
  })

  it('RegionDisabledException in eu-south-1 for alice’s account', async () => {
    const error = await failure(sts(ALICE, { region: 'eu-south-1' }).send(new GetSessionTokenCommand({})))
    expect(error).toBeInstanceOf(RegionDisabledException)
  })
})

describe('GetFederationToken', () => {
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] })

  it('alice with a Policy: FederatedUser ARN and id, PackedPolicySize; its credentials call GetCallerIdentity as the federated user', async () => {
    const out = await sts(ALICE).send(new GetFederationTokenCommand({ Name: 'carol', Policy: policy, DurationSeconds: 900 }))
    expect(out.FederatedUser).toEqual({ FederatedUserId: '111111111111:carol', Arn: 'arn:aws:sts::111111111111:federated-user/carol' })
    expect(out.PackedPolicySize).toBeGreaterThan(0)
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/)
    const federated = credentialsOf(out)
    expect(await whoAmI(federated)).toEqual({ Arn: 'arn:aws:sts::111111111111:federated-user/carol', UserId: '111111111111:carol', Account: '111111111111' })
  })

  it('its credentials cannot AssumeRole, nor GetSessionToken, nor GetFederationToken', async () => {
    const federated = credentialsOf(await sts(ALICE).send(new GetFederationTokenCommand({ Name: 'carol', Policy: policy })))
    const assume = await failure(assumeRole(federated, { RoleArn: DEV, RoleSessionName: 'nope' }))
    expect(assume.name).toBe('AccessDenied')
    expect(assume.$metadata.httpStatusCode).toBe(403)
    expect(assume.message).toMatch(/^User: arn:aws:sts::111111111111:federated-user\/carol is not authorized to perform: sts:AssumeRole/)
    expect((await failure(sts(federated).send(new GetSessionTokenCommand({})))).message).toBe('Cannot call GetSessionToken with session credentials')
    expect((await failure(sts(federated).send(new GetFederationTokenCommand({ Name: 'again' })))).message).toBe('Cannot call GetFederationToken with session credentials')
  })

  it('without a Policy it still succeeds, PackedPolicySize 0 (fact 55)', async () => {
    const out = await sts(ALICE).send(new GetFederationTokenCommand({ Name: 'bare', DurationSeconds: 900 }))
    expect(out.PackedPolicySize).toBe(0)
    expect(out.FederatedUser?.Arn).toBe('arn:aws:sts::111111111111:federated-user/bare')
  })

  it('role credentials cannot call it: "Cannot call GetFederationToken with session credentials"', async () => {
    const dev = credentialsOf(await assumeRole(ALICE, { RoleArn: DEV, RoleSessionName: 'dev' }))
    const error = await failure(sts(dev).send(new GetFederationTokenCommand({ Name: 'carol', Policy: policy })))
    expect(summary(error)).toEqual({ name: 'AccessDenied', status: 403, fault: 'client', message: 'Cannot call GetFederationToken with session credentials' })
  })

  it('bob has no sts:GetFederationToken: AccessDenied', async () => {
    const error = await failure(sts(BOB).send(new GetFederationTokenCommand({ Name: 'carol', Policy: policy })))
    expect(error.name).toBe('AccessDenied')
    expect(error.message).toMatch(/^User: arn:aws:iam::111111111111:user\/division\/bob is not authorized to perform: sts:GetFederationToken on resource: arn:aws:sts::111111111111:federated-user\/carol/)
  })

  it('Name of 33 characters: the model’s ValidationError', async () => {
    const error = await failure(sts(ALICE).send(new GetFederationTokenCommand({ Name: 'n'.repeat(33) })))
    expect(error.name).toBe('ValidationError')
    expect(error.message).toBe(`1 validation error detected: Value '${'n'.repeat(33)}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 32`)
  })

  it('a malformed Policy: MalformedPolicyDocumentException', async () => {
    const error = await failure(sts(ALICE).send(new GetFederationTokenCommand({ Name: 'carol', Policy: '{"Version":' })))
    expect(error).toBeInstanceOf(MalformedPolicyDocumentException)
  })
})
