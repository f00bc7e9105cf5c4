import { lazy, Suspense, useMemo } from 'react'
import { encodeQuery } from '../../../engine/index.ts'
import { AppHeader } from '../../shell/app-header.tsx'
import { newSessionKey } from '../../engine/engine-client.ts'
import { CallerPicker } from '../../features/caller/caller-picker.tsx'
import { callerGroups, findCaller, longTermCallers } from '../../state/callers.ts'
import { EndpointPicker } from '../../features/caller/endpoint-picker.tsx'
import { MfaAuthenticator } from '../../features/caller/mfa-authenticator.tsx'
import { ClockControl } from '../../features/clock/clock-control.tsx'
import { useTickingNow } from '../../ui/use-ticking-now.ts'
import { HistoryPanel } from '../../features/history/history-panel.tsx'
import { RequestBuilderPanel } from '../../features/request-builder/request-builder-panel.tsx'
import { draftRequest } from '../../state/request-draft.ts'
import { ResponsePanel } from '../../features/response/response-panel.tsx'
import { ShareControls } from '../../features/settings/share-controls.tsx'
import { StartupNotices } from '../../features/settings/startup-notices.tsx'
import { ThemePicker } from '../../features/settings/theme-picker.tsx'
import { WorldFileControls } from '../../features/settings/world-file-controls.tsx'
import { WhyPanel } from '../../features/why/why-panel.tsx'
import { WireRequestPanel } from '../../features/wire-request/wire-request-panel.tsx'
import { useSendRequest, useSignedPreview } from '../../engine/queries.ts'
import { endpointHost } from '../../state/endpoints.ts'
import { freshState, type PlaygroundState } from '../../state/playground-state.ts'
import { BROKEN_STATE_KEY } from '../../state/saved-state.ts'
import { encodeScenario, scenarioOf, SHARE_PREFIX } from '../../state/share-link.ts'
import type { StartupNotice } from '../../state/startup.ts'
import { usePlayground } from '../../state/use-playground.ts'
import { useSendShortcut } from './use-send-shortcut.ts'

const FederationSection = lazy(() => import('../federation/federation-view.tsx'))

interface AppProps {
  initial: PlaygroundState
  notices: readonly StartupNotice[]
  storage: Storage | undefined
}

export function App({ initial, notices, storage }: AppProps) {
  const { state, dispatch } = usePlayground(initial, storage)
  const nowMs = useTickingNow(state.clockOffsetMs)
  const groups = useMemo(() => callerGroups(state.world, state.wallet), [state.world, state.wallet])
  const longTermIds = useMemo(() => new Set(longTermCallers(state.world).map((c) => c.id)), [state.world])
  const caller = findCaller(groups, state.draft.callerId)
  const { pairs, problems } = useMemo(() => draftRequest(state.draft), [state.draft])
  const body = useMemo(() => encodeQuery(pairs), [pairs])
  const preview = useSignedPreview(caller, state.endpoint, body, nowMs)
  const sending = useSendRequest((exchange) => dispatch({ type: 'recorded', exchange }))
  const shown = state.history.find((exchange) => exchange.id === state.selectedExchangeId)

  const send = () => {
    if (caller === undefined) return
    sending.mutate({ caller, draft: state.draft, endpoint: state.endpoint, body })
  }
  useSendShortcut(send)

  const makeLink = async () => {
    const url = `${location.origin}${location.pathname}${SHARE_PREFIX}${await encodeScenario(scenarioOf(state, longTermIds))}`
    history.replaceState(null, '', url)
    return url
  }

  return (
    <div className="min-h-screen">
      <AppHeader worldName={state.world.name}>
        <ClockControl nowMs={nowMs} offsetMs={state.clockOffsetMs} onOffset={(offsetMs) => dispatch({ type: 'clock', offsetMs })} />
        <ShareControls makeLink={makeLink} onReset={() => dispatch({ type: 'replace', state: freshState(newSessionKey()) })} />
        <WorldFileControls world={state.world} onImport={(world) => dispatch({ type: 'world', world })} />
        <ThemePicker />
      </AppHeader>
      <StartupNotices notices={notices} onDiscardBroken={() => storage?.removeItem(BROKEN_STATE_KEY)} />
      {/* Narrow: one column in reading order. Wide: request | wire request over why | response over history. */}
      <main className="mx-auto grid max-w-[1720px] items-start gap-5 p-4 sm:p-6 xl:grid-cols-[minmax(0,0.95fr)_minmax(0,1fr)_minmax(0,1.2fr)]">
        <div className="min-w-0">
          <RequestBuilderPanel
            draft={state.draft}
            dispatch={(action) => dispatch({ type: 'draft', action })}
            callerPicker={
              <>
                <CallerPicker groups={groups} selected={caller} nowMs={nowMs} onChange={(callerId) => dispatch({ type: 'draft', action: { type: 'caller', callerId } })} />
                <EndpointPicker value={state.endpoint} onChange={(endpoint) => dispatch({ type: 'endpoint', endpoint })} />
                <MfaAuthenticator
                  world={state.world}
                  caller={caller}
                  operation={state.draft.operation}
                  nowMs={nowMs}
                  onFill={(serialNumber, tokenCode) => {
                    dispatch({ type: 'draft', action: { type: 'field', name: 'SerialNumber', value: serialNumber } })
                    dispatch({ type: 'draft', action: { type: 'field', name: 'TokenCode', value: tokenCode } })
                  }}
                />
              </>
            }
            canSend={caller !== undefined}
            problems={problems}
            onSend={send}
          />
        </div>
        <div className="flex min-w-0 flex-col gap-5">
          <WireRequestPanel
            pairs={pairs}
            body={body}
            host={endpointHost(state.endpoint)}
            signed={preview.data?.request}
            signing={preview.data?.signing}
            anonymous={caller?.kind === 'anonymous'}
          />
          <WhyPanel exchange={shown} />
        </div>
        <div className="flex min-w-0 flex-col gap-5">
          <ResponsePanel
            exchange={shown}
            error={sending.error}
            nowMs={nowMs}
            isCaller={shown?.result.issued !== undefined && shown.result.issued.accessKeyId === state.draft.callerId}
            onUseAsCaller={(exchange) => exchange.result.issued && dispatch({ type: 'use-as-caller', accessKeyId: exchange.result.issued.accessKeyId })}
          />
          <HistoryPanel
            entries={state.history}
            selectedId={state.selectedExchangeId}
            onSelect={(id) => dispatch({ type: 'select', id })}
            onRestore={(exchange) => dispatch({ type: 'restore', exchange })}
            onClear={() => dispatch({ type: 'clear-history' })}
          />
        </div>
      </main>
      <section aria-label="Federation" className="mx-auto grid max-w-[1720px] items-start gap-5 px-4 pb-6 sm:px-6 xl:grid-cols-2">
        <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading the simulated identity providers…</p>}>
          <FederationSection world={state.world} nowMs={nowMs} onDraft={(action) => dispatch({ type: 'draft', action })} onWorld={(world) => dispatch({ type: 'world', world })} />
        </Suspense>
      </section>
    </div>
  )
}
