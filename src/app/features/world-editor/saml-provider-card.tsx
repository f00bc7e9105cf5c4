import { useId, useMemo } from 'react'
import { samlProviderArn } from '../../engine/world-model.ts'
import type { World, WorldSamlProvider } from '../../engine/types.ts'
import { AccountField } from './account-field.tsx'
import { CertificateList } from './certificate-list.tsx'
import { EditorField } from '../../ui/editor-field.tsx'
import { ProviderCard } from './provider-card.tsx'
import { samlDraftOf, samlDraftProblems, samlProviderFrom } from './saml-draft.ts'
import { SimulatedIdpLine } from './simulated-idp-line.tsx'
import { useDraft } from '../../ui/use-draft.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'
import { previewEdit } from './world-edit.ts'
import { sameValue } from '../../state/world-check.ts'

interface SamlProviderCardProps {
  world: World
  /** Where the provider is in `world.samlProviders`. */
  index: number
  provider: WorldSamlProvider
  defaultOpen: boolean
  /** Called with the edited provider and the world it makes, which passed parseWorld. */
  onApply: (provider: WorldSamlProvider, world: World) => void
  onRemove: () => void
}

/** One SAML provider of the world: its name, issuer, signing certificates and simulated IdP. */
export function SamlProviderCard({ world, index, provider, defaultOpen, onApply, onRemove }: SamlProviderCardProps) {
  const id = useId()
  const [draft, setDraft, discard] = useDraft(provider, samlDraftOf)
  const path = `samlProviders[${index}]`
  const edited = useMemo(() => samlProviderFrom(provider, draft), [provider, draft])
  const check = useMemo(() => previewEdit(world, 'samlProviders', index, edited, samlDraftProblems(draft, path)), [world, index, edited, draft, path])
  const problems = check.ok ? [] : check.problems
  const invalid = (field: string) => hasProblemAt(problems, `${path}.${field}`)

  return (
    <ProviderCard
      id={id}
      kind="SAML"
      title={provider.name}
      arn={samlProviderArn(world, provider)}
      draftArn={samlProviderArn(world, edited)}
      defaultOpen={defaultOpen}
      dirty={!sameValue(edited, provider)}
      problems={problems}
      onApply={() => check.ok && onApply(edited, check.world)}
      onDiscard={discard}
      onRemove={onRemove}
    >
      <div className="grid min-w-0 gap-4 sm:grid-cols-2">
        <AccountField id={`${id}-account`} world={world} value={draft.account} onChange={(account) => setDraft({ ...draft, account })} />
        <EditorField
          id={`${id}-name`}
          label="Name"
          value={draft.name}
          onChange={(name) => setDraft({ ...draft, name })}
          invalid={invalid('name')}
          hint="Part of the ARN: roles that trust the old ARN stop trusting a renamed provider."
        />
      </div>
      <EditorField
        id={`${id}-issuer`}
        label="Issuer (entity id)"
        value={draft.entityId}
        onChange={(entityId) => setDraft({ ...draft, entityId })}
        invalid={invalid('entityId')}
        hint="STS refuses a response whose Issuer is not this: “Issuer not present in specified provider”. Responses signed before a change carry the old one."
      />
      <CertificateList certificates={draft.certificates} onChange={(certificates) => setDraft({ ...draft, certificates })} path={path} problems={problems} />
      <SimulatedIdpLine
        present={provider.simulatedIdp !== undefined}
        keyDescription="a PKCS#8 private key"
        removing={draft.removeSimulatedIdp}
        onRemovingChange={(removeSimulatedIdp) => setDraft({ ...draft, removeSimulatedIdp })}
      />
    </ProviderCard>
  )
}
