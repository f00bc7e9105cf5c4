import { parseBoundedJson } from '../validation/parse-bounded-json.ts'
import type { ConditionEntry, PatternElement, Policy, PolicyKind, PolicyProblem, PrincipalElement, PrincipalValue, Statement } from './policy-types.ts'

export type ParsedPolicy = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] }

const TOP_LEVEL = new Set(['Version', 'Id', 'Statement'])
const STATEMENT_FIELDS = new Set(['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition'])
const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser'])
const PRINCIPAL_KINDS: ReadonlySet<PolicyKind> = new Set(['resource', 'trust'])

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A JSON scalar as IAM reads it: numbers and booleans are read as their text. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

class Collector {
  readonly problems: PolicyProblem[] = []
  add(path: string, message: string) {
    this.problems.push({ path, message })
  }
}

function stringList(value: unknown, path: string, out: Collector): string[] | undefined {
  const items = Array.isArray(value) ? value : [value]
  if (items.length === 0) {
    out.add(path, 'must not be an empty list')
    return undefined
  }
  const strings: string[] = []
  items.forEach((item, i) => {
    if (typeof item === 'string' && item !== '') strings.push(item)
    else out.add(Array.isArray(value) ? `${path}[${i}]` : path, 'must be a non-empty string')
  })
  return strings.length === items.length ? strings : undefined
}

function patternElement(statement: Record<string, unknown>, name: 'Action' | 'Resource', path: string, out: Collector): PatternElement | undefined {
  const negatedName = `Not${name}`
  const plain = name in statement
  const negated = negatedName in statement
  if (plain && negated) {
    out.add(path, `has both ${name} and ${negatedName}; use one`)
    return undefined
  }
  if (!plain && !negated) return undefined
  const key = plain ? name : negatedName
  const patterns = stringList(statement[key], `${path}.${key}`, out)
  if (patterns && name === 'Action') {
    patterns.forEach((pattern, i) => {
      if (pattern !== '*' && !/^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/.test(pattern)) {
        out.add(Array.isArray(statement[key]) ? `${path}.${key}[${i}]` : `${path}.${key}`, `'${pattern}' is not an action: write service:Action, e.g. s3:GetObject or ec2:Describe*`)
      }
    })
  }
  return patterns ? { negated, patterns } : undefined
}

/** An AWS principal value: "*", a 12-digit account id (read as the account root) or an ARN. */
function awsPrincipal(value: string): string | undefined {
  if (value === '*') return value
  if (/^\d{12}$/.test(value)) return `arn:aws:iam::${value}:root`
  if (/^arn:aws[a-z-]*:(iam|sts)::\d{12}:.+/.test(value)) return value
  return undefined
}

function principalElement(statement: Record<string, unknown>, path: string, out: Collector): PrincipalElement | undefined {
  const negated = 'NotPrincipal' in statement
  const key = negated ? 'NotPrincipal' : 'Principal'
  const raw = statement[key]
  const at = `${path}.${key}`
  if (raw === '*') return { negated, values: [{ type: '*', value: '*' }] }
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    out.add(at, 'must be "*" or an object such as {"AWS": "arn:aws:iam::111111111111:root"}')
    return undefined
  }
  const values: PrincipalValue[] = []
  for (const [type, list] of Object.entries(raw)) {
    if (!PRINCIPAL_TYPES.has(type)) {
      out.add(`${at}.${type}`, `unknown principal type ${type}: use AWS, Service, Federated or CanonicalUser`)
      continue
    }
    for (const value of stringList(list, `${at}.${type}`, out) ?? []) {
      const normalised = type === 'AWS' ? awsPrincipal(value) : value
      if (normalised === undefined) out.add(`${at}.${type}`, `Invalid principal in policy: "${type}":"${value}"`)
      else values.push({ type: type as PrincipalValue['type'], value: normalised })
    }
  }
  return { negated, values }
}

function conditionBlock(raw: unknown, path: string, out: Collector): ConditionEntry[] {
  if (!isRecord(raw)) {
    out.add(path, 'must be an object of condition operators')
    return []
  }
  const entries: ConditionEntry[] = []
  for (const [operator, keys] of Object.entries(raw)) {
    if (!isRecord(keys) || Object.keys(keys).length === 0) {
      out.add(`${path}.${operator}`, 'must be an object of condition keys and values')
      continue
    }
    for (const [key, value] of Object.entries(keys)) {
      const items = Array.isArray(value) ? value : [value]
      const values = items.map(scalarText)
      if (items.length === 0 || values.some((v) => v === undefined)) {
        out.add(`${path}.${operator}.${key}`, 'must be a string, number or boolean, or a non-empty list of them')
        continue
      }
      entries.push({ operator, key, values: values as string[] })
    }
  }
  return entries
}

