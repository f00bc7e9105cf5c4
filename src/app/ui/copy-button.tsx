import { useEffect, useState } from 'react'

interface CopyButtonProps {
  /** Exactly what lands on the clipboard. */
  text: string
  /** The button's accessible name, naming what it copies: "Copy POST request". */
  label: string
}

type CopyStatus = { kind: 'idle' } | { kind: 'copied'; attempt: number } | { kind: 'failed' }

/** How long "Copied" stays up. */
const COPIED_MS = 2000

/** False when the browser offers no clipboard (plain http, an old browser) or refuses the write. */
async function writeClipboard(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : (navigator.clipboard as Clipboard | undefined)
  if (clipboard === undefined) return false
  try {
    await clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/**
 * A small "Copy" button. The outcome ("Copied", or a hint to select the text by hand) shows beside it
 * in a polite live region, so screen readers hear it without losing their place.
 */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [status, setStatus] = useState<CopyStatus>({ kind: 'idle' })

  // Each success restarts the timer (attempt changes), so a second click keeps "Copied" up.
  useEffect(() => {
    if (status.kind !== 'copied') return
    const timer = setTimeout(() => setStatus({ kind: 'idle' }), COPIED_MS)
    return () => clearTimeout(timer)
  }, [status])

  const copy = async () => {
    // Empty first, so the live region announces the same outcome twice in a row.
    setStatus({ kind: 'idle' })
    const attempt = Date.now()
    setStatus((await writeClipboard(text)) ? { kind: 'copied', attempt } : { kind: 'failed' })
  }

  return (
    <span className="inline-flex min-w-0 flex-wrap items-center justify-end gap-y-1">
      <span role="status" aria-live="polite" className="text-xs">
        {status.kind === 'copied' && (
          <span className="mr-2 font-medium text-emerald-700 dark:text-emerald-300">
            <span aria-hidden="true">✓ </span>Copied
          </span>
        )}
        {status.kind === 'failed' && (
          <span className="mr-2 font-medium text-red-700 dark:text-red-300">
            <span aria-hidden="true">✗ </span>Copy failed: select the text instead
          </span>
        )}
      </span>
      <button
        type="button"
        aria-label={label}
        title={label}
        onClick={() => void copy()}
        className="inline-flex min-h-7 min-w-7 shrink-0 items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-2 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
      >
        <CopyIcon />
        Copy
      </button>
    </span>
  )
}

/** Two overlapping sheets: the usual copy symbol. */
function CopyIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.5">
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 3.5v-0.5a1.5 1.5 0 0 0-1.5-1.5h-5a1.5 1.5 0 0 0-1.5 1.5v5a1.5 1.5 0 0 0 1.5 1.5h0.5" />
    </svg>
  )
}
