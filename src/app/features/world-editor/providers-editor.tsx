import { useRef, useState } from 'react'
import type { World, WorldProblem } from '../../../engine/index.ts'
import { Panel } from '../../components/panel.tsx'
import { secondaryButton } from './buttons.ts'
import { newOidcProvider } from './oidc-draft.ts'
import { OidcProviderCard } from './oidc-provider-card.tsx'
import { ProblemList } from './problem-list.tsx'
import { inheritKey, providerKey } from './provider-keys.ts'
import { newSamlProvider } from './saml-draft.ts'
import { SamlProviderCard } from './saml-provider-card.tsx'
import { addProvider, checkWorld, removeProvider } from './world-edit.ts'

interface ProvidersEditorProps {
  world: World
  /** Only ever called with a world that passed the engine's parseWorld. */
  onChange: (world: World) => void
}

/**
 * The world's SAML and OIDC providers, editable: rotate a certificate, drop a client id, make the
 * keys unreachable, then send again and see STS's answer change. Each card keeps its edit as a draft
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
  const remove = (section: 'samlProviders' | 'oidcProviders', index: number) => {
    if (commit(removeProvider(world, section, index))) (section === 'samlProviders' ? samlHeading : oidcHeading).current?.focus()
  }
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
    </Panel>
  )
}
