import { STS_NAMESPACE, type StsFault } from '../errors/faults.ts'

/**
 * The texts of AWS's model-validation errors, byte for byte (observed against AWS, justincormack/argmin sts_oracle.rs;
 * apache/hadoop hadoop-aws assumed_roles.md):
 * `N validation error(s) detected: ` + violations joined by `; `, each
 * `Value '<value>' at '<path>' failed to satisfy constraint: <constraint>`.
 */

/** A decoded parameter value: a string, an int, a list or a structure (wire member names). */
export type DecodedValue = string | number | readonly DecodedValue[] | DecodedStructure
export interface DecodedStructure {
  readonly [member: string]: DecodedValue
}

export type Constraint =
  | { kind: 'required' }
  | { kind: 'pattern'; pattern: string }
  | { kind: 'minLength'; min: number }
  | { kind: 'maxLength'; max: number }
  | { kind: 'minValue'; min: number }
  | { kind: 'maxValue'; max: number }

/**
 * How the value appears: `null` for a missing member; `hidden` for a member whose shape is
 * `sensitive` (AWS then writes `Value at '…'`, with no value: seen on SSM's sensitive
 * `value`, "1 validation error detected: Value at 'value' failed to satisfy constraint: Member must
 * have length less than or equal to 32768", ministryofjustice/cloud-platform-infrastructure#3906).
 */
export type ShownValue = { kind: 'null' } | { kind: 'hidden' } | { kind: 'shown'; value: DecodedValue }

export interface Violation {
  /** The member path as AWS prints it, e.g. `roleArn` or `tags.1.member.key`. */
  path: string
  value: ShownValue
  constraint: Constraint
}

/**
 * AWS writes member names in lowerCamelCase by lower-casing the first character only, even when
 * the name starts with an acronym: DynamoDB's `SSESpecification.SSEType` is reported at
 * `sSESpecification.sSEType` (a user log quoting CreateTable, found by code search), Route 53
 * Resolver's `VPCId` at `vPCId` (moto's tests, copied from AWS), Kinesis Analytics' `RoleARN` at
 * `roleARN` (alexcasalboni/kinesis-streams-fan-out-kinesis-analytics#8). No STS message with an
 * acronym-led name was found, so by that convention `SAMLAssertion` is `sAMLAssertion`,
 * `PrincipalArn` is `principalArn` and `ProviderId` is `providerId`.
 */
export function memberPathName(wireName: string): string {
  return wireName.slice(0, 1).toLowerCase() + wireName.slice(1)
}

/** `parent.member`, or `member` at the top level. */
export function memberPath(parent: string, wireName: string): string {
  const name = memberPathName(wireName)
  return parent === '' ? name : `${parent}.${name}`
}

/**
 * A list element: `<list>.<position>.member`, position from 1, e.g. `tags.1.member.key`
 * (IAM CreateUser: "Value '…' at 'tags.6.member.value' failed to satisfy constraint",
 * SWO-GS/auto-tag#90; CloudFormation: `tags.1.member.value`, szuecs/kube-static-egress-controller#35;
 * Kinesis Analytics: `outputs.1.member.kinesisStreamsOutput.roleARN`,
 * alexcasalboni/kinesis-streams-fan-out-kinesis-analytics#8). An element of a list of strings is
 * then `transitiveTagKeys.1.member` (no AWS quote found for that case; same rule).
 */
export function elementPath(listPath: string, position: number): string {
  return `${listPath}.${position}.member`
}

/**
 * A value as AWS prints it inside `Value '…'`: strings raw (no escaping), ints in decimal, lists
 * as Java's `List.toString()` — `[a, b]`, `[]` when empty (CloudFormation: `Value '[CAPABILITY_IAM,
 * …]' at 'capabilities'`, CodeGenieApp/serverless-express#59; MediaStore: `Value '[]' at 'tags'`,
 * hashicorp/terraform-provider-aws#12170).
 *
 * A structure inside a list is printed by AWS with Java's default `Object.toString()`, an internal
 * class name and an identity hash (AWS Config: `Value '[com.amazonaws.starling.dove.RecordingModeOverride@aa179030,
 * …]'`, quoted in hashicorp/terraform-provider-aws's configservice resource). That cannot be
 * reproduced, so the playground prints the members instead, in model order: `{Key: Project, Value: Unicorn}`.
 */
export function renderValue(value: DecodedValue): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (isList(value)) return `[${value.map(renderValue).join(', ')}]`
  return `{${Object.entries(value)
    .map(([member, item]) => `${member}: ${renderValue(item)}`)
    .join(', ')}}`
}

function isList(value: DecodedValue): value is readonly DecodedValue[] {
  return Array.isArray(value)
}

export function constraintText(constraint: Constraint): string {
  switch (constraint.kind) {
    case 'required':
      return 'Member must not be null'
    case 'pattern':
      return `Member must satisfy regular expression pattern: ${constraint.pattern}`
    case 'minLength':
      return `Member must have length greater than or equal to ${constraint.min}`
    case 'maxLength':
      return `Member must have length less than or equal to ${constraint.max}`
    case 'minValue':
      return `Member must have value greater than or equal to ${constraint.min}`
    case 'maxValue':
      return `Member must have value less than or equal to ${constraint.max}`
  }
}

function valueText(value: ShownValue): string {
  switch (value.kind) {
    case 'null':
      return 'Value null'
    case 'hidden':
      return 'Value'
    case 'shown':
      return `Value '${renderValue(value.value)}'`
  }
}

export function violationText(violation: Violation): string {
  return `${valueText(violation.value)} at '${violation.path}' failed to satisfy constraint: ${constraintText(violation.constraint)}`
}

export function validationMessage(violations: readonly Violation[]): string {
  const count = violations.length
  const heading = count === 1 ? '1 validation error detected: ' : `${count} validation errors detected: `
  return heading + violations.map(violationText).join('; ')
}

/** ValidationError, HTTP 400, Type Sender, STS namespace (observed against AWS, justincormack/argmin sts_oracle.rs). */
export function validationErrorFault(violations: readonly Violation[]): StsFault {
  return { code: 'ValidationError', status: 400, message: validationMessage(violations), type: 'Sender', namespace: STS_NAMESPACE }
}

/**
 * MalformedInput, HTTP 400: an integer parameter that does not parse. AWS sends no `<Message>`
 * at all, except for an empty value: `missing value for decimal type` (observed against AWS, justincormack/argmin sts_oracle.rs).
 */
export function malformedInputFault(reason: 'empty' | 'invalid'): StsFault {
  return reason === 'empty'
    ? { code: 'MalformedInput', status: 400, message: 'missing value for decimal type', type: 'Sender', namespace: STS_NAMESPACE }
    : { code: 'MalformedInput', status: 400, type: 'Sender', namespace: STS_NAMESPACE }
}
