// The federation view (#/federation): sign in at the world's simulated identity providers, inspect and
// tamper with what they hand over; the providers themselves are edited in the World view. "Use in AssumeRoleWith…" fills the
// workbench's request and takes the user there, with focus on Send.
import { useMemo, useState } from 'react'
import { simulatedProviders } from '../../engine/world-model.ts'
import { prefillFor } from '../../features/identity-provider/sign-in-form.ts'
import { SignInPanel } from '../../features/identity-provider/sign-in-panel.tsx'
import { InspectorPanel } from '../../features/inspector/inspector-panel.tsx'
import { worldIssuers } from '../../features/inspector/known-issuers.ts'
import { openWorldAt } from '../../features/world-browser/world-place.ts'
import type { DraftAction } from '../../state/request-draft.ts'
import type { ViewProps } from '../../state/view-props.ts'

export default function FederationView({ state, dispatch, navigate }: ViewProps) {
  const { world } = state
  const providers = useMemo(() => simulatedProviders(world), [world])
  const issuers = useMemo(() => worldIssuers(world), [world])
  const [inspected, setInspected] = useState<string | undefined>(undefined)
  const sendToWorkbench = (action: DraftAction) => {
    dispatch({ type: 'draft', action })
    navigate('/', 'send')
  }
  return (
    <div className="mx-auto grid max-w-[1720px] items-start gap-5 p-4 sm:p-6 xl:grid-cols-2">
      <div className="min-w-0">
        <SignInPanel
          world={world}
          providers={providers}
          clockOffsetMs={state.clockOffsetMs}
          onUse={(signedIn) => sendToWorkbench(prefillFor(signedIn.kind, signedIn.form, signedIn.credential))}
          onInspect={(signedIn) => setInspected(signedIn.credential)}
        />
      </div>
      <div className="min-w-0">
        <InspectorPanel
          {...(inspected === undefined ? {} : { initial: inspected })}
          clockOffsetMs={state.clockOffsetMs}
          knownIssuers={issuers}
          onUse={(text, kind) =>
            sendToWorkbench({
              type: 'prefill',
              callerId: 'anonymous',
              operation: kind === 'saml' ? 'AssumeRoleWithSAML' : 'AssumeRoleWithWebIdentity',
              fields: kind === 'saml' ? { SAMLAssertion: text } : { WebIdentityToken: text },
            })
          }
        />
      </div>
      <p className="text-sm text-slate-700 xl:col-span-2 dark:text-slate-300">
        The identity providers themselves (certificates, keys, client ids, reachability) are edited in the{' '}
        <a href="#/world" onClick={(event) => { event.preventDefault(); openWorldAt('providers'); navigate('/world') }} className="font-semibold text-indigo-700 underline dark:text-indigo-300">
          World view, under Identity providers
        </a>
        .
      </p>
    </div>
  )
}
