import { useId, useMemo } from 'react'
import type { World, WorldOauth2Provider } from '../../engine/types.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { oauth2DraftOf, oauth2ProviderFrom } from './oauth2-draft.ts'
import { ProviderCard } from './provider-card.tsx'
import { SimulatedIdpLine } from './simulated-idp-line.tsx'
import { useDraft } from '../../ui/use-draft.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'
import { previewEdit } from './world-edit.ts'
import { sameValue } from '../../state/world-check.ts'

interface Oauth2ProviderCardProps {
  world: World
  /** Where the provider is in `world.oauth2Providers`. */
  index: number
  provider: WorldOauth2Provider
  defaultOpen: boolean
  /** Called with the edited provider and the world it makes, which passed parseWorld. */
  onApply: (provider: WorldOauth2Provider, world: World) => void
  onRemove: () => void
}

/**
 * One OAuth 2.0 provider of the world (Login with Amazon, Facebook): its apps, whether STS can reach
 * it, and its simulated IdP. Built into STS, so there is no ARN: trust policies name it by its id.
 */
export function Oauth2ProviderCard({ world, index, provider, defaultOpen, onApply, onRemove }: Oauth2ProviderCardProps) {
  const id = useId()
  const [draft, setDraft, discard] = useDraft(provider, oauth2DraftOf)
  const path = `oauth2Providers[${index}]`
  const edited = useMemo(() => oauth2ProviderFrom(provider, draft), [provider, draft])
  const check = useMemo(() => previewEdit(world, 'oauth2Providers', index, edited), [world, index, edited])
  const problems = check.ok ? [] : check.problems

  return (
    <ProviderCard
      id={id}
      kind="OAuth 2.0"
      title={provider.providerId}
      arn={provider.providerId}
      arnLabel="Federated principal"
      draftArn={edited.providerId}
      defaultOpen={defaultOpen}
      dirty={!sameValue(edited, provider)}
      problems={problems}
      onApply={() => check.ok && onApply(edited, check.world)}
      onDiscard={discard}
      onRemove={onRemove}
    >
      <EditorField
        id={`${id}-app-ids`}
        label="App ids, one per line"
        value={draft.appIdsText}
        onChange={(appIdsText) => setDraft({ ...draft, appIdsText })}
        rows={3}
        invalid={hasProblemAt(problems, `${path}.appIds`)}
        hint="The apps registered at the provider (Login with Amazon client ids, Facebook app ids). STS asks the provider about the access token; a token issued to another app is refused with IDPRejectedClaim."
      />
      <div className="flex flex-col gap-1">
        <div className="flex items-center gap-2">
          <input
            id={`${id}-unreachable`}
            type="checkbox"
            checked={draft.unreachable}
            onChange={(event) => setDraft({ ...draft, unreachable: event.target.checked })}
            aria-describedby={`${id}-unreachable-hint`}
            className="size-4 accent-indigo-600 dark:accent-indigo-400"
          />
          <label htmlFor={`${id}-unreachable`} className="text-sm font-medium text-slate-900 dark:text-slate-100">
            STS cannot reach this provider
          </label>
        </div>
        <p id={`${id}-unreachable-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          As if {provider.providerId} were down: STS cannot ask it about the access token, and answers IDPCommunicationError (400), which a client may retry.
        </p>
      </div>
      <SimulatedIdpLine
        present={provider.simulatedIdp !== undefined}
        keyDescription="a token key"
        removing={draft.removeSimulatedIdp}
        onRemovingChange={(removeSimulatedIdp) => setDraft({ ...draft, removeSimulatedIdp })}
      />
    </ProviderCard>
  )
}
