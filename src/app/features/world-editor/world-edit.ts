import { checkWorld, type WorldCheck } from '../../state/world-check.ts'
import type { World, WorldCognito, WorldProblem } from '../../engine/types.ts'

/**
 * The list sections of the world this editor edits. A new provider kind is one more entry here
 * (with an ARN in `arnOf` when IAM names it) and a card of its own. Amazon Cognito is not a list
 * but one object (`world.cognito`): see `setCognito`.
 */
export type ProviderSection = 'samlProviders' | 'oidcProviders' | 'oauth2Providers'
export type ProviderOf<S extends ProviderSection> = NonNullable<World[S]>[number]

/** The providers of a section; an optional section (`oauth2Providers`) that is absent has none. */
export function providersIn<S extends ProviderSection>(world: World, section: S): ProviderOf<S>[] {
  return (world[section] ?? []) as ProviderOf<S>[]
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

