import { useEffect, useRef, useState } from 'react'
import { secondaryButton } from './history-entry.tsx'

interface ClearHistoryButtonProps {
  /** How many requests clearing would forget, said in the question. */
  count: number
  onClear: () => void
}

const dangerButton =
  'rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white shadow-xs hover:bg-red-800 active:bg-red-900 dark:bg-red-300 dark:text-red-950 dark:hover:bg-red-200'

/**
 * Clearing forgets every exchange, so it asks first, inline rather than with window.confirm (which
 * blocks the page and cannot be styled or tested). Focus moves to Cancel, the harmless choice, and
 * back to the button when the learner cancels; Escape cancels too.
 */
export function ClearHistoryButton({ count, onClear }: ClearHistoryButtonProps) {
  const [confirming, setConfirming] = useState(false)
  const clearRef = useRef<HTMLButtonElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    if (confirming) cancelRef.current?.focus()
    else if (returnFocus.current) {
      returnFocus.current = false
      clearRef.current?.focus()
    }
  }, [confirming])

  const cancel = () => {
    returnFocus.current = true
    setConfirming(false)
  }

  if (!confirming) {
    return (
      <button ref={clearRef} type="button" className={secondaryButton} onClick={() => setConfirming(true)}>
        Clear history
      </button>
    )
  }
  return (
    <div
      role="group"
      aria-labelledby="history-clear-question"
      className="flex flex-wrap items-center gap-2"
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel()
      }}
    >
      <p id="history-clear-question" className="text-sm font-medium text-slate-900 dark:text-slate-100">
        Forget all {count === 1 ? '1 request' : `${count} requests`}?
      </p>
      <button
        type="button"
        className={dangerButton}
        onClick={() => {
          setConfirming(false)
          onClear()
        }}
      >
        Yes, clear
      </button>
      <button ref={cancelRef} type="button" className={secondaryButton} onClick={cancel}>
        Cancel
      </button>
    </div>
  )
}
