// Values for the soak's fuzzed STS parameters, drawn from the STS model (src/engine's
// operationParameters): plausible ones (the demo world's ARNs, policies, fresh SAML assertions and
// ID tokens), ones at and past the model's limits, wrong types, hostile text, and mutations of all of
// these. Names come back decoded; soak-fuzz-requests.ts encodes them (and sometimes spoils that).
import { operationParameters, structureParameters, type ParameterModel } from '../src/engine/index.ts'
import type { Random } from './soak-random.ts'

/** Inputs that take time to make (signed by the demo IdPs), made once per soak and reused. */
export interface FuzzMaterial {
  samlAssertions: readonly string[]
  idTokens: readonly string[]
}

/** ARNs of the demo world (src/engine/world/demo-world.json), and some that are nearly right. */
const ARNS = [
  'arn:aws:iam::111111111111:role/Dev',
  'arn:aws:iam::111111111111:role/Batch',
  'arn:aws:iam::111111111111:role/Admin',
  'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly',
  'arn:aws:iam::111111111111:role/VendorAudit',
  'arn:aws:iam::111111111111:role/SamlDeveloper',
  'arn:aws:iam::111111111111:role/WebAppUser',
  'arn:aws:iam::222222222222:role/CrossAccountDeploy',
  'arn:aws:iam::111111111111:saml-provider/ExampleIdP',
  'arn:aws:iam::111111111111:oidc-provider/oidc.example.com',
  'arn:aws:iam::aws:policy/ReadOnlyAccess',
  'arn:aws:iam::111111111111:mfa/alice',
  'arn:aws:iam::111111111111:root',
  'arn:aws:iam::11111111111:role/Dev',
  'arn:aws-cn:iam::111111111111:role/Dev',
  'arn:aws:iam::111111111111:role/',
  'arn:aws:sts::111111111111:assumed-role/Dev/x',
  'arn:aws:iam::111111111111:role/Dev/../Admin',
]

const POLICIES = [
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
  '{"Version":"2012-10-17","Statement":{"Effect":"Deny","NotAction":"s3:GetObject","NotResource":["arn:aws:s3:::x/*"],"Condition":{"StringLike":{"aws:PrincipalTag/team":"${aws:username}"}}}}',
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"not-a-date"}}}]}',
  '{"Statement":[]}',
  '{"Version":"2008-10-17","Statement":[{"Effect":"Maybe","Action":7}]}',
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}',
  '[]',
  'null',
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
]

const SPECIALS = ['', ' ', '\u0000', '\r\n', '"', "'", '<', '>', '&', ']]>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', '${aws:username}', '%', '%00', '../..', '\\', '\uFEFF', '\u202E', '\uD800', '\uDFFF', '😀', 'Ω', '\u0301']
const NUMBERS = ['-1', '0', '1e400', 'NaN', 'Infinity', '0x10', ' 900', '900.5', '99999999999999999999999', '+900', '٣٦٠٠', '']

/** `length` letters and digits: up to 64 random ones, repeated to the length asked for. */
function alphanumeric(random: Random, length: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
  let text = ''
  for (let i = 0; i < Math.min(length, 64); i++) text += letters[random.below(letters.length)]
  return text.length === 0 ? '' : text.repeat(Math.ceil(length / text.length)).slice(0, length)
}

/** Random code points: controls, BMP, lone surrogates, astral planes. */
function unicode(random: Random, length: number): string {
  let text = ''
  for (let i = 0; i < length; i++) {
    const range = random.weighted<[number, number]>([
      [3, [0x00, 0x20]],
      [5, [0x20, 0x7f]],
      [3, [0x80, 0x800]],
      [3, [0x800, 0xffff]],
      [1, [0xd800, 0xe000]],
      [2, [0x10000, 0x10ffff]],
    ])
    text += String.fromCodePoint(range[0] + random.below(range[1] - range[0]))
  }
  return text
}

/** Changes a value a little: a character flipped, cut short, repeated, or something inserted. */
export function mutate(random: Random, value: string): string {
  if (value.length === 0) return random.pick(SPECIALS)
  const at = random.below(value.length)
  switch (random.below(5)) {
    case 0:
      return value.slice(0, at) + String.fromCharCode(value.charCodeAt(at) ^ (1 << random.below(7))) + value.slice(at + 1)
    case 1:
      return value.slice(0, at)
    case 2:
      return value + value.slice(at)
    case 3:
      return value.slice(0, at) + random.pick(SPECIALS) + value.slice(at)
    default:
      return value.slice(at) + value.slice(0, at)
  }
}

/** JSON nested `depth` deep, in a Policy's Statement or on its own. */
function nestedJson(random: Random, depth: number): string {
  return random.chance(0.5) ? '['.repeat(depth) + ']'.repeat(depth) : `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":${'['.repeat(depth)}"s3:*"${']'.repeat(depth)},"Resource":"*"}]}`
}

