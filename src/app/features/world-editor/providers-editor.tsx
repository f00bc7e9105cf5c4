import { useRef, useState } from 'react'
import type { World, WorldProblem } from '../../engine/types.ts'
import { Panel } from '../../ui/panel.tsx'
import { secondaryButton } from '../../ui/buttons.ts'
import { COGNITO_PRINCIPAL, newCognito } from './cognito-draft.ts'
import { CognitoProviderCard } from './cognito-provider-card.tsx'
import { missingOauth2ProviderIds, newOauth2Provider, type Oauth2ProviderId } from './oauth2-draft.ts'
import { Oauth2ProviderCard } from './oauth2-provider-card.tsx'
import { newOidcProvider } from './oidc-draft.ts'
import { OidcProviderCard } from './oidc-provider-card.tsx'
import { ProblemList } from '../../ui/problem-list.tsx'
import { AddButton, ProviderSection } from './provider-section.tsx'
import { inheritKey, itemKey } from '../../ui/item-keys.ts'
import { newSamlProvider } from './saml-draft.ts'
import { SamlProviderCard } from './saml-provider-card.tsx'
import { addProvider, providersIn, removeProvider, setCognito, type ProviderOf, type ProviderSection as ProviderSectionName } from './world-edit.ts'
import { checkWorld } from '../../state/world-check.ts'

/** The Cognito card's key: there is at most one. */
const COGNITO_KEY = 'cognito'

interface ProvidersEditorProps {
  world: World
  /** Only ever called with a world that passed the engine's parseWorld. */
  onChange: (world: World) => void
}

/**
 * The world's identity providers, editable: SAML and OIDC (IAM providers), the OAuth 2.0 providers
 * and Amazon Cognito (built into STS). Rotate a certificate, drop a client id, make a provider
 * unreachable, then send again and see STS's answer change. Each card keeps its edit as a draft
 * until Apply; a draft that would make the world invalid shows parseWorld's problems and stays a draft.
 */