function parseStatement(raw: unknown, index: number, path: string, kind: PolicyKind, out: Collector): Statement | undefined {
  if (!isRecord(raw)) {
    out.add(path, 'must be an object')
    return undefined
  }
  const before = out.problems.length
  for (const field of Object.keys(raw)) {
    if (!STATEMENT_FIELDS.has(field)) out.add(`${path}.${field}`, `unknown statement element ${field}`)
  }
  const effect = raw.Effect
  if (effect !== 'Allow' && effect !== 'Deny') out.add(`${path}.Effect`, 'must be "Allow" or "Deny"')
  if (raw.Sid !== undefined && typeof raw.Sid !== 'string') out.add(`${path}.Sid`, 'must be a string')
  const action = patternElement(raw, 'Action', path, out)
  if (!('Action' in raw) && !('NotAction' in raw)) out.add(path, 'needs an Action or NotAction element')
  const resource = patternElement(raw, 'Resource', path, out)
  const hasPrincipal = 'Principal' in raw || 'NotPrincipal' in raw
  if ('Principal' in raw && 'NotPrincipal' in raw) out.add(path, 'has both Principal and NotPrincipal; use one')
  const principal = hasPrincipal ? principalElement(raw, path, out) : undefined

  if (kind === 'trust') {
    if ('Resource' in raw || 'NotResource' in raw) out.add(`${path}.${'Resource' in raw ? 'Resource' : 'NotResource'}`, 'Has prohibited field Resource')
    if (!hasPrincipal) out.add(path, 'needs a Principal: a trust policy says who may assume the role')
    for (const pattern of action?.patterns ?? []) {
      if (!pattern.toLowerCase().startsWith('sts:')) out.add(`${path}.Action`, 'AssumeRole policy may only specify STS AssumeRole actions.')
    }
  } else if (kind === 'rcp') {
    // RCPs apply to whoever calls: their Principal must be "*" (AWS Organizations, "RCP syntax").
    const everyone = principal?.values.length === 1 && principal.values[0]?.type === '*' && !principal.negated
    if (!everyone) out.add(`${path}.Principal`, 'a resource control policy statement must say "Principal": "*"')
    if (!resource) out.add(path, 'needs a Resource or NotResource element')
  } else if (PRINCIPAL_KINDS.has(kind)) {
    if (!hasPrincipal) out.add(path, 'needs a Principal: a resource-based policy says who it applies to')
    if (!resource) out.add(path, 'needs a Resource or NotResource element')
  } else {
    if (hasPrincipal) out.add(`${path}.${'Principal' in raw ? 'Principal' : 'NotPrincipal'}`, 'Policy document should not specify a principal.')
    if (!resource) out.add(path, 'needs a Resource or NotResource element')
  }
  const conditions = raw.Condition === undefined ? [] : conditionBlock(raw.Condition, `${path}.Condition`, out)
  if (out.problems.length > before || (effect !== 'Allow' && effect !== 'Deny')) return undefined
  return {
    index,
    ...(typeof raw.Sid === 'string' ? { sid: raw.Sid } : {}),
    effect,
    ...(action ? { action } : {}),
    ...(resource ? { resource } : {}),
    ...(principal ? { principal } : {}),
    conditions,
  }
}

/**
 * Parses and validates a policy document (a JSON value) of the given kind. Never throws.
 * Problems carry paths such as `Statement[1].Action`.
 */
export function parsePolicy(document: unknown, kind: PolicyKind, name: string): ParsedPolicy {
  const out = new Collector()
  if (!isRecord(document)) return { ok: false, problems: [{ path: '(document)', message: 'a policy must be a JSON object' }] }
  for (const field of Object.keys(document)) {
    if (!TOP_LEVEL.has(field)) out.add(field, `unknown policy element ${field}`)
  }
  const version = document.Version ?? '2008-10-17'
  if (version !== '2012-10-17' && version !== '2008-10-17') out.add('Version', 'must be "2012-10-17" (or the legacy "2008-10-17")')
  if (document.Id !== undefined && typeof document.Id !== 'string') out.add('Id', 'must be a string')
  const raw = document.Statement
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  if (list.length === 0) out.add('Statement', 'needs at least one statement')
  const statements: Statement[] = []
  list.forEach((item, index) => {
    const statement = parseStatement(item, index, Array.isArray(raw) ? `Statement[${index}]` : 'Statement', kind, out)
    if (statement) statements.push(statement)
  })
  if (out.problems.length > 0) return { ok: false, problems: out.problems }
  return { ok: true, policy: { kind, version: version as Policy['version'], statements, name } }
}

/**
 * Parses policy text (JSON). Bad JSON is a problem like any other, and so is JSON nested more than
 * 1,000 levels deep, refused before it is parsed (validation/json-depth.ts: Jackson's default limit,
 * the parser whose messages IAM's policy errors quote).
 */
export function parsePolicyText(text: string, kind: PolicyKind, name: string): ParsedPolicy {
  const json = parseBoundedJson(text)
  if (!json.ok) return { ok: false, problems: [{ path: '(document)', message: `not valid JSON: ${json.message}` }] }
  return parsePolicy(json.value, kind, name)
}
