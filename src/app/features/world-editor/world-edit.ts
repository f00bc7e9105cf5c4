import { parseWorld, type World, type WorldProblem } from '../../../engine/index.ts'
import { oidcProviderArn, samlProviderArn } from './provider-arn.ts'

/**
 * The sections of the world this editor edits. A new provider kind (OAuth 2.0, Cognito) is one
 * more entry here, an ARN in `arnOf`, and a card of its own.
 */
export type ProviderSection = 'samlProviders' | 'oidcProviders'
export type ProviderOf<S extends ProviderSection> = World[S][number]

/** What an edit would make of the world: the world to apply, or why it cannot be applied. */
export type WorldCheck = { ok: true; world: World } | { ok: false; problems: WorldProblem[] }

/** The IAM ARN of the provider at `section[index]`: two providers may not share one. */
function arnOf(world: World, section: ProviderSection, index: number): string | undefined {
  if (section === 'samlProviders') {
    const provider = world.samlProviders[index]
    return provider && samlProviderArn(world, provider)
  }
  const provider = world.oidcProviders[index]
  return provider && oidcProviderArn(world, provider)
}

/** The field an ARN is made from, so a duplicate is reported where the learner typed it. */
const ARN_FIELD: Record<ProviderSection, string> = { samlProviders: 'name', oidcProviders: 'url' }

/**
 * Providers that share an ARN. parseWorld does not look, but IAM refuses a second provider with the
 * same name or URL in an account (EntityAlreadyExists), and STS could only ever find the first.
 */
export function duplicateArnProblems(world: World): WorldProblem[] {
  const problems: WorldProblem[] = []
  for (const section of Object.keys(ARN_FIELD) as ProviderSection[]) {
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

/** The world with `section[index]` replaced; everything else is the same objects. */
export function replaceProvider<S extends ProviderSection>(world: World, section: S, index: number, provider: ProviderOf<S>): World {
  const items: ProviderOf<S>[] = world[section].map((item, i) => (i === index ? provider : item))
  return { ...world, [section]: items }
}

/** The world without `section[index]`. */
export function removeProvider(world: World, section: ProviderSection, index: number): World {
  return { ...world, [section]: world[section].filter((_, i) => i !== index) }
}

/** The world with `provider` added at the end of `section`. */
export function addProvider<S extends ProviderSection>(world: World, section: S, provider: ProviderOf<S>): World {
  const items: ProviderOf<S>[] = [...world[section], provider]
  return { ...world, [section]: items }
}

/** Replaces one provider and checks the result: what the card's Apply would do. */
export function previewEdit<S extends ProviderSection>(world: World, section: S, index: number, provider: ProviderOf<S>, extra: readonly WorldProblem[] = []): WorldCheck {
  return checkWorld(replaceProvider(world, section, index, provider), extra)
}

/** True when a problem is at `path` or inside it (`jwks` holds `jwks.keys[0]`). */
export function hasProblemAt(problems: readonly WorldProblem[], path: string): boolean {
  return problems.some((problem) => problem.path === path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`))
}

/** The account new providers go in: the workload account of the demo world when there is one. */
export function defaultAccount(world: World): string {
  return world.accounts.some((account) => account.id === '111111111111') ? '111111111111' : (world.accounts[0]?.id ?? '111111111111')
}

/** True when two providers hold the same data (key order included, which spreading keeps): nothing to apply. */
export function sameProvider(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
