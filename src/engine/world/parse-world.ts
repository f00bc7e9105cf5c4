import * as v from 'valibot'
import { jsonValueDepth } from '../validation/json-depth.ts'
import { duplicateJsonKeys, jsonTextPathPastDepth } from '../validation/json-text-paths.ts'
import { jsonValuePathPastDepth } from '../validation/json-value-path.ts'
import { parseBoundedJson, tooDeepMessage } from '../validation/parse-bounded-json.ts'
import { resourceCountProblems, resourceProblems } from './parse-resources.ts'
import type { AwsManagedPolicies } from '../policy/managed/aws-managed-policies.ts'
import { managedPolicyCountProblems, managedPolicyProblems } from './managed-policy-references.ts'
import { duplicateNameProblems } from './unique-names.ts'
import { WORLD_LIMITS, worldCountProblems } from './world-limits.ts'
import type { WorldProblem } from './world-problem.ts'
import { worldSchema, type World } from './world-schema.ts'

export type { WorldProblem } from './world-problem.ts'

/** How parseWorld checks references to AWS managed policies: against this set when given (see managedPolicyProblems). */
export interface ParseWorldOptions {
  awsManagedPolicies?: AwsManagedPolicies
}

export type ParsedWorld = { ok: true; world: World } | { ok: false; problems: WorldProblem[] }

const FILE = '(the file)'

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = ''
  for (const item of issue.path ?? []) {
    const key = item.key
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? FILE : out
}

/** Checks that every account a principal names exists and that every access key id is unique. */
function crossReferenceProblems(world: World): WorldProblem[] {
  const problems: WorldProblem[] = []
  const accounts = new Set(world.accounts.map((account) => account.id))
  const sections = [
    ['users', world.users],
    ['roles', world.roles],
    ['samlProviders', world.samlProviders],
    ['oidcProviders', world.oidcProviders],
  ] as const
  for (const [section, items] of sections) {
    items.forEach((item, index) => {
      if (!accounts.has(item.account)) {
        problems.push({ path: `${section}[${index}].account`, message: `account ${item.account} is not in accounts` })
      }
    })
  }
  const org = world.organization
  if (org) {
    for (const id of [org.managementAccount, ...org.accounts, ...(org.delegatedIamAdministrator ? [org.delegatedIamAdministrator] : [])]) {
      if (!accounts.has(id)) problems.push({ path: 'organization', message: `account ${id} is not in accounts` })
    }
    if (!org.accounts.includes(org.managementAccount)) problems.push({ path: 'organization.accounts', message: 'must include the management account' })
  }
  const seenKeys = new Map<string, string>()
  const noteKey = (id: string, path: string) => {
    const earlier = seenKeys.get(id)
    if (earlier) problems.push({ path, message: `access key ${id} is already used at ${earlier}` })
    else seenKeys.set(id, path)
  }
  world.accounts.forEach((account, i) =>
    account.root.accessKeys.forEach((key, k) => noteKey(key.accessKeyId, `accounts[${i}].root.accessKeys[${k}]`)),
  )
  world.users.forEach((user, i) => user.accessKeys.forEach((key, k) => noteKey(key.accessKeyId, `users[${i}].accessKeys[${k}]`)))
  return problems
}

const tooDeep = (path: string): WorldProblem => ({ path, message: `${tooDeepMessage(WORLD_LIMITS.depth)}: no part of a world (a policy included) needs that` })

/**
 * Validates a world file (already parsed from JSON, e.g. saved state). Never throws. Its size is
 * checked first (WORLD_LIMITS: nesting, then the length of its lists), then its schema, then what
 * the schema cannot see: accounts that exist, access keys used once, user and role names unique,
 * resources described once and their policies valid resource-based policies (parse-resources.ts),
 * managed policy attachments that resolve (managed-policy-references.ts).
 */
export function parseWorld(input: unknown, options: ParseWorldOptions = {}): ParsedWorld {
  if (jsonValueDepth(input, WORLD_LIMITS.depth) > WORLD_LIMITS.depth) return { ok: false, problems: [tooDeep(jsonValuePathPastDepth(input, WORLD_LIMITS.depth) ?? FILE)] }
  const oversized = [...worldCountProblems(input), ...resourceCountProblems(input), ...managedPolicyCountProblems(input)]
  if (oversized.length > 0) return { ok: false, problems: oversized }
  const result = v.safeParse(worldSchema, input)
  if (!result.success) {
    return { ok: false, problems: result.issues.map((issue) => ({ path: pathOf(issue), message: issue.message })) }
  }
  const problems = [
    ...crossReferenceProblems(result.output),
    ...duplicateNameProblems(result.output),
    ...resourceProblems(result.output),
    ...managedPolicyProblems(result.output, options.awsManagedPolicies),
  ]
  return problems.length > 0 ? { ok: false, problems } : { ok: true, world: result.output }
}

/**
 * Parses world-file text. Never throws: bad JSON is a problem like any other. Before parsing, the
 * text's length and nesting are bounded (WORLD_LIMITS); after, a key written twice in one object,
 * whose first value JSON.parse would silently drop, is a problem at its path.
 */
export function parseWorldText(text: string, options: ParseWorldOptions = {}): ParsedWorld {
  if (text.length > WORLD_LIMITS.textCharacters) {
    const count = (n: number) => n.toLocaleString('en-US')
    return { ok: false, problems: [{ path: FILE, message: `is ${count(text.length)} characters long; a world file may have at most ${count(WORLD_LIMITS.textCharacters)}` }] }
  }
  const json = parseBoundedJson(text, WORLD_LIMITS.depth)
  if (!json.ok && json.reason === 'too-deep') return { ok: false, problems: [tooDeep(jsonTextPathPastDepth(text, WORLD_LIMITS.depth) ?? FILE)] }
  if (!json.ok) return { ok: false, problems: [{ path: FILE, message: `not valid JSON: ${json.message}` }] }
  const duplicates = duplicateJsonKeys(text)
  if (duplicates.length > 0) {
    return { ok: false, problems: duplicates.map(({ path, key }) => ({ path, message: `the key ${JSON.stringify(key)} appears more than once in this object; JSON would keep only the last` })) }
  }
  return parseWorld(json.value, options)
}
