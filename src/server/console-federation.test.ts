import { AssumeRoleCommand, GetCallerIdentityCommand, GetSessionTokenCommand, STSClient, type Credentials } from '@aws-sdk/client-sts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ALICE } from '../engine/testing/sign-request.ts'
import { demoEngine, listenStsServer, type ListeningServer } from './testing/listen-sts-server.ts'

// serve:sts's console federation endpoint over real HTTP: the SDK gets credentials from the root
// path, then plain GETs to /federation exchange them for a SigninToken and follow login, as the
// IAM User Guide's custom-broker example ("Enable custom identity broker access to the AWS
// console") and aws-vault's `login` do.

let listening: ListeningServer
let endpoint: string

beforeAll(async () => {
  listening = await listenStsServer(demoEngine(), {})
  endpoint = `http://127.0.0.1:${listening.port}`
})
afterAll(() => listening.close())

function sts(): STSClient {
  return new STSClient({ endpoint, region: 'us-east-1', credentials: ALICE, maxAttempts: 1 })
}

function sessionJson(credentials: Credentials | undefined): string {
  return JSON.stringify({ sessionId: credentials?.AccessKeyId, sessionKey: credentials?.SecretAccessKey, sessionToken: credentials?.SessionToken ?? '' })
}

/** `curl -G --data-urlencode Action=getSigninToken --data-urlencode Session=…` */
function getSigninToken(session: string, extra: Record<string, string> = {}): Promise<Response> {
  return fetch(`${endpoint}/federation?${new URLSearchParams({ Action: 'getSigninToken', ...extra, Session: session }).toString()}`)
}

function login(token: string, destination = 'https://console.aws.amazon.com/ec2/home'): Promise<Response> {
  return fetch(`${endpoint}/federation?${new URLSearchParams({ Action: 'login', Issuer: 'https://broker.example.com', Destination: destination, SigninToken: token }).toString()}`, { redirect: 'manual' })
}

describe('serve:sts: GET /federation (the console federation endpoint)', () => {
  it('AssumeRole credentials: getSigninToken answers a SigninToken, and login redirects (302) to the Destination', async () => {
    const { Credentials: credentials } = await sts().send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::111111111111:role/Dev', RoleSessionName: 'console' }))
    const tokenResponse = await getSigninToken(sessionJson(credentials), { SessionDuration: '1800' })
    expect(tokenResponse.status).toBe(200)
    expect(tokenResponse.headers.get('content-type')).toBe('application/json')
    const { SigninToken } = (await tokenResponse.json()) as { SigninToken: string }
    expect(SigninToken).toMatch(/^[A-Za-z0-9_-]+$/)

    const loginResponse = await login(SigninToken)
    expect(loginResponse.status).toBe(302)
    expect(loginResponse.headers.get('location')).toBe('https://console.aws.amazon.com/ec2/home')
  })

  it('GetSessionToken credentials get a token, and login refuses them ("Compare AWS STS credentials": SSO to console not allowed)', async () => {
    const { Credentials: credentials } = await sts().send(new GetSessionTokenCommand({}))
    const tokenResponse = await getSigninToken(sessionJson(credentials))
    expect(tokenResponse.status).toBe(200)
    const { SigninToken } = (await tokenResponse.json()) as { SigninToken: string }
    const loginResponse = await login(SigninToken)
    expect(loginResponse.status).toBe(400)
    expect(await loginResponse.text()).toContain('Only federation tokens or assume role tokens may be used for federated login.')
  })

  it('long-term keys: 400 "Invalid credentials parameter", an HTML page', async () => {
    const response = await getSigninToken(JSON.stringify({ sessionId: ALICE.accessKeyId, sessionKey: ALICE.secretAccessKey, sessionToken: '' }))
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('text/html;charset=UTF-8')
    expect(await response.text()).toContain('HTTP Status 400 - Invalid credentials parameter')
  })

  it('the root path still answers STS', async () => {
    const out = await sts().send(new GetCallerIdentityCommand({}))
    expect(out.Arn).toBe('arn:aws:iam::111111111111:user/alice')
  })
})
