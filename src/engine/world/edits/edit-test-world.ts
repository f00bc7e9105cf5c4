// Test helper: the demo world plus what the edit tests need (a role trusting another role and its
// sessions, a customer managed policy attached as permissions and as a boundary), deep-frozen so a
// test fails if an edit writes to its input.
import { worldChangedBy } from '../../testing/test-worlds.ts'
import type { World } from '../world-schema.ts'

export const READ_REPORTS = 'arn:aws:iam::111111111111:policy/reporting/ReadReports'
export const DEV = 'arn:aws:iam::111111111111:role/Dev'
export const QUEUE = 'arn:aws:sqs:us-east-1:111111111111:jobs'
export const KEY = 'arn:aws:kms:us-east-1:111111111111:key/0f0e0d0c-1234-4abc-8def-0123456789ab'

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item)
    Object.freeze(value)
  }
  return value
}

export function editTestWorld(): World {
  const world = worldChangedBy((w) => {
    w.roles.push({
      account: '111111111111',
      name: 'Auditor',
      path: '/',
      roleId: 'AROAEDITTESTAUDITOR22',
      maxSessionDuration: 3600,
      tags: {},
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: [DEV, 'arn:aws:sts::111111111111:assumed-role/Dev/nightly'] }, Action: 'sts:AssumeRole' }],
      },
      policies: [],
      managedPolicyArns: [READ_REPORTS],
    })
    w.managedPolicies = [
      {
        account: '111111111111',
        name: 'ReadReports',
        path: '/reporting/',
        defaultVersionId: 'v1',
        versions: [{ versionId: 'v1', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }] } }],
      },
      { account: '111111111111', name: 'Unused', path: '/', defaultVersionId: 'v1', versions: [{ versionId: 'v1', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] } }] },
    ]
    const buckets = w.resources?.s3Buckets ?? []
    buckets.push({ name: 'archive', account: '111111111111' })
    w.resources = {
      ...w.resources,
      s3Buckets: buckets,
      sqsQueues: [
        { name: 'jobs', account: '111111111111', region: 'us-east-1', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: DEV }, Action: 'sqs:SendMessage', Resource: QUEUE }] } },
      ],
      kmsKeys: [{ id: '0f0e0d0c-1234-4abc-8def-0123456789ab', account: '111111111111', region: 'us-east-1', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'kms:*', Resource: '*' }] } }],
    }
    const batch = w.roles.find((r) => r.name === 'Batch')
    if (batch) batch.permissionsBoundaryArn = READ_REPORTS
  })
  return deepFreeze(world)
}
