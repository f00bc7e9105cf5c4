import { DelayedBusy } from '../ui/delayed-busy.tsx'
import { AppHeader } from './app-header.tsx'
import { useHashRoute } from './use-hash-route.ts'

/** The frame while the playground loads: the header and the navigation, then a busy line if it is slow. */
export function ShellSkeleton() {
  const route = useHashRoute()
  return (
    <div className="min-h-screen">
      <AppHeader route={route} />
      <main id="main-content" tabIndex={-1} className="outline-none">
        <DelayedBusy label="Loading the playground…" />
      </main>
    </div>
  )
}
