// The running playground: the one state every view shares (world, wallet, history, draft), the engine
// client for its world, the toolbar, start-up notices and the current view. Loaded after the first
// paint, with the state it starts from.
import { useState } from 'react'
import { newSessionKey } from '../engine/engine-client.ts'
import { EngineProvider } from '../engine/engine-provider.tsx'
import { ClockControl } from '../features/clock/clock-control.tsx'
import { ShareControls } from '../features/settings/share-controls.tsx'
import { SaveStatusBanner } from '../features/settings/save-status-banner.tsx'
import { ScenarioBanner } from '../features/settings/scenario-banner.tsx'
import { StartupNotices } from '../features/settings/startup-notices.tsx'
import { ThemePicker } from '../features/settings/theme-picker.tsx'
import { WorldFileControls } from '../features/settings/world-file-controls.tsx'
import { freshState } from '../state/playground-state.ts'
import { BROKEN_STATE_KEY } from '../state/storage-keys.ts'
import { encodeScenario, scenarioOf, SHARE_PREFIX } from '../state/share-link.ts'
import type { Startup, StartupNotice, Stores } from '../state/startup.ts'
import { useWorkspace } from '../state/use-workspace.ts'
import type { ArrivalFocus } from '../state/view-props.ts'
import { longTermCallerIds } from '../state/callers.ts'
import { AppHeader } from './app-header.tsx'
import { goTo, useHashRoute } from './use-hash-route.ts'
import { useShareLinkArrivals } from './use-share-link-arrivals.ts'
import { ViewOutlet } from './view-outlet.tsx'

interface PlaygroundProps {
  start: Startup
  stores: Stores
}

export default function Playground({ start, stores }: PlaygroundProps) {
  const { workspace, state, dispatch, status, settleOtherTab, importWorld } = useWorkspace(start, stores)
  const route = useHashRoute()
  const [arrivalFocus, setArrivalFocus] = useState<ArrivalFocus | undefined>(undefined)
  const [notices, setNotices] = useState<readonly StartupNotice[]>(start.notices)
  useShareLinkArrivals(workspace, dispatch, (notice) => setNotices((shown) => [...shown, notice]))

  const makeLink = async () => {
    const scenario = scenarioOf(state, longTermCallerIds(state.world))
    return `${location.origin}${location.pathname}${SHARE_PREFIX}${await encodeScenario(scenario)}`
  }
  const navigate = (path: string, focus?: ArrivalFocus) => {
    setArrivalFocus(focus)
    goTo(path)
  }

  return (
    <EngineProvider world={state.world} sessionKey={state.sessionKey}>
      <div className="min-h-screen">
        <AppHeader worldName={state.world.name} route={route}>
          <ClockControl offsetMs={state.clockOffsetMs} onOffset={(offsetMs) => dispatch({ type: 'clock', offsetMs })} />
          <ShareControls makeLink={makeLink} onReset={() => {
              // Reset is for the user's own playground: an open scenario closes with it.
              dispatch({ type: 'leave-scenario' })
              dispatch({ type: 'replace', state: freshState(newSessionKey()) })
            }} />
          <WorldFileControls world={state.world} onImport={importWorld} />
          <ThemePicker />
        </AppHeader>
        {/* Sticky in the page: a save that failed stays in view wherever the user scrolls. */}
        <div className="sticky top-2 z-20 mx-auto max-w-[1720px] px-4 pt-4 shadow-none empty:hidden sm:px-6">
          <SaveStatusBanner status={status} onSettle={settleOtherTab} />
        </div>
        <div className="mx-auto flex max-w-[1720px] flex-col gap-2 px-4 pt-4 empty:hidden sm:px-6">
          {workspace.scenario && (
            <ScenarioBanner source={workspace.scenario.source} onKeep={() => dispatch({ type: 'keep-scenario' })} onLeave={() => dispatch({ type: 'leave-scenario' })} />
          )}
          <StartupNotices
            notices={notices}
            onDiscardBroken={() => stores.local?.removeItem(BROKEN_STATE_KEY)}
            onDismiss={(notice) => setNotices((shown) => shown.filter((item) => item !== notice))}
          />
        </div>
        <main id="main-content" tabIndex={-1} className="outline-none">
          <ViewOutlet
            route={route}
            state={state}
            dispatch={dispatch}
            {...(workspace.scenario === undefined ? {} : { scenario: workspace.scenario.source })}
            navigate={navigate}
            arrivalFocus={arrivalFocus}
            onArrived={() => setArrivalFocus(undefined)}
          />
        </main>
      </div>
    </EngineProvider>
  )
}
