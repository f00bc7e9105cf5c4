// A compact JSON Schema of an IAM policy document, for the policy editor's diagnostics and hovers.
// It catches what a learner mistypes (an Effect of "allow", a misspelt key, a Statement that is a
// string); the engine's policy parser, and STS's MalformedPolicyDocument, remain the judges.

const stringOrStrings = {
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
}

const principal = {
  description: 'Who the statement applies to: "*" or an object of AWS, Service, Federated or CanonicalUser. Session policies have no Principal.',
  anyOf: [
    { const: '*' },
    {
      type: 'object',
      properties: { AWS: stringOrStrings, Service: stringOrStrings, Federated: stringOrStrings, CanonicalUser: stringOrStrings },
      additionalProperties: false,
    },
  ],
}

const conditionValue = {
  anyOf: [
    { type: ['string', 'number', 'boolean'] },
    { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
  ],
}

const statement = {
  type: 'object',
  required: ['Effect'],
  properties: {
    Sid: { type: 'string', description: 'An optional name for the statement.' },
    Effect: { enum: ['Allow', 'Deny'], description: 'Allow or Deny (capitalised as written).' },
    Action: { ...stringOrStrings, description: 'Actions such as "s3:GetObject"; wildcards allowed.' },
    NotAction: { ...stringOrStrings, description: 'Every action except these.' },
    Resource: { ...stringOrStrings, description: 'Resource ARNs such as "arn:aws:s3:::reports/*"; wildcards allowed.' },
    NotResource: { ...stringOrStrings, description: 'Every resource except these.' },
    Principal: principal,
    NotPrincipal: { ...principal, description: 'Everyone except these principals.' },
    Condition: {
      type: 'object',
      description: 'Operator → context key → value(s), e.g. {"StringEquals": {"aws:PrincipalTag/team": "blue"}}.',
      additionalProperties: { type: 'object', additionalProperties: conditionValue },
    },
  },
  additionalProperties: false,
}

export const iamPolicySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'IAM policy document',
  type: 'object',
  required: ['Statement'],
  properties: {
    Version: { enum: ['2012-10-17', '2008-10-17'], description: 'The policy language version: use "2012-10-17" (policy variables need it).' },
    Id: { type: 'string', description: 'An optional identifier for the policy.' },
    Statement: {
      description: 'One statement object or an array of them.',
      anyOf: [statement, { type: 'array', items: statement }],
    },
  },
  additionalProperties: false,
} as const

/** Models whose URI ends with this get the schema (see monaco-setup.ts). */
export const POLICY_FILE_MATCH = '*.policy.json'
