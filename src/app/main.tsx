// Start-up. The first paint needs only React and the shell's frame; the playground (its state, the
// views' registry) follows as a chunk of its own, and each view, the engine's worker, Monaco and the
// federation libraries load when they are first needed.
import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { applyTheme, readThemeChoice } from './features/settings/theme.ts'
import './index.css'
import { Providers } from './providers.tsx'
import { AppErrorBoundary } from './shell/app-error-boundary.tsx'
import { ShellSkeleton } from './shell/shell-skeleton.tsx'
import { browserSessionStorage, browserStorage } from './state/storage-keys.ts'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// The theme first, so a dark page never flashes white.
applyTheme(readThemeChoice())

const storage = browserStorage()
const stores = { local: storage, session: browserSessionStorage() }

// Saved state or a share link, read once; never a blank page when that fails (start on the demo world).
const Playground = lazy(async () => {
  const [{ default: Playground }, { startPlayground, recoveredStart }, { newSessionKey }] = await Promise.all([
    import('./shell/playground.tsx'),
    import('./state/startup.ts'),
    import('./engine/engine-client.ts'),
  ])
  const start = await startPlayground(location.hash, stores, newSessionKey).catch((error: unknown) => recoveredStart(error, newSessionKey()))
  // The link's scenario is now the state; the address goes back to the workbench's route (no entry added).
  if (start.hadShareLink) history.replaceState(null, '', `${location.pathname}${location.search}#/`)
  return { default: () => <Playground start={start} stores={stores} /> }
})

createRoot(root).render(
  <StrictMode>
    <AppErrorBoundary storage={storage}>
      <Providers>
        <Suspense fallback={<ShellSkeleton />}>
          <Playground />
        </Suspense>
      </Providers>
    </AppErrorBoundary>
  </StrictMode>,
)
