// Policy-engine benchmark cases: one IAM decision over 10 policies of 20 statements, and a session's
// effective permissions across the whole built-in IAM catalogue (~22,000 actions).
import {
  authorize,
  contextKeys,
  effectiveActions,
  loadIamCatalogue,
  parsePolicy,
  type AuthorizationInput,
  type EffectiveInput,
  type Policy,
  type PolicyKind,
} from '../src/engine/index.ts'

const SERVICES = ['s3', 'ec2', 'dynamodb', 'sqs', 'sns', 'lambda', 'kms', 'iam', 'logs', 'cloudwatch']

function policy(kind: PolicyKind, name: string, statements: unknown[]): Policy {
  const parsed = parsePolicy({ Version: '2012-10-17', Statement: statements }, kind, name)
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`)
  return parsed.policy
}

/** 20 statements of realistic shapes: specific actions, wildcards, resources with variables, conditions. */
function twentyStatements(seed: number): unknown[] {
  return Array.from({ length: 20 }, (_, i) => {
    const service = SERVICES[(seed + i) % SERVICES.length] ?? 's3'
    const statement: Record<string, unknown> = {
      Sid: `S${seed}x${i}`,
      Effect: i % 7 === 6 ? 'Deny' : 'Allow',
      Action: i % 3 === 0 ? `${service}:Describe*` : [`${service}:Get${i}Thing`, `${service}:List${i}Things`, `${service}:Put${i}Thing`],
      Resource: i % 2 === 0 ? `arn:aws:${service}:*:111111111111:thing/${seed}/${i}/*` : `arn:aws:${service}:::home/\${aws:username}/${i}/*`,
    }
    if (i % 4 === 0) statement.Condition = { StringEquals: { 'aws:PrincipalTag/team': ['platform', `team-${i}`] }, Bool: { 'aws:SecureTransport': 'true' } }
    return statement
  })
}

export function decisionCase(): { name: string; run: () => unknown; check: () => void } {
  const identity = Array.from({ length: 10 }, (_, p) => policy('identity', `P${p}`, twentyStatements(p)))
  // The one statement that allows comes last, in the last policy, so every statement is looked at.
  identity.push(policy('identity', 'Grant', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'platform' } } }]))
  const input: AuthorizationInput = {
    context: {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::reports/q1.csv',
      resourceAccount: '111111111111',
      principal: { type: 'User', arn: 'arn:aws:iam::111111111111:user/alice', account: '111111111111' },
      keys: contextKeys({ 'aws:username': 'alice', 'aws:PrincipalTag/team': 'platform', 'aws:SecureTransport': 'true' }),
    },
    identity: identity.slice(1),
  }
  return {
    name: 'IAM decision: 10 policies × 20 statements (+1 granting)',
    run: () => authorize(input),
    check: () => {
      const decision = authorize(input)
      if (decision.result !== 'Allow') throw new Error(`expected Allow, got ${decision.result} ${decision.reason}`)
    },
  }
}

export async function effectiveCase(): Promise<{ name: string; run: () => unknown; check: () => void }> {
  const catalogue = await loadIamCatalogue()
  const input: EffectiveInput = {
    context: {
      resource: '*',
      resourceAccount: '111111111111',
      principal: { type: 'AssumedRole', arn: 'arn:aws:sts::111111111111:assumed-role/Dev/s', account: '111111111111', roleArn: 'arn:aws:iam::111111111111:role/Dev' },
      keys: contextKeys({ 'aws:username': 'alice', 'aws:PrincipalTag/team': 'platform', 'aws:SecureTransport': 'true' }),
    },
    identity: [...Array.from({ length: 10 }, (_, p) => policy('identity', `P${p}`, twentyStatements(p))), policy('identity', 'Dev', [{ Effect: 'Allow', Action: ['s3:*', 'ec2:Describe*', 'lambda:InvokeFunction'], Resource: '*' }])],
    boundary: policy('boundary', 'Boundary', [{ Effect: 'Allow', Action: ['s3:*', 'ec2:*', 'lambda:*', 'dynamodb:*'], Resource: '*' }]),
    session: [policy('session', 'Session', [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 'ec2:Describe*'], Resource: '*' }])],
  }
  return {
    name: `effective permissions over the whole catalogue (${catalogue.actionCount} actions)`,
    run: () => effectiveActions(input, { catalogue }),
    check: () => {
      const result = effectiveActions(input, { catalogue })
      if (result.allowed.length === 0 || result.decided !== catalogue.actionCount) throw new Error('effective permissions came out empty')
    },
  }
}
