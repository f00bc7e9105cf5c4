import { Component, type ErrorInfo, type ReactNode } from 'react'
import { BROKEN_STATE_KEY, SCENARIO_KEY, STATE_KEY } from '../state/storage-keys.ts'

interface AppErrorBoundaryProps {
  storage: Storage | undefined
  children: ReactNode
}

/**
 * The last line against a blank page: if rendering ever fails, say so, keep the saved data
 * downloadable, and offer a clean start on the demo world.
 */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, { error: Error | undefined }> {
  override state: { error: Error | undefined } = { error: undefined }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('STS Playground failed to render', error, info.componentStack)
  }

  /**
   * Starts again keeping the saved world when it is valid (only the request, wallet, history and any
   * open scenario are set aside), or on the demo world when asked or when the world itself is unreadable.
   */
  private startOver = async (keepWorld: boolean) => {
    const { storage } = this.props
    try {
      sessionStorage.removeItem(SCENARIO_KEY)
      const saved = storage?.getItem(STATE_KEY)
      if (storage && saved) {
        const [{ salvageWorld, serializeState }, { freshState }, { newSessionKey }] = await Promise.all([
          import('../state/saved-state.ts'),
          import('../state/playground-state.ts'),
          import('../engine/engine-client.ts'),
        ])
        const kept = keepWorld ? salvageWorld(saved, (key) => freshState(key ?? newSessionKey())) : undefined
        storage.setItem(BROKEN_STATE_KEY, saved)
        if (kept) storage.setItem(STATE_KEY, serializeState(kept))
        else storage.removeItem(STATE_KEY)
      }
    } catch (error) {
      console.error('STS Playground could not set the saved playground aside', error)
    }
    location.replace(location.pathname)
  }

  override render() {
    const { error } = this.state
    if (error === undefined) return this.props.children
    const saved = this.props.storage?.getItem(STATE_KEY) ?? ''
    return (
      <main role="alert" className="mx-auto flex max-w-2xl flex-col gap-3 p-8 text-slate-900 dark:text-slate-100">
        <h1 className="text-xl font-bold">The playground hit an error it could not recover from</h1>
        <p className="text-sm">{error.message}</p>
        <p className="text-sm">
          Your saved playground is still in this browser. You can download it, then start again: your world is kept and only the request, wallet and history are
          set aside (still downloadable), or start on the demo world.
        </p>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {saved !== '' && (
            <a className="font-semibold underline" download="sts-playground-state.json" href={URL.createObjectURL(new Blob([saved], { type: 'application/json' }))}>
              Download the saved data
            </a>
          )}
          <button type="button" className="rounded-md bg-indigo-600 px-3 py-1.5 font-semibold text-white" onClick={() => void this.startOver(true)}>
            Start again, keeping my world
          </button>
          <button type="button" className="rounded-md border border-slate-400 px-3 py-1.5 font-semibold" onClick={() => void this.startOver(false)}>
            Start on the demo world
          </button>
        </div>
      </main>
    )
  }
}