function plausibleString(random: Random, parameter: Pick<ParameterModel, 'name' | 'min' | 'max'>, material: FuzzMaterial): string {
  const name = parameter.name
  if (/arn$/i.test(name) || name === 'TargetPrincipal') return random.pick(ARNS)
  if (name === 'Policy') return random.chance(0.05) ? nestedJson(random, 1 + random.below(5000)) : random.pick(POLICIES)
  if (name === 'SAMLAssertion') return random.pick(material.samlAssertions)
  if (name === 'WebIdentityToken') return random.pick(material.idTokens)
  if (name === 'SerialNumber') return 'arn:aws:iam::111111111111:mfa/alice'
  if (name === 'TokenCode') return String(random.below(1_000_000)).padStart(6, '0')
  if (name === 'ExternalId') return '4242-vendor-audit'
  if (name === 'SigningAlgorithm') return random.pick(['RS256', 'ES384', 'HS256', 'none'])
  if (name === 'ProviderId') return random.pick(['www.amazon.com', 'graph.facebook.com', 'accounts.google.com'])
  const min = parameter.min ?? 1
  const max = Math.min(parameter.max ?? 64, 64)
  return alphanumeric(random, min + random.below(Math.max(1, max - min + 1)))
}

function stringValue(random: Random, parameter: Pick<ParameterModel, 'name' | 'min' | 'max'>, material: FuzzMaterial): string {
  const max = parameter.max ?? 2048
  return random.weighted<() => string>([
    [40, () => plausibleString(random, parameter, material)],
    [15, () => mutate(random, plausibleString(random, parameter, material))],
    [12, () => alphanumeric(random, Math.max(0, random.pick([(parameter.min ?? 1) - 1, parameter.min ?? 1, max, max + 1])))],
    [12, () => unicode(random, 1 + random.below(64))],
    [8, () => random.pick(SPECIALS)],
    [5, () => random.pick(NUMBERS)],
    [1, () => alphanumeric(random, 2048 + random.below(20_000))],
  ])()
}

function integerValue(random: Random, parameter: ParameterModel): string {
  const min = parameter.min ?? 0
  const max = parameter.max ?? 43_200
  return random.weighted<() => string>([
    [50, () => String(min + random.below(max - min + 1))],
    [25, () => String(random.pick([min - 1, min, max, max + 1]))],
    [25, () => random.pick(NUMBERS)],
  ])()
}

/** How a list member is numbered: member.1, member.2, … and sometimes not. */
function memberIndex(random: Random, n: number): string {
  return random.chance(0.95) ? String(n) : random.pick(['0', '-1', 'x', '1e3', '99999999999', '', ' 1', `${n}${n}`])
}

/** The flattened name/value pairs of one parameter, as the Query protocol writes it. */
function parameterPairs(random: Random, parameter: ParameterModel, material: FuzzMaterial): [string, string][] {
  const { name } = parameter
  if (parameter.type === 'integer') return [[name, integerValue(random, parameter)]]
  if (parameter.type === 'structure') return structureParameters(parameter.shape).map((field) => [`${name}.${field.name}`, stringValue(random, field, material)])
  if (parameter.type !== 'list') return [[name, stringValue(random, parameter, material)]]
  const count = random.weighted([[60, 1 + random.below(3)], [10, 0], [10, parameter.max ?? 10], [5, (parameter.max ?? 10) + 1], [1, 200]])
  const member = parameter.member ?? ''
  const fields = /Tag$|Descriptor|Context/.test(member) ? structureParameters(member) : undefined
  const pairs: [string, string][] = []
  for (let n = 1; n <= count; n++) {
    const prefix = `${name}.member.${memberIndex(random, n)}`
    if (fields) for (const field of fields) pairs.push([`${prefix}.${field.name}`, stringValue(random, field, material)])
    else pairs.push([prefix, stringValue(random, { name: member, max: 128 }, material)])
  }
  return pairs
}

/** An operation's parameters, some left out, some repeated, some unknown to the model. */
export function fuzzParameters(random: Random, operation: string, material: FuzzMaterial): [string, string][] {
  const pairs: [string, string][] = []
  for (const parameter of operationParameters(operation)) {
    if (random.chance(parameter.required ? 0.1 : 0.5)) continue
    const these = parameterPairs(random, parameter, material)
    pairs.push(...these)
    if (random.chance(0.03)) pairs.push(...these)
  }
  if (random.chance(0.05)) pairs.push([random.pick(['Unknown', 'action', 'RoleArn.member.1', 'Tags', '']), stringValue(random, { name: 'x' }, material)])
  return random.chance(0.05) ? pairs.reverse() : pairs
}
