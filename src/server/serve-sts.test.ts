import { GetCallerIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ALICE, BOB, PRODUCTION_ROOT, ROOT_WORKLOAD } from '../engine/testing/sign-request.ts'
import { SERVE_MAIN as MAIN, serveStsForFile, startServeSts as startServer, TSX } from './testing/start-serve-sts.ts'

// Drives `npm run serve:sts` (src/server/main.ts) as a separate process with the real AWS SDK.

const KEYS = { alice: ALICE, bob: BOB, root: ROOT_WORKLOAD, productionRoot: PRODUCTION_ROOT }

const served = serveStsForFile()

function client(credentials: { accessKeyId: string; secretAccessKey: string }, region = 'us-east-1') {
  return new STSClient({ endpoint: served.endpoint, region, credentials, maxAttempts: 1 })
}

describe('serve:sts with @aws-sdk/client-sts', () => {
  it.each([
    ['alice', KEYS.alice, 'arn:aws:iam::111111111111:user/alice', 'AIDARTXV5AHDSALICE7QZ', '111111111111'],
    ['bob', KEYS.bob, 'arn:aws:iam::111111111111:user/division/bob', 'AIDARTXV5AHDTBOB2K4MX', '111111111111'],
    ['root of workload', KEYS.root, 'arn:aws:iam::111111111111:root', '111111111111', '111111111111'],
    ['root of production', KEYS.productionRoot, 'arn:aws:iam::222222222222:root', '222222222222', '222222222222'],
  ])('GetCallerIdentity as %s', async (_name, credentials, arn, userId, account) => {
    const out = await client(credentials).send(new GetCallerIdentityCommand({}))
    expect({ Arn: out.Arn, UserId: out.UserId, Account: out.Account }).toEqual({ Arn: arn, UserId: userId, Account: account })
    expect(out.$metadata.httpStatusCode).toBe(200)
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('signed for another region (the local endpoint takes the scope region)', async () => {
    const out = await client(KEYS.alice, 'eu-west-1').send(new GetCallerIdentityCommand({}))
    expect(out.Arn).toBe('arn:aws:iam::111111111111:user/alice')
  })

  it('a wrong secret gets SignatureDoesNotMatch', async () => {
    const error = await client({ ...KEYS.alice, secretAccessKey: 'x'.repeat(40) }).send(new GetCallerIdentityCommand({})).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(STSServiceException)
    expect((error as STSServiceException).name).toBe('SignatureDoesNotMatch')
    expect((error as STSServiceException).$metadata.httpStatusCode).toBe(403)
    expect((error as STSServiceException).message).toMatch(/^The request signature we calculated does not match/)
  })

  it('an unknown access key gets InvalidClientTokenId', async () => {
    const error = await client({ accessKeyId: 'AKIARTXV5AHDQQQQQQQQ', secretAccessKey: KEYS.alice.secretAccessKey }).send(new GetCallerIdentityCommand({})).catch((e: unknown) => e)
    expect((error as STSServiceException).name).toBe('InvalidClientTokenId')
    expect((error as STSServiceException).message).toBe('The security token included in the request is invalid.')
  })

  it('answers a plain GET with no Action by the 302 AWS sends', async () => {
    const response = await fetch(`${served.endpoint}/?Version=2011-06-15`, { redirect: 'manual' })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('https://aws.amazon.com/iam?Version=2011-06-15')
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('serve:sts command line', () => {
  it('prints usage and exits 2 on a bad flag', () => {
    const run = spawnSync(TSX, [MAIN, '--port', 'eighty'], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain("--port needs a number from 0 to 65535, not 'eighty'")
    expect(run.stderr).toContain('Usage: npm run serve:sts')
  }, 30_000)

  it('explains a bad world file without a stack trace and exits 1', () => {
    const file = join(tmpdir(), `bad-world-${process.pid}.json`)
    writeFileSync(file, JSON.stringify({ format: 'sts-playground-world', version: 1, name: 'x', partition: 'aws', accounts: [], users: [{}], roles: [], samlProviders: [], oidcProviders: [] }))
    const run = spawnSync(TSX, [MAIN, '--world', file], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`world file ${file} is not a valid STS Playground world:`)
    expect(run.stderr).toContain('users[0].account:')
    expect(run.stderr).not.toMatch(/\n\s+at /)
  }, 30_000)

  it('serves another world file given with --world', async () => {
    const file = join(tmpdir(), `one-user-world-${process.pid}.json`)
    writeFileSync(
      file,
      JSON.stringify({
        format: 'sts-playground-world',
        version: 1,
        name: 'One user',
        partition: 'aws',
        accounts: [{ id: '444444444444', alias: 'solo', stsDisabledRegions: [], root: { accessKeys: [] } }],
        users: [{ account: '444444444444', name: 'carol', path: '/', userId: 'AIDAXXXXXXXXXXXXXXXXX', tags: {}, accessKeys: [{ accessKeyId: 'AKIAXXXXXXXXXXXXXXXX', secretAccessKey: 'c'.repeat(40) }], mfaDevices: [], policies: [] }],
        roles: [],
        samlProviders: [],
        oidcProviders: [],
      }),
    )
    const other = await startServer(['--port', '0', '--world', file])
    try {
      const sts = new STSClient({ endpoint: other.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIAXXXXXXXXXXXXXXXX', secretAccessKey: 'c'.repeat(40) }, maxAttempts: 1 })
      expect((await sts.send(new GetCallerIdentityCommand({}))).Arn).toBe('arn:aws:iam::444444444444:user/carol')
    } finally {
      await other.stop()
    }
  }, 30_000)
})
