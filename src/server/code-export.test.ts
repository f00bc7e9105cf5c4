import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { awsCliCode } from '../app/features/code-export/aws-cli.ts'
import { LOCAL_STS_PORT, type CodeRequest } from '../app/features/code-export/code-request.ts'
import { curlCode } from '../app/features/code-export/curl.ts'
import { javascriptSdkCode } from '../app/features/code-export/javascript-sdk.ts'
import { xformName } from '../app/features/code-export/names.ts'
import { pythonBoto3Code } from '../app/features/code-export/python-boto3.ts'
import { operationNames, operationParameters } from '../engine/index.ts'
import { ALICE } from '../engine/testing/sign-request.ts'
import { DEFAULT_PORT } from './cli-args.ts'
import { serveStsForFile } from './testing/start-serve-sts.ts'
import { awsCliVersion, curlSignsSigV4, pythonWithBoto3 } from '../../scripts/find-cli-tools.mjs'

// The Code tab's exports, run as a learner would run them, against `npm run serve:sts`: the
// JavaScript with node and this repository's @aws-sdk/client-sts, the curl command with curl's own
// SigV4, the AWS CLI and boto3. Demo world: src/engine/world/demo-world.json.

const served = serveStsForFile()

const DEV = 'arn:aws:iam::111111111111:role/Dev'
const POLICY = `{"Version":"2012-10-17","Statement":[{"Sid":"it's","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`

/** A scratch folder whose node_modules is this repository's, so an exported .mjs resolves @aws-sdk/client-sts. */
const scratch = mkdtempSync(join(tmpdir(), 'code-export-'))
symlinkSync(join(process.cwd(), 'node_modules'), join(scratch, 'node_modules'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** No ambient AWS settings: a home without ~/.aws, only what a test passes. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: scratch, AWS_EC2_METADATA_DISABLED: 'true', NODE_NO_WARNINGS: '1', ...extra }
}

function run(file: string, args: readonly string[], env: NodeJS.ProcessEnv = cleanEnv()): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: scratch, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr })
    })
  })
}

/** `--version` (or `--help all`) output of a tool, or undefined when it is not installed. */
function probe(file: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch {
    return undefined
  }
}

function assumeRole(change: Partial<CodeRequest> = {}): CodeRequest {
  return {
    operation: 'AssumeRole',
    parameters: { RoleArn: DEV, RoleSessionName: 'alice-code', Tags: [{ Key: 'Project', Value: 'Blue' }, { Key: 'Cost center', Value: 'x+y=z @team' }], TransitiveTagKeys: ['Project'], Policy: POLICY, DurationSeconds: '900' },
    signed: true,
    temporary: false,
    credentials: { kind: 'embedded', ...ALICE },
    target: { kind: 'local', url: served.endpoint },
    ...change,
  }
}

interface Issued {
  Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string }
  AssumedRoleUser: { Arn: string }
  PackedPolicySize: number
}

describe('code export against serve:sts', () => {
  it('defaults to the port serve:sts listens on', () => {
    expect(LOCAL_STS_PORT).toBe(DEFAULT_PORT)
  })

  let issued: Issued | undefined

  it('the JavaScript export runs with node: AssumeRole of Dev by alice, with tags and a session policy', async () => {
    const file = join(scratch, 'assume-role.mjs')
    writeFileSync(file, javascriptSdkCode(assumeRole()))
    const result = await run(process.execPath, [file])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    issued = JSON.parse(result.stdout) as Issued
    expect(issued.AssumedRoleUser.Arn).toBe('arn:aws:sts::111111111111:assumed-role/Dev/alice-code')
    expect(issued.Credentials.AccessKeyId).toMatch(/^ASIA/)
    expect(issued.PackedPolicySize).toBeGreaterThan(0)
  }, 60_000)

  it('the JavaScript export of the anonymous caller goes unsigned, and STS asks for a signature', async () => {
    const file = join(scratch, 'anonymous.mjs')
    writeFileSync(file, javascriptSdkCode(assumeRole({ operation: 'GetCallerIdentity', parameters: {}, signed: false })))
    const result = await run(process.execPath, [file])
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain('MissingAuthenticationToken')
  }, 60_000)

  // The tools are required, not optional: `npm run test:unit` installs them first on Debian
  // (scripts/ensure-cli-tools.mjs), and a machine without them fails here saying what is missing.
  it('the curl export runs: AssumeRole signed by curl (--aws-sigv4), then the issued session signs with its token', async () => {
    expect(curlSignsSigV4(), `curl with --aws-sigv4 (7.75 or newer) is needed: ${probe('curl', ['--version']) ?? 'curl is not installed'}`).toBe(true)
    const assumed = await run('sh', ['-c', curlCode(assumeRole())])
    expect(assumed.stderr).toBe('')
    expect(assumed.stdout).toContain('<Arn>arn:aws:sts::111111111111:assumed-role/Dev/alice-code</Arn>')
    expect(assumed.stdout).toContain('<PackedPolicySize>')
    expect(issued, 'the JavaScript test issued credentials').toBeDefined()
    if (issued === undefined) return
    const { AccessKeyId, SecretAccessKey, SessionToken } = issued.Credentials
    const whoAmI = assumeRole({ operation: 'GetCallerIdentity', parameters: {}, temporary: true, credentials: { kind: 'environment' } })
    const env = cleanEnv({ AWS_ACCESS_KEY_ID: AccessKeyId, AWS_SECRET_ACCESS_KEY: SecretAccessKey, AWS_SESSION_TOKEN: SessionToken })
    const identity = await run('sh', ['-c', curlCode(whoAmI)], env)
    expect(identity.stdout).toContain('<Arn>arn:aws:sts::111111111111:assumed-role/Dev/alice-code</Arn>')
  }, 60_000)

  it('the AWS CLI export runs, keys from the environment', async () => {
    expect(awsCliVersion(), 'the AWS CLI is needed (Debian: apt-get install awscli)').toBeDefined()
    const code = awsCliCode(assumeRole({ credentials: { kind: 'environment' } }))
    const result = await run('sh', ['-c', code], cleanEnv({ AWS_ACCESS_KEY_ID: ALICE.accessKeyId, AWS_SECRET_ACCESS_KEY: ALICE.secretAccessKey }))
    expect(result.stderr).toBe('')
    expect((JSON.parse(result.stdout) as Issued).AssumedRoleUser.Arn).toBe('arn:aws:sts::111111111111:assumed-role/Dev/alice-code')
  }, 60_000)

  const boto3 = pythonWithBoto3()
  it('the boto3 export runs with python3', async () => {
    expect(boto3, 'boto3 for python3 is needed (Debian: apt-get install python3-boto3)').toBeDefined()
    const file = join(scratch, 'assume_role.py')
    writeFileSync(file, pythonBoto3Code(assumeRole()))
    const result = await run(boto3?.python ?? 'python3', [file])
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain("'Arn': 'arn:aws:sts::111111111111:assumed-role/Dev/alice-code'")
  }, 60_000)

  it('every operation and parameter name is the one botocore derives itself (xform_name)', async () => {
    expect(boto3, 'boto3 for python3 is needed').toBeDefined()
    const names = operationNames.flatMap((operation) => [operation, ...operationParameters(operation).map((parameter) => parameter.name)])
    const script = 'import json, sys\nfrom botocore import xform_name\nprint(json.dumps([[xform_name(n), xform_name(n, "-")] for n in json.loads(sys.argv[1])]))'
    const result = await run(boto3?.python ?? 'python3', ['-c', script, JSON.stringify(names)])
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual(names.map((name) => [xformName(name), xformName(name, '-')]))
  }, 60_000)
})
