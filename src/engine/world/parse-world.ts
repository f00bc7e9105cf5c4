import * as v from 'valibot'
import { worldSchema, type World } from './world-schema.ts'

export interface WorldProblem {
  /** Where in the file, for example `users[0].accessKeys[0].secretAccessKey`. */
  path: string
  message: string
}

export type ParsedWorld = { ok: true; world: World } | { ok: false; problems: WorldProblem[] }

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = ''
  for (const item of issue.path ?? []) {
    const key = item.key
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(the file)' : out
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

/** Validates a world file (already parsed from JSON). Never throws. */
export function parseWorld(input: unknown): ParsedWorld {
  const result = v.safeParse(worldSchema, input)
  if (!result.success) {
    return { ok: false, problems: result.issues.map((issue) => ({ path: pathOf(issue), message: issue.message })) }
  }
  const problems = crossReferenceProblems(result.output)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, world: result.output }
}

/** Parses world-file text. Never throws: bad JSON is a problem like any other. */
export function parseWorldText(text: string): ParsedWorld {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, problems: [{ path: '(the file)', message: `not valid JSON: ${(error as Error).message}` }] }
  }
  return parseWorld(json)
}
