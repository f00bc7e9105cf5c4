import { Component, type ErrorInfo, type ReactNode } from 'react'
import { BROKEN_STATE_KEY, STATE_KEY } from '../state/storage-keys.ts'

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

  private startOver = () => {
    const { storage } = this.props
    const saved = storage?.getItem(STATE_KEY)
    if (storage && saved) {
      storage.setItem(BROKEN_STATE_KEY, saved)
      storage.removeItem(STATE_KEY)
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
        <p className="text-sm">Your saved playground is still in this browser. You can download it, then start again on the demo world (the saved data is kept aside).</p>
        <div className="flex gap-3 text-sm">
          {saved !== '' && (
            <a className="font-semibold underline" download="sts-playground-state.json" href={URL.createObjectURL(new Blob([saved], { type: 'application/json' }))}>
              Download the saved data
            </a>
          )}
          <button type="button" className="rounded-md bg-indigo-600 px-3 py-1.5 font-semibold text-white" onClick={this.startOver}>
            Start again on the demo world
          </button>
        </div>
      </main>
    )
  }
}
