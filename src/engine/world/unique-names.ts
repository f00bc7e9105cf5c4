import type { World } from './world-schema.ts'
import type { WorldProblem } from './world-problem.ts'

/**
 * Users, and roles, that share a name within an account. "Names of users, groups, roles, and
 * instance profiles must be unique within the account. They are not distinguished by case, for
 * example, you cannot create groups named both ADMINS and admins" (IAM User Guide, "IAM and AWS STS
 * quotas, name requirements, and character limits"). The path is the later entry's name.
 */
export function duplicateNameProblems(world: World): WorldProblem[] {
  const problems: WorldProblem[] = []
  const sections = [
    ['users', 'user', world.users],
    ['roles', 'role', world.roles],
  ] as const
  for (const [section, what, entities] of sections) {
    const seen = new Map<string, number>()
    entities.forEach((entity, index) => {
      const key = `${entity.account}/${entity.name.toLowerCase()}`
      const earlier = seen.get(key)
      if (earlier === undefined) seen.set(key, index)
      else {
        const first = entities[earlier]?.name ?? ''
        const sameCase = first === entity.name
        problems.push({
          path: `${section}[${index}].name`,
          message: `account ${entity.account} already has a ${what} named ${first} (${section}[${earlier}])${sameCase ? '' : '; IAM names do not differ by case alone'}`,
        })
      }
    })
  }
  return problems
}
