import type { SaveStatus } from '../../state/use-workspace.ts'

interface SaveStatusBannerProps {
  status: SaveStatus
  /** Settles a clash with another tab. */
  onSettle: (keep: 'theirs' | 'mine') => void
}

const line = 'rounded-lg border px-4 py-2.5 text-sm'
const box = `${line} flex flex-wrap items-center gap-x-3 gap-y-2`
const amber = 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100'
const red = 'border-red-300 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-100'
const button =
  'min-h-8 rounded-md border border-current bg-white/60 px-2.5 py-1 text-xs font-semibold hover:bg-white dark:bg-black/20 dark:hover:bg-black/40'

/** A save that did not happen, or happened only in part, said where the user is looking; nothing when all is saved. */
export function SaveStatusBanner({ status, onSettle }: SaveStatusBannerProps) {
  switch (status.kind) {
    case 'saved':
    case 'off':
      return null
    case 'trimmed':
      return (
        <p role="status" data-testid="save-status" data-save="trimmed" className={`${line} ${amber}`}>
          <span aria-hidden="true">⚠ </span>Saved without the {status.dropped} oldest history {status.dropped === 1 ? 'entry' : 'entries'}: the browser&apos;s storage is nearly full. This tab still shows them.
        </p>
      )
    case 'failed':
      return (
        <p role="alert" data-testid="save-status" data-save="failed" className={`${line} ${red}`}>
          <span aria-hidden="true">✗ </span>Your latest changes are not saved: {status.reason}. They are kept in this tab until you close it; export the world to keep a copy.
        </p>
      )
    case 'other-tab':
      return (
        <div role="alert" data-testid="save-status" data-save="other-tab" className={`${box} ${amber}`}>
          <p className="min-w-0 flex-1 basis-72">
            <span aria-hidden="true">⚠ </span>The playground is also open in another tab, which saved changes while this tab had its own. Saving here is paused so
            neither overwrites the other.
          </p>
          <span className="flex flex-wrap gap-2">
            <button type="button" className={button} onClick={() => onSettle('theirs')}>
              Load the other tab&apos;s playground
            </button>
            <button type="button" className={button} onClick={() => onSettle('mine')}>
              Keep this tab&apos;s (replaces the other&apos;s)
            </button>
          </span>
        </div>
      )
  }
}
