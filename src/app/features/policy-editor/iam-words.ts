// What the editor says about IAM's words that the catalogue does not hold: the meaning of each
// condition operator family, and the global condition keys (aws:*) with their types, after the IAM
// User Guide ("Condition operators", "AWS global condition context keys").

/** Base operator → what it compares. */
export const OPERATOR_MEANINGS: Readonly<Record<string, string>> = {
  StringEquals: 'Exact string match, case-sensitive.',
  StringNotEquals: 'Negated exact string match.',
  StringEqualsIgnoreCase: 'Exact string match, ignoring case.',
  StringNotEqualsIgnoreCase: 'Negated string match, ignoring case.',
  StringLike: 'Case-sensitive match with * and ? wildcards.',
  StringNotLike: 'Negated wildcard match.',
  NumericEquals: 'Number equal to.',
  NumericNotEquals: 'Number not equal to.',
  NumericLessThan: 'Number less than.',
  NumericLessThanEquals: 'Number less than or equal to.',
  NumericGreaterThan: 'Number greater than.',
  NumericGreaterThanEquals: 'Number greater than or equal to.',
  DateEquals: 'Date equal to (ISO 8601 or epoch seconds).',
  DateNotEquals: 'Date not equal to.',
  DateLessThan: 'Date before.',
  DateLessThanEquals: 'Date at or before.',
  DateGreaterThan: 'Date after.',
  DateGreaterThanEquals: 'Date at or after.',
  Bool: 'Boolean match ("true" or "false").',
  BinaryEquals: 'Byte-for-byte match of a base64-encoded value.',
  IpAddress: 'Source IP within the given CIDR range(s).',
  NotIpAddress: 'Source IP outside the given CIDR range(s).',
  ArnEquals: 'ARN match, part by part, with * and ? wildcards.',
  ArnLike: 'ARN match, part by part, with * and ? wildcards.',
  ArnNotEquals: 'Negated ARN match.',
  ArnNotLike: 'Negated ARN match.',
  Null: '"true": the key must be absent from the request; "false": it must be present.',
}

export const SET_PREFIX_MEANINGS: Readonly<Record<string, string>> = {
  'ForAnyValue:': 'For a multivalued key: true if at least one request value matches one policy value.',
  'ForAllValues:': 'For a multivalued key: true if every request value matches a policy value (also true when the key is absent or empty).',
}

export const IF_EXISTS_MEANING = 'IfExists: if the key is absent from the request, the condition is true.'

/** Global condition keys: name → [type, description]. */
export const GLOBAL_CONDITION_KEYS: Readonly<Record<string, readonly [string, string]>> = {
  'aws:PrincipalArn': ['ARN', 'The ARN of the principal making the request (for a role session: the role ARN).'],
  'aws:PrincipalAccount': ['String', 'The account id of the principal making the request.'],
  'aws:PrincipalOrgID': ['String', 'The AWS Organizations id of the principal\'s organization.'],
  'aws:PrincipalOrgPaths': ['String (multivalued)', 'The organization paths of the principal\'s account.'],
  'aws:PrincipalTag/${TagKey}': ['String', 'A tag attached to the principal (user or role, or a session tag).'],
  'aws:PrincipalIsAWSService': ['Bool', 'Whether the request is made by an AWS service principal.'],
  'aws:PrincipalServiceName': ['String', 'The service principal name, when a service makes the request.'],
  'aws:PrincipalType': ['String', 'Account, User, FederatedUser, AssumedRole or Anonymous.'],
  'aws:userid': ['String', 'The principal\'s unique id (for a role session: role-id:session-name).'],
  'aws:username': ['String', 'The IAM user\'s name (present for IAM users only).'],
  'aws:FederatedProvider': ['String', 'The identity provider that issued the session\'s identity.'],
  'aws:TokenIssueTime': ['Date', 'When the temporary credentials were issued.'],
  'aws:MultiFactorAuthAge': ['Numeric', 'Seconds since the principal authenticated with MFA (absent without MFA).'],
  'aws:MultiFactorAuthPresent': ['Bool', 'Whether MFA was used to get the temporary credentials.'],
  'aws:SourceIdentity': ['String', 'The source identity set when the role was assumed.'],
  'aws:RoleSessionName': ['String', 'The role session name given when the role was assumed.'],
  'aws:Ec2InstanceSourceVpc': ['String', 'The VPC of the EC2 instance whose role credentials are used.'],
  'aws:ResourceAccount': ['String', 'The account id that owns the resource.'],
  'aws:ResourceOrgID': ['String', 'The organization id of the resource\'s account.'],
  'aws:ResourceOrgPaths': ['String (multivalued)', 'The organization paths of the resource\'s account.'],
  'aws:ResourceTag/${TagKey}': ['String', 'A tag attached to the resource.'],
  'aws:RequestTag/${TagKey}': ['String', 'A tag passed in the request.'],
  'aws:TagKeys': ['String (multivalued)', 'The tag keys passed in the request.'],
  'aws:CalledVia': ['String (multivalued)', 'The services that made the request on the principal\'s behalf, in order.'],
  'aws:CalledViaFirst': ['String', 'The first service in aws:CalledVia.'],
  'aws:CalledViaLast': ['String', 'The last service in aws:CalledVia.'],
  'aws:ViaAWSService': ['Bool', 'Whether an AWS service made the request with the principal\'s credentials.'],
  'aws:CurrentTime': ['Date', 'The date and time of the request.'],
  'aws:EpochTime': ['Date', 'The time of the request in epoch seconds.'],
  'aws:RequestedRegion': ['String', 'The Region the request was made to.'],
  'aws:SecureTransport': ['Bool', 'Whether the request was sent over TLS.'],
  'aws:SourceAccount': ['String', 'The account of the resource a service acts for (service-to-service).'],
  'aws:SourceArn': ['ARN', 'The ARN of the resource a service acts for (service-to-service).'],
  'aws:SourceOrgID': ['String', 'The organization of the resource a service acts for.'],
  'aws:SourceOrgPaths': ['String (multivalued)', 'The organization paths of the resource a service acts for.'],
  'aws:SourceIp': ['IP address', 'The requester\'s public IP address.'],
  'aws:SourceVpc': ['String', 'The VPC the request came through (VPC endpoint).'],
  'aws:SourceVpce': ['String', 'The VPC endpoint the request came through.'],
  'aws:VpcSourceIp': ['IP address', 'The requester\'s IP address inside the VPC.'],
  'aws:Referer': ['String', 'The HTTP Referer header (not a security control).'],
  'aws:UserAgent': ['String', 'The HTTP User-Agent header (not a security control).'],
}

/** The condition key a written key matches: `aws:PrincipalTag/team` → `aws:PrincipalTag/${TagKey}`. Case-insensitive. */
export function globalConditionKey(written: string): { name: string; type: string; description: string } | undefined {
  const lower = written.toLowerCase()
  for (const [name, [type, description]] of Object.entries(GLOBAL_CONDITION_KEYS)) {
    const stem = name.replace('${TagKey}', '').toLowerCase()
    if (name.includes('${') ? lower.startsWith(stem) && lower.length > stem.length : lower === stem) return { name, type, description }
  }
  return undefined
}
