import { useId, useState } from 'react'
import { CopyButton } from '../../ui/copy-button.tsx'

interface ShareControlsProps {
  /** Builds the share link for the current state (shown to copy; the address bar keeps the route). */
  makeLink: () => Promise<string>
  onReset: () => void
}

const button =
  'min-h-8 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-semibold text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700'

/** "Share link" (world changes, request and clock in the URL fragment) and "Reset to the demo world". */
export function ShareControls({ makeLink, onReset }: ShareControlsProps) {
  const id = useId()
  const [link, setLink] = useState<string | undefined>(undefined)
  const [confirming, setConfirming] = useState(false)
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={button} onClick={() => void makeLink().then(setLink)}>
        Share link
      </button>
      {link !== undefined && (
        <span className="flex items-center gap-1.5">
          <label htmlFor={id} className="sr-only">
            Share link
          </label>
          <input id={id} readOnly value={link} data-testid="share-link" onFocus={(e) => e.currentTarget.select()} className="w-48 rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100" />
          <CopyButton text={link} label="Copy share link" />
        </span>
      )}
      {confirming ? (
        <span role="group" aria-label="Confirm reset" className="flex items-center gap-1.5 text-xs">
          <span className="text-slate-700 dark:text-slate-300">Forget the world changes, wallet, history and draft?</span>
          <button
            type="button"
            className={`${button} border-red-300 text-red-800 dark:border-red-700 dark:text-red-200`}
            onClick={() => {
              setConfirming(false)
              setLink(undefined)
              onReset()
            }}
          >
            Yes, reset
          </button>
          <button type="button" className={button} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" className={button} onClick={() => setConfirming(true)}>
          Reset to the demo world
        </button>
      )}
    </div>
  )
}