export function ProvidersEditor({ world, onChange }: ProvidersEditorProps) {
  // The card of a provider just added opens, ready to edit.
  const [added, setAdded] = useState<string | undefined>(undefined)
  // Problems of an add or a remove (the cards show their own).
  const [problems, setProblems] = useState<readonly WorldProblem[]>([])

  const commit = (next: World): boolean => {
    const check = checkWorld(next)
    setProblems(check.ok ? [] : check.problems)
    if (check.ok) onChange(check.world)
    return check.ok
  }
  // After a removal the card is gone: the keyboard goes to its section's heading, not to the page's start.
  const samlHeading = useRef<HTMLHeadingElement>(null)
  const oidcHeading = useRef<HTMLHeadingElement>(null)
  const oauth2Heading = useRef<HTMLHeadingElement>(null)
  const cognitoHeading = useRef<HTMLHeadingElement>(null)
  const headings = { samlProviders: samlHeading, oidcProviders: oidcHeading, oauth2Providers: oauth2Heading }
  const remove = (section: ProviderSectionName, index: number) => {
    if (commit(removeProvider(world, section, index))) headings[section].current?.focus()
  }
  const add = <S extends ProviderSectionName>(section: S, provider: ProviderOf<S>) => {
    if (commit(addProvider(world, section, provider))) setAdded(itemKey(provider))
  }
  // "Add OAuth 2.0 provider" offers only the ids the world does not have (each may appear once).
  const oauth2Providers = providersIn(world, 'oauth2Providers')
  const missingOauth2 = missingOauth2ProviderIds(world)
  const [oauth2Choice, setOauth2Choice] = useState<Oauth2ProviderId | undefined>(undefined)
  const oauth2ToAdd = oauth2Choice !== undefined && missingOauth2.includes(oauth2Choice) ? oauth2Choice : missingOauth2[0]
  const applied = (from: object, to: object, next: World) => {
    inheritKey(from, to)
    setProblems([])
    onChange(next)
  }

  return (
    <Panel id="providers" title="Identity providers in the world" description="What STS trusts for AssumeRoleWithSAML and AssumeRoleWithWebIdentity. Edit, apply, and send again.">
      <ProblemList id="providers-problems" problems={problems} consequence="The world was not changed." />
      <ProviderSection id="providers-saml" headingRef={samlHeading} title={`SAML providers (${world.samlProviders.length})`} isEmpty={world.samlProviders.length === 0}>
        {world.samlProviders.map((provider, index) => {
          const key = itemKey(provider)
          return (
            <SamlProviderCard
              key={key}
              world={world}
              index={index}
              provider={provider}
              defaultOpen={key === added}
              onApply={(edited, next) => applied(provider, edited, next)}
              onRemove={() => remove('samlProviders', index)}
            />
          )
        })}
        <AddButton onClick={() => add('samlProviders', newSamlProvider(world))}>Add SAML provider</AddButton>
      </ProviderSection>
      <ProviderSection id="providers-oidc" headingRef={oidcHeading} title={`OIDC providers (${world.oidcProviders.length})`} isEmpty={world.oidcProviders.length === 0}>
        {world.oidcProviders.map((provider, index) => {
          const key = itemKey(provider)
          return (
            <OidcProviderCard
              key={key}
              world={world}
              index={index}
              provider={provider}
              defaultOpen={key === added}
              onApply={(edited, next) => applied(provider, edited, next)}
              onRemove={() => remove('oidcProviders', index)}
            />
          )
        })}
        <AddButton onClick={() => add('oidcProviders', newOidcProvider(world))}>Add OIDC provider</AddButton>
      </ProviderSection>
      <ProviderSection
        id="providers-oauth2"
        headingRef={oauth2Heading}
        title={`OAuth 2.0 providers (${oauth2Providers.length})`}
        intro="Login with Amazon and Facebook, built into STS: AssumeRoleWithWebIdentity with ProviderId, and STS asks the provider about the access token."
        isEmpty={oauth2Providers.length === 0}
      >
        {oauth2Providers.map((provider, index) => {
          const key = itemKey(provider)
          return (
            <Oauth2ProviderCard
              key={key}
              world={world}
              index={index}
              provider={provider}
              defaultOpen={key === added}
              onApply={(edited, next) => applied(provider, edited, next)}
              onRemove={() => remove('oauth2Providers', index)}
            />
          )
        })}
        {oauth2ToAdd === undefined ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">Both OAuth 2.0 providers STS knows are in the world.</p>
        ) : (
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor="providers-oauth2-add" className="text-sm font-medium text-slate-900 dark:text-slate-100">
                OAuth 2.0 provider to add
              </label>
              <select
                id="providers-oauth2-add"
                value={oauth2ToAdd}
                onChange={(event) => setOauth2Choice(event.target.value as Oauth2ProviderId)}
                className="rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm text-slate-900 shadow-xs dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
              >
                {missingOauth2.map((providerId) => (
                  <option key={providerId} value={providerId}>
                    {providerId}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className={secondaryButton} onClick={() => add('oauth2Providers', newOauth2Provider(oauth2ToAdd))}>
              Add OAuth 2.0 provider
            </button>
          </div>
        )}
      </ProviderSection>
      <ProviderSection
        id="providers-cognito"
        headingRef={cognitoHeading}
        title="Amazon Cognito"
        emptyText="None: no Cognito identity token verifies."
        isEmpty={world.cognito === undefined}
      >
        {world.cognito === undefined ? (
          <AddButton
            onClick={() => {
              if (commit(setCognito(world, newCognito()))) setAdded(COGNITO_KEY)
            }}
          >
            Add Amazon Cognito ({COGNITO_PRINCIPAL})
          </AddButton>
        ) : (
          <CognitoProviderCard
            key={COGNITO_KEY}
            world={world}
            cognito={world.cognito}
            defaultOpen={added === COGNITO_KEY}
            onApply={(_, next) => {
              setProblems([])
              onChange(next)
            }}
            onRemove={() => {
              if (commit(setCognito(world, undefined))) cognitoHeading.current?.focus()
            }}
          />
        )}
      </ProviderSection>
    </Panel>
  )
}
