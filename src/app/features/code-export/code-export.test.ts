import { describe, expect, it } from 'vitest'
import { awsCliCode } from './aws-cli.ts'
import type { CodeRequest } from './code-request.ts'
import { curlCode, formBody } from './curl.ts'
import { javascriptSdkCode } from './javascript-sdk.ts'
import { xformName } from './names.ts'
import { pythonBoto3Code, pythonString } from './python-boto3.ts'
import { shellQuote } from './shell-quote.ts'

const DEV = 'arn:aws:iam::111111111111:role/Dev'
const ALICE = { accessKeyId: 'AKIARTXV5AHDSAGTTNG7', secretAccessKey: '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' }

function request(change: Partial<CodeRequest> = {}): CodeRequest {
  return {
    operation: 'AssumeRole',
    parameters: { RoleArn: DEV, RoleSessionName: 'alice', Tags: [{ Key: 'Project', Value: 'Blue' }], DurationSeconds: '900' },
    signed: true,
    temporary: false,
    credentials: { kind: 'environment' },
    target: { kind: 'local', url: 'http://127.0.0.1:8787' },
    ...change,
  }
}

describe(xformName, () => {
  it.each([
    ['AssumeRoleWithSAML', '_', 'assume_role_with_saml'],
    ['AssumeRoleWithWebIdentity', '-', 'assume-role-with-web-identity'],
    ['GetCallerIdentity', '_', 'get_caller_identity'],
    ['SAMLAssertion', '-', 'saml-assertion'],
    ['PolicyArns', '-', 'policy-arns'],
    ['ProvidedContexts', '-', 'provided-contexts'],
    ['TaskPolicyArn', '-', 'task-policy-arn'],
    ['GatewayARNs', '_', 'gateway_arns'],
  ] as const)('%s with %s is %s', (name, separator, expected) => {
    expect(xformName(name, separator)).toBe(expected)
  })
})

describe(shellQuote, () => {
  it('leaves safe words bare and single-quotes the rest, a quote as close-escape-open', () => {
    expect(shellQuote(DEV)).toBe(DEV)
    expect(shellQuote(`{"Sid":"it's $HOME"}`)).toBe(`'{"Sid":"it'\\''s $HOME"}'`)
    expect(shellQuote('')).toBe("''")
  })
})

describe(awsCliCode, () => {
  it('writes kebab-case options, shorthand for safe structures and a quoted policy', () => {
    const policy = `{"Version":"2012-10-17","Statement":[{"Sid":"it's","Effect":"Allow","Action":"s3:*","Resource":"*"}]}`
    const code = awsCliCode(request({ parameters: { RoleArn: DEV, RoleSessionName: 'alice', Tags: [{ Key: 'Project', Value: 'Blue' }, { Key: 'Team', Value: 'Web' }], Policy: policy, PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }] } }))
    expect(code).toContain('aws sts assume-role \\\n  --endpoint-url http://127.0.0.1:8787 \\\n  --region us-east-1')
    expect(code).toContain(`--role-arn ${DEV} \\`)
    expect(code).toContain('--tags Key=Project,Value=Blue Key=Team,Value=Web \\')
    expect(code).toContain(`--policy '{"Version":"2012-10-17","Statement":[{"Sid":"it'\\''s",`)
    expect(code).toContain('--policy-arns arn=arn:aws:iam::aws:policy/ReadOnlyAccess')
    expect(code).toContain('Credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY in the environment, or AWS_PROFILE.')
    expect(code).not.toContain(ALICE.secretAccessKey)
  })

  it('falls back to JSON when shorthand could misread a value, and joins a leading dash with =', () => {
    const code = awsCliCode(request({ parameters: { RoleSessionName: '-x', Tags: [{ Key: 'Cost center', Value: 'a,b=c' }], TransitiveTagKeys: ['Cost center'], ProvidedContexts: [] } }))
    expect(code).toContain(`--role-session-name=-x`)
    expect(code).toContain(`--tags '[{"Key":"Cost center","Value":"a,b=c"}]'`)
    expect(code).toContain(`--transitive-tag-keys '["Cost center"]'`)
    expect(code).toContain(`--provided-contexts '[]'`)
  })

  it('puts embedded keys in the environment of the command, and marks an anonymous signed operation --no-sign-request', () => {
    const embedded = awsCliCode(request({ credentials: { kind: 'embedded', ...ALICE, sessionToken: 'tok en' } }))
    expect(embedded).toMatch(/^# The caller’s demo keys.*\nAWS_ACCESS_KEY_ID=AKIARTXV5AHDSAGTTNG7 \\\n {2}AWS_SECRET_ACCESS_KEY=FeuM\+j3mdbVzM8vOqKDNixdvMHneD\/pw6Z3qZjJg \\\n {2}AWS_SESSION_TOKEN='tok en' \\\n {2}aws sts assume-role/)
    expect(awsCliCode(request({ signed: false }))).toContain('--no-sign-request')
    const saml = awsCliCode(request({ operation: 'AssumeRoleWithSAML', parameters: { SAMLAssertion: 'PHNhbWw+' }, signed: false }))
    expect(saml).toContain('aws sts assume-role-with-saml')
    expect(saml).not.toContain('--no-sign-request')
    expect(saml).not.toContain('Credentials')
  })

  it('names the real endpoint host and its region', () => {
    expect(awsCliCode(request({ target: { kind: 'aws', host: 'sts.eu-west-1.amazonaws.com', region: 'eu-west-1' } }))).toContain('--endpoint-url https://sts.eu-west-1.amazonaws.com \\\n  --region eu-west-1')
  })
})

