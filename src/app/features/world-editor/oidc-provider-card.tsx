import { useId, useMemo } from 'react'
import { oidcProviderArn } from '../../engine/world-model.ts'
import type { World, WorldOidcProvider } from '../../engine/types.ts'
import { AccountField } from './account-field.tsx'
import { EditorField } from '../../ui/editor-field.tsx'
import { oidcDraftOf, oidcProviderFrom } from './oidc-draft.ts'
import { ProviderCard } from './provider-card.tsx'
import { SimulatedIdpLine, simulatedKeyId } from './simulated-idp-line.tsx'
import { useDraft } from '../../ui/use-draft.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'
import { previewEdit } from './world-edit.ts'
import { sameValue } from '../../state/world-check.ts'

interface OidcProviderCardProps {
  world: World
  /** Where the provider is in `world.oidcProviders`. */
  index: number
  provider: WorldOidcProvider
  defaultOpen: boolean
  /** Called with the edited provider and the world it makes, which passed parseWorld. */
  onApply: (provider: WorldOidcProvider, world: World) => void
  onRemove: () => void
}

/** One OIDC provider of the world: its issuer URL, client ids, JWKS, reachability and simulated IdP. */
export function OidcProviderCard({ world, index, provider, defaultOpen, onApply, onRemove }: OidcProviderCardProps) {
  const id = useId()
  const [draft, setDraft, discard] = useDraft(provider, oidcDraftOf)
  const path = `oidcProviders[${index}]`
  const built = useMemo(() => oidcProviderFrom(provider, draft, path), [provider, draft, path])
  const check = useMemo(() => previewEdit(world, 'oidcProviders', index, built.provider, built.problems), [world, index, built])
  const problems = check.ok ? [] : check.problems
  const invalid = (field: string) => hasProblemAt(problems, `${path}.${field}`)
  const kid = simulatedKeyId(provider)

  return (
    <ProviderCard
      id={id}
      kind="OIDC"
      title={provider.url.replace(/^https:\/\//, '')}
      arn={oidcProviderArn(world, provider)}
      draftArn={oidcProviderArn(world, built.provider)}
      defaultOpen={defaultOpen}
      dirty={built.problems.length > 0 || !sameValue(built.provider, provider)}
      problems={problems}
      onApply={() => check.ok && onApply(built.provider, check.world)}
      onDiscard={discard}
      onRemove={onRemove}
    >
      <div className="grid min-w-0 gap-4 sm:grid-cols-2">
        <AccountField id={`${id}-account`} world={world} value={draft.account} onChange={(account) => setDraft({ ...draft, account })} />
        <EditorField
          id={`${id}-url`}
          label="Issuer URL"
          value={draft.url}
          onChange={(url) => setDraft({ ...draft, url })}
          invalid={invalid('url')}
          hint="The token's iss must equal it exactly (a trailing slash counts). Without https:// it is the ARN's last part."
        />
      </div>
      <EditorField
        id={`${id}-client-ids`}
        label="Client ids (audiences), one per line"
        value={draft.clientIdsText}
        onChange={(clientIdsText) => setDraft({ ...draft, clientIdsText })}
        rows={3}
        invalid={invalid('clientIds')}
        hint="The token's aud (or azp) must be one of them, or STS answers “Incorrect token audience”."
      />
      <EditorField
        id={`${id}-jwks`}
        label="JWKS (JSON)"
        value={draft.jwksText}
        onChange={(jwksText) => setDraft({ ...draft, jwksText })}
        rows={8}
        invalid={invalid('jwks')}
        hint="The public keys STS verifies the token's signature with, chosen by kid and alg. Remove or change the IdP's key and its tokens no longer verify."
      />
      <div className="flex flex-col gap-1">
        <div className="flex items-center gap-2">
          <input
            id={`${id}-unreachable`}
            type="checkbox"
            checked={draft.keysUnreachable}
            onChange={(event) => setDraft({ ...draft, keysUnreachable: event.target.checked })}
            aria-describedby={`${id}-unreachable-hint`}
            className="size-4 accent-indigo-600 dark:accent-indigo-400"
          />
          <label htmlFor={`${id}-unreachable`} className="text-sm font-medium text-slate-900 dark:text-slate-100">
            STS cannot reach this provider's keys
          </label>
        </div>
        <p id={`${id}-unreachable-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          As if its /.well-known/openid-configuration and jwks_uri were down: every token of this issuer gets InvalidIdentityToken “Couldn't retrieve verification key from your identity provider”.
        </p>
      </div>
      <SimulatedIdpLine
        present={provider.simulatedIdp !== undefined}
        keyDescription={kid === undefined ? 'a private JWK' : `the private JWK of key ${kid}`}
        removing={draft.removeSimulatedIdp}
        onRemovingChange={(removeSimulatedIdp) => setDraft({ ...draft, removeSimulatedIdp })}
      />
    </ProviderCard>
  )
}
