import { describe, expect, it } from 'vitest'
import { createEngine } from '../engine.ts'
import { fixedDeps } from '../deps.ts'
import { ALICE, signQuery, T0 } from '../testing/sign-request.ts'
import { demoWorld } from '../world/demo-world.ts'
import { credentialsInBody, reply } from '../testing/sts-test-client.ts'

const engine = createEngine({ world: demoWorld, deps: fixedDeps(T0) })
const call = async (body: string, credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } = ALICE) =>
  engine.handle(await signQuery({ credentials, body, at: T0 }))

describe('EngineResult.issued: the credentials a success issued and who they are', () => {
  it('AssumeRole: the assumed-role session ARN, and the credentials work as that session', async () => {
    const result = await call('Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=wallet')
    expect(result.issued?.arn).toBe('arn:aws:sts::111111111111:assumed-role/Dev/wallet')
    expect(result.issued?.account).toBe('111111111111')
    expect(result.issued?.accessKeyId).toMatch(/^ASIA/)
    expect(result.response.body).toContain(`<Expiration>${result.issued?.expiration}</Expiration>`)
    const issued = result.issued
    if (!issued) throw new Error('no credentials')
    const again = await call('Action=GetCallerIdentity&Version=2011-06-15', issued)
    expect(again.response.body).toContain(`<Arn>${issued.arn}</Arn>`)
  })

  it('GetSessionToken: the same user; GetFederationToken: the federated user', async () => {
    expect((await call('Action=GetSessionToken&Version=2011-06-15')).issued?.arn).toBe('arn:aws:iam::111111111111:user/alice')
    expect((await call('Action=GetFederationToken&Version=2011-06-15&Name=jane')).issued?.arn).toBe('arn:aws:sts::111111111111:federated-user/jane')
  })

  it('none for answers without credentials or for failures', async () => {
    expect((await call('Action=GetCallerIdentity&Version=2011-06-15')).issued).toBeUndefined()
    expect((await call('Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FNope&RoleSessionName=x')).issued).toBeUndefined()
  })

  it.each([
    ['AssumeRole', 'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111111111111%3Arole%2FDev&RoleSessionName=table', 'arn:aws:sts::111111111111:assumed-role/Dev/table'],
    ['GetSessionToken', 'Action=GetSessionToken&Version=2011-06-15&DurationSeconds=900', 'arn:aws:iam::111111111111:user/alice'],
    ['GetFederationToken', 'Action=GetFederationToken&Version=2011-06-15&Name=jane', 'arn:aws:sts::111111111111:federated-user/jane'],
  ])('%s: issued is the typed form of the <Credentials> the body carries', async (_, body, arn) => {
    const result = reply(await call(body))
    expect(result.issued).toEqual({ ...credentialsInBody(result), arn, account: '111111111111' })
  })

  it('the JSON answer issues the same typed credentials (Expiration as written in the XML form)', async () => {
    const request = await signQuery({ credentials: ALICE, body: 'Action=GetSessionToken&Version=2011-06-15&DurationSeconds=900', at: T0 })
    const result = await engine.handle({ ...request, headers: { ...request.headers, Accept: 'application/json' } })
    const json = JSON.parse(result.response.body) as { GetSessionTokenResponse: { GetSessionTokenResult: { Credentials: { AccessKeyId: string; SessionToken: string; Expiration: number } } } }
    const credentials = json.GetSessionTokenResponse.GetSessionTokenResult.Credentials
    expect(result.issued?.accessKeyId).toBe(credentials.AccessKeyId)
    expect(result.issued?.sessionToken).toBe(credentials.SessionToken)
    expect(Date.parse(result.issued?.expiration ?? '') / 1000).toBe(credentials.Expiration)
  })
})
