import { oidcProviderArn, parseWorld, samlProviderArn } from '../engine/world-model.ts'
import type { World, WorldProblem } from '../engine/types.ts'

/**
 * The check every editor of the world makes before an edit is applied: the engine's parseWorld, the
 * editor's own problems (text that is not JSON, a tag key typed twice), and IAM's rule that two
 * identity providers of an account may not share an ARN.
 */

/** What an edit would make of the world: the world to apply, or why it cannot be applied. */
export type WorldCheck = { ok: true; world: World } | { ok: false; problems: WorldProblem[] }

/** The sections whose providers are IAM entities with an ARN (OAuth 2.0 providers are built into STS). */
type IamProviderSection = 'samlProviders' | 'oidcProviders'

/** The IAM ARN of the provider at `section[index]`: two providers may not share one. */
function arnOf(world: World, section: IamProviderSection, index: number): string | undefined {
  if (section === 'samlProviders') {
    const provider = world.samlProviders[index]
    return provider && samlProviderArn(world, provider)
  }
  const provider = world.oidcProviders[index]
  return provider && oidcProviderArn(world, provider)
}

/** The field an ARN is made from, so a duplicate is reported where the learner typed it. */
const ARN_FIELD: Record<IamProviderSection, string> = { samlProviders: 'name', oidcProviders: 'url' }

/**
 * Providers that share an ARN. parseWorld does not look (it does for OAuth 2.0 provider ids), but IAM refuses a second provider with the
 * same name or URL in an account (EntityAlreadyExists), and STS could only ever find the first.
 */
export function duplicateArnProblems(world: World): WorldProblem[] {
  const problems: WorldProblem[] = []
  for (const section of Object.keys(ARN_FIELD) as IamProviderSection[]) {
    const seen = new Map<string, number>()
    world[section].forEach((_, index) => {
      const arn = arnOf(world, section, index)
      if (arn === undefined) return
      const earlier = seen.get(arn)
      if (earlier === undefined) seen.set(arn, index)
      else problems.push({ path: `${section}[${index}].${ARN_FIELD[section]}`, message: `${arn} is already the ARN of ${section}[${earlier}] (IAM: EntityAlreadyExists)` })
    })
  }
  return problems
}

/**
 * Checks a world the editor made: the engine's parseWorld, plus the editor's own `extra` problems
 * (text that is not even JSON) and duplicate ARNs. On success it hands back the world it was given,
 * not parseWorld's copy: that copy drops fields the schema does not know, and an editor must not.
 */
export function checkWorld(world: World, extra: readonly WorldProblem[] = []): WorldCheck {
  const parsed = parseWorld(world)
  const problems = [...extra, ...(parsed.ok ? [] : parsed.problems), ...duplicateArnProblems(world)]
  return problems.length === 0 ? { ok: true, world } : { ok: false, problems }
}


/** True when two values hold the same data (key order included, which spreading keeps): nothing to apply. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
