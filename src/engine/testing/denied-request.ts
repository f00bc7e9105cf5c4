// Test fixture: bob asks for s3:PutObject on reports/q1.csv; his BobReports policy allows only
// s3:GetObject there, so the request is implicitly denied. Used by the authorization-message tests.
import { authorizationMessagePrincipal, type AuthorizationMessageInput } from '../authorization/authorization-message.ts'
import { callerContext } from '../authorization/caller-context.ts'
import type { Principal } from '../identity/principal.ts'
import { authorize, type AuthorizationInput } from '../policy/authorize.ts'
import type { Policy } from '../policy/policy-types.ts'
import { contextKeys } from '../policy/request-context.ts'
import { demoWorld } from '../world/demo-world.ts'
import type { World } from '../world/world-schema.ts'
import { T0 } from './sign-request.ts'

export const BOB_PRINCIPAL: Principal = { kind: 'user', partition: 'aws', account: '111111111111', name: 'bob', path: '/division/', userId: 'AIDARTXV5AHDTBOB2K4MX' }

export function bobPutObject(world: World = demoWorld, extraIdentity: Policy[] = []): AuthorizationMessageInput {
  const caller = callerContext(world, BOB_PRINCIPAL, undefined, { nowMs: T0, region: 'us-east-1', secureTransport: true })
  const request: AuthorizationInput = {
    context: { action: 's3:PutObject', resource: 'arn:aws:s3:::reports/q1.csv', resourceAccount: '111111111111', principal: caller.principal, keys: contextKeys(caller.keys) },
    identity: [...caller.identity, ...extraIdentity],
  }
  return { decision: authorize(request), request, principal: authorizationMessagePrincipal(BOB_PRINCIPAL), conditionKeys: caller.keys }
}

/** The decoded message of bobPutObject(), in AWS's shape (lists wrapped in items). */
export const BOB_PUT_OBJECT_DECODED = {
  allowed: false,
  explicitDeny: false,
  matchedStatements: { items: [] },
  failures: { items: [] },
  context: {
    principal: { id: 'AIDARTXV5AHDTBOB2K4MX', name: 'bob', arn: 'arn:aws:iam::111111111111:user/division/bob' },
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::reports/q1.csv',
    conditions: {
      items: [
        { key: 'aws:PrincipalArn', values: { items: [{ value: 'arn:aws:iam::111111111111:user/division/bob' }] } },
        { key: 'aws:PrincipalAccount', values: { items: [{ value: '111111111111' }] } },
        { key: 'aws:PrincipalType', values: { items: [{ value: 'User' }] } },
        { key: 'aws:userid', values: { items: [{ value: 'AIDARTXV5AHDTBOB2K4MX' }] } },
        { key: 'aws:CurrentTime', values: { items: [{ value: '2026-01-01T00:00:00Z' }] } },
        { key: 'aws:EpochTime', values: { items: [{ value: '1767225600' }] } },
        { key: 'aws:RequestedRegion', values: { items: [{ value: 'us-east-1' }] } },
        { key: 'aws:SecureTransport', values: { items: [{ value: 'true' }] } },
        // The demo world's organization (demo-world.json, organization): bob's account is a member.
        { key: 'aws:PrincipalOrgID', values: { items: [{ value: 'o-demo0playgrnd' }] } },
        { key: 'aws:username', values: { items: [{ value: 'bob' }] } },
        { key: 'aws:PrincipalTag/team', values: { items: [{ value: 'analytics' }] } },
      ],
    },
  },
}
