export function AppHeader({ worldName }: { worldName: string }) {
  return (
    <header className="border-b border-slate-200 bg-white text-slate-900">
      <div className="mx-auto flex max-w-[1720px] flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 py-4 sm:px-6">
        <div className="min-w-0">
          <h1 className="text-xl font-bold tracking-tight">STS Playground</h1>
          <p className="text-sm text-slate-600">
            Build and sign AWS STS requests in your browser, send them to a simulated STS, and see why it answered as it did.
          </p>
        </div>
        <p className="text-xs text-slate-600">
          <span aria-hidden="true" className="text-emerald-600">● </span>
          {worldName} · runs entirely in this page, offline
        </p>
      </div>
    </header>
  )
}
