import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './views/workbench/workbench-view.tsx'
import { AppErrorBoundary } from './shell/app-error-boundary.tsx'
import { newSessionKey } from './engine/engine-client.ts'
import { applyTheme, readThemeChoice } from './features/settings/theme.ts'
import './index.css'
import { Providers } from './providers.tsx'
import { browserStorage } from './state/saved-state.ts'
import { freshState } from './state/playground-state.ts'
import { startPlayground, type Startup } from './state/startup.ts'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// The theme first, so a dark page never flashes white.
applyTheme(readThemeChoice())

const storage = browserStorage()
const mount = root

function render(start: Startup): void {
  // The link's scenario is now the state; the address goes back to the plain page (no entry added).
  if (start.hadShareLink) history.replaceState(null, '', `${location.pathname}${location.search}`)
  createRoot(mount).render(
    <StrictMode>
      <AppErrorBoundary storage={storage}>
        <Providers>
          <App initial={start.state} notices={start.notices} storage={storage} />
        </Providers>
      </AppErrorBoundary>
    </StrictMode>,
  )
}

startPlayground(location.hash, storage, newSessionKey).then(render, (error: unknown) => {
  // Never a blank page: start on the demo world and say what happened.
  render({ state: freshState(newSessionKey()), notices: [{ kind: 'recovered', reason: String(error), raw: '' }], hadShareLink: false })
})
