import { oidcProviderArn, parseWorld, samlProviderArn } from '../../engine/world-model.ts'
import type { World, WorldCognito, WorldProblem } from '../../engine/types.ts'

/**
 * The list sections of the world this editor edits. A new provider kind is one more entry here
 * (with an ARN in `arnOf` when IAM names it) and a card of its own. Amazon Cognito is not a list
 * but one object (`world.cognito`): see `setCognito`.
 */
export type ProviderSection = 'samlProviders' | 'oidcProviders' | 'oauth2Providers'
/** The sections whose providers are IAM entities with an ARN (OAuth 2.0 providers are built into STS). */
type IamProviderSection = 'samlProviders' | 'oidcProviders'
export type ProviderOf<S extends ProviderSection> = NonNullable<World[S]>[number]

/** The providers of a section; an optional section (`oauth2Providers`) that is absent has none. */
export function providersIn<S extends ProviderSection>(world: World, section: S): ProviderOf<S>[] {
  return (world[section] ?? []) as ProviderOf<S>[]
}

/** What an edit would make of the world: the world to apply, or why it cannot be applied. */
export type WorldCheck = { ok: true; world: World } | { ok: false; problems: WorldProblem[] }

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

/** The world with `section[index]` replaced; everything else is the same objects. */
export function replaceProvider<S extends ProviderSection>(world: World, section: S, index: number, provider: ProviderOf<S>): World {
  const items = providersIn(world, section).map((item, i) => (i === index ? provider : item))
  return { ...world, [section]: items }
}

/** The world without `section[index]`. */
export function removeProvider(world: World, section: ProviderSection, index: number): World {
  return { ...world, [section]: providersIn(world, section).filter((_, i) => i !== index) }
}

/** The world with `provider` added at the end of `section`. */
export function addProvider<S extends ProviderSection>(world: World, section: S, provider: ProviderOf<S>): World {
  const items = [...providersIn(world, section), provider]
  return { ...world, [section]: items }
}

/** Replaces one provider and checks the result: what the card's Apply would do. */
export function previewEdit<S extends ProviderSection>(world: World, section: S, index: number, provider: ProviderOf<S>, extra: readonly WorldProblem[] = []): WorldCheck {
  return checkWorld(replaceProvider(world, section, index, provider), extra)
}

/** The world with `cognito` as its Amazon Cognito section, or without one when it is undefined. */
export function setCognito(world: World, cognito: WorldCognito | undefined): World {
  const next: World = { ...world }
  if (cognito === undefined) delete next.cognito
  else next.cognito = cognito
  return next
}

/** Replaces the Cognito section and checks the result: what the Cognito card's Apply would do. */
export function previewCognitoEdit(world: World, cognito: WorldCognito, extra: readonly WorldProblem[] = []): WorldCheck {
  return checkWorld(setCognito(world, cognito), extra)
}

/** The account new providers go in: the workload account of the demo world when there is one. */
export function defaultAccount(world: World): string {
  return world.accounts.some((account) => account.id === '111111111111') ? '111111111111' : (world.accounts[0]?.id ?? '111111111111')
}

/** True when two providers hold the same data (key order included, which spreading keeps): nothing to apply. */
export function sameProvider(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
