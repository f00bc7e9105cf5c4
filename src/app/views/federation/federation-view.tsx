// The federation half of the page: the simulated IdPs and the inspector. Loaded on its own
// (React.lazy in app.tsx), so the first page stays within the JavaScript budget.
import { useMemo, useState } from 'react'
import { simulatedProviders, type World } from '../../../engine/index.ts'
import type { DraftAction } from '../../state/request-draft.ts'
import { prefillFor } from '../../features/identity-provider/sign-in-form.ts'
import { SignInPanel } from '../../features/identity-provider/sign-in-panel.tsx'
import { InspectorPanel } from '../../features/inspector/inspector-panel.tsx'
import { worldIssuers } from '../../features/inspector/known-issuers.ts'
import { ProvidersEditor } from '../../features/world-editor/providers-editor.tsx'

interface FederationSectionProps {
  world: World
  nowMs: number
  onDraft: (action: DraftAction) => void
  /** An edited world (the providers editor only hands over worlds that passed parseWorld). */
  onWorld: (world: World) => void
}

export default function FederationSection({ world, nowMs, onDraft, onWorld }: FederationSectionProps) {
  const providers = useMemo(() => simulatedProviders(world), [world])
  const issuers = useMemo(() => worldIssuers(world), [world])
  const [inspected, setInspected] = useState<string | undefined>(undefined)
  return (
    <>
      <div className="min-w-0">
        <SignInPanel
          world={world}
          providers={providers}
          onUse={(signedIn) => onDraft(prefillFor(signedIn.kind, signedIn.form, signedIn.credential))}
          onInspect={(signedIn) => setInspected(signedIn.credential)}
        />
      </div>
      <div className="min-w-0">
        <InspectorPanel
          {...(inspected === undefined ? {} : { initial: inspected })}
          nowMs={nowMs}
          knownIssuers={issuers}
          onUse={(text, kind) =>
            onDraft({
              type: 'prefill',
              callerId: 'anonymous',
              operation: kind === 'saml' ? 'AssumeRoleWithSAML' : 'AssumeRoleWithWebIdentity',
              fields: kind === 'saml' ? { SAMLAssertion: text } : { WebIdentityToken: text },
            })
          }
        />
      </div>
      <div className="min-w-0 xl:col-span-2">
        <ProvidersEditor world={world} onChange={onWorld} />
      </div>
    </>
  )
}
