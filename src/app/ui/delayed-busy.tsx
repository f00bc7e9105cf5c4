import { useEffect, useState } from 'react'

/**
 * What a lazy load shows: nothing for its first 300 ms (most loads are done by then, and a flash of
 * "Loading" is noise), then a busy line that screen readers hear.
 */
export function DelayedBusy({ label, delayMs = 300 }: { label: string; delayMs?: number }) {
  const [late, setLate] = useState(false)
  useEffect(() => {
    const timer = window.setTimeout(() => setLate(true), delayMs)
    return () => window.clearTimeout(timer)
  }, [delayMs])
  return (
    <div role="status" aria-busy="true" aria-live="polite" className="px-1 py-6 text-sm text-slate-600 dark:text-slate-400">
      {late && (
        <span className="inline-flex items-center gap-2">
          <span aria-hidden="true" className="size-3 animate-spin rounded-full border-2 border-slate-400 border-t-transparent" />
          {label}
        </span>
      )}
    </div>
  )
}
