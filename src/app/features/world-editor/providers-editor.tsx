import { useRef, useState } from 'react'
import type { World, WorldProblem } from '../../../engine/index.ts'
import { Panel } from '../../components/panel.tsx'
import { secondaryButton } from './buttons.ts'
import { COGNITO_PRINCIPAL, newCognito } from './cognito-draft.ts'
import { CognitoProviderCard } from './cognito-provider-card.tsx'
import { missingOauth2ProviderIds, newOauth2Provider, type Oauth2ProviderId } from './oauth2-draft.ts'
import { Oauth2ProviderCard } from './oauth2-provider-card.tsx'
import { newOidcProvider } from './oidc-draft.ts'
import { OidcProviderCard } from './oidc-provider-card.tsx'
import { ProblemList } from './problem-list.tsx'
import { inheritKey, providerKey } from './provider-keys.ts'
import { newSamlProvider } from './saml-draft.ts'
import { SamlProviderCard } from './saml-provider-card.tsx'
import { addProvider, checkWorld, providersIn, removeProvider, setCognito, type ProviderSection } from './world-edit.ts'

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
  const remove = (section: ProviderSection, index: number) => {
    if (commit(removeProvider(world, section, index))) headings[section].current?.focus()
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
      <section aria-labelledby="providers-saml" className="flex flex-col gap-3">
        <h3 id="providers-saml" ref={samlHeading} tabIndex={-1} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          SAML providers ({world.samlProviders.length})
        </h3>
        {world.samlProviders.length === 0 && <p className="text-sm text-slate-700 dark:text-slate-300">None.</p>}
        {world.samlProviders.map((provider, index) => {
          const key = providerKey(provider)
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
        <div>
          <button
            type="button"
            className={secondaryButton}
            onClick={() => {
              const provider = newSamlProvider(world)
              if (commit(addProvider(world, 'samlProviders', provider))) setAdded(providerKey(provider))
            }}
          >
            Add SAML provider
          </button>
        </div>
      </section>
      <section aria-labelledby="providers-oidc" className="flex flex-col gap-3">
        <h3 id="providers-oidc" ref={oidcHeading} tabIndex={-1} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          OIDC providers ({world.oidcProviders.length})
        </h3>
        {world.oidcProviders.length === 0 && <p className="text-sm text-slate-700 dark:text-slate-300">None.</p>}
        {world.oidcProviders.map((provider, index) => {
          const key = providerKey(provider)
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
        <div>
          <button
            type="button"
            className={secondaryButton}
            onClick={() => {
              const provider = newOidcProvider(world)
              if (commit(addProvider(world, 'oidcProviders', provider))) setAdded(providerKey(provider))
            }}
          >
            Add OIDC provider
          </button>
        </div>
      </section>
      <section aria-labelledby="providers-oauth2" className="flex flex-col gap-3">
        <h3 id="providers-oauth2" ref={oauth2Heading} tabIndex={-1} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          OAuth 2.0 providers ({oauth2Providers.length})
        </h3>
        <p className="text-xs text-slate-600 dark:text-slate-400">Login with Amazon and Facebook, built into STS: AssumeRoleWithWebIdentity with ProviderId, and STS asks the provider about the access token.</p>
        {oauth2Providers.length === 0 && <p className="text-sm text-slate-700 dark:text-slate-300">None.</p>}
        {oauth2Providers.map((provider, index) => {
          const key = providerKey(provider)
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
            <button
              type="button"
              className={secondaryButton}
              onClick={() => {
                const provider = newOauth2Provider(oauth2ToAdd)
                if (commit(addProvider(world, 'oauth2Providers', provider))) setAdded(providerKey(provider))
              }}
            >
              Add OAuth 2.0 provider
            </button>
          </div>
        )}
      </section>
      <section aria-labelledby="providers-cognito" className="flex flex-col gap-3">
        <h3 id="providers-cognito" ref={cognitoHeading} tabIndex={-1} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          Amazon Cognito
        </h3>
        {world.cognito === undefined ? (
          <>
            <p className="text-sm text-slate-700 dark:text-slate-300">None: no Cognito identity token verifies.</p>
            <div>
              <button
                type="button"
                className={secondaryButton}
                onClick={() => {
                  if (commit(setCognito(world, newCognito()))) setAdded(COGNITO_KEY)
                }}
              >
                Add Amazon Cognito ({COGNITO_PRINCIPAL})
              </button>
            </div>
          </>
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
      </section>
    </Panel>
  )
}
