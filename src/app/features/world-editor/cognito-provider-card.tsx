import { useId, useMemo } from 'react'
import type { World, WorldCognito } from '../../engine/types.ts'
import { COGNITO_PATH, COGNITO_PRINCIPAL, cognitoDraftOf, cognitoFrom } from './cognito-draft.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { IdentityPoolList } from './identity-pool-list.tsx'
import { ProviderCard } from './provider-card.tsx'
import { SimulatedIdpLine, simulatedKeyId } from './simulated-idp-line.tsx'
import { useDraft } from '../../ui/use-draft.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'
import { previewCognitoEdit } from './world-edit.ts'
import { sameValue } from '../../state/world-check.ts'

interface CognitoProviderCardProps {
  world: World
  cognito: WorldCognito
  defaultOpen: boolean
  /** Called with the edited Cognito section and the world it makes, which passed parseWorld. */
  onApply: (cognito: WorldCognito, world: World) => void
  onRemove: () => void
}

/**
 * Amazon Cognito, built into STS: its published keys (JWKS), the world's identity pools and the
 * simulated IdP. No IAM provider: trust policies name `cognito-identity.amazonaws.com`.
 */
export function CognitoProviderCard({ world, cognito, defaultOpen, onApply, onRemove }: CognitoProviderCardProps) {
  const id = useId()
  const [draft, setDraft, discard] = useDraft(cognito, cognitoDraftOf)
  const built = useMemo(() => cognitoFrom(cognito, draft), [cognito, draft])
  const check = useMemo(() => previewCognitoEdit(world, built.cognito, built.problems), [world, built])
  const problems = check.ok ? [] : check.problems
  const kid = simulatedKeyId(cognito)

  return (
    <ProviderCard
      id={id}
      kind="Cognito"
      title={`Amazon Cognito (${COGNITO_PRINCIPAL})`}
      arn={COGNITO_PRINCIPAL}
      arnLabel="Federated principal"
      draftArn={COGNITO_PRINCIPAL}
      defaultOpen={defaultOpen}
      dirty={built.problems.length > 0 || !sameValue(built.cognito, cognito)}
      problems={problems}
      onApply={() => check.ok && onApply(built.cognito, check.world)}
      onDiscard={discard}
      onRemove={onRemove}
    >
      <IdentityPoolList world={world} rows={draft.identityPools} onChange={(identityPools) => setDraft({ ...draft, identityPools })} path={COGNITO_PATH} problems={problems} />
      <EditorField
        id={`${id}-jwks`}
        label="JWKS (JSON)"
        value={draft.jwksText}
        onChange={(jwksText) => setDraft({ ...draft, jwksText })}
        rows={8}
        invalid={hasProblemAt(problems, `${COGNITO_PATH}.jwks`)}
        hint="The public keys Cognito publishes; STS verifies identity tokens with them, chosen by kid. Remove or change the simulated IdP's key and its tokens no longer verify."
      />
      <SimulatedIdpLine
        present={cognito.simulatedIdp !== undefined}
        keyDescription={kid === undefined ? 'a private JWK' : `the private JWK of key ${kid}`}
        removing={draft.removeSimulatedIdp}
        onRemovingChange={(removeSimulatedIdp) => setDraft({ ...draft, removeSimulatedIdp })}
      />
    </ProviderCard>
  )
}