describe(pythonBoto3Code, () => {
  it('calls the snake_case method with PascalCase parameters, integers as numbers', () => {
    const code = pythonBoto3Code(request())
    expect(code).toContain("sts = boto3.client(\n    'sts',\n    region_name='us-east-1',\n    endpoint_url='http://127.0.0.1:8787',")
    expect(code).toContain(`response = sts.assume_role(\n    RoleArn='${DEV}',\n    RoleSessionName='alice',\n    Tags=[{'Key': 'Project', 'Value': 'Blue'}],\n    DurationSeconds=900,\n)`)
  })

  it('escapes strings, embeds keys only when asked, and goes unsigned for the anonymous caller', () => {
    expect(pythonString(`it's\\\n`)).toBe(`'it\\'s\\\\\\n'`)
    expect(pythonBoto3Code(request({ credentials: { kind: 'embedded', ...ALICE } }))).toContain(`aws_secret_access_key='${ALICE.secretAccessKey}',`)
    const anonymous = pythonBoto3Code(request({ signed: false }))
    expect(anonymous).toContain('from botocore import UNSIGNED')
    expect(anonymous).toContain('config=Config(signature_version=UNSIGNED),')
    expect(pythonBoto3Code(request({ operation: 'GetCallerIdentity', parameters: {} }))).toContain('response = sts.get_caller_identity()\n')
  })
})

describe(javascriptSdkCode, () => {
  it('imports the command from @aws-sdk/client-sts and passes the input as an object literal', () => {
    const code = javascriptSdkCode(request({ parameters: { ...request().parameters, PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }] } }))
    expect(code).toContain("import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts'")
    expect(code).toContain("const sts = new STSClient({\n  region: 'us-east-1',\n  endpoint: 'http://127.0.0.1:8787',")
    expect(code).toContain("  Tags: [{ Key: 'Project', Value: 'Blue' }],\n  DurationSeconds: 900,\n  PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],\n}))")
  })

  it('writes the session token with embedded temporary keys', () => {
    const code = javascriptSdkCode(request({ temporary: true, credentials: { kind: 'embedded', ...ALICE, sessionToken: 'U1RT' } }))
    expect(code).toContain("  credentials: {\n    accessKeyId: 'AKIARTXV5AHDSAGTTNG7',\n    secretAccessKey: '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',\n    sessionToken: 'U1RT',\n  },")
  })
})

describe(curlCode, () => {
  it('POSTs the same form body as the wire view, signed by curl for the region and sts', () => {
    expect(formBody(request())).toBe(
      'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=alice&Tags.member.1.Key=Project&Tags.member.1.Value=Blue&DurationSeconds=900',
    )
    const code = curlCode(request({ temporary: true, target: { kind: 'aws', host: 'sts.amazonaws.com', region: 'us-east-1' } }))
    expect(code).toContain('--aws-sigv4 aws:amz:us-east-1:sts \\\n  --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\\n  --header "x-amz-security-token: $AWS_SESSION_TOKEN" \\')
    expect(code).toContain(`--data '${formBody(request())}' \\\n  https://sts.amazonaws.com/`)
  })

  it('sends the anonymous caller’s request unsigned', () => {
    const code = curlCode(request({ signed: false }))
    expect(code).not.toContain('--aws-sigv4')
    expect(code).not.toContain('--user')
  })
})
