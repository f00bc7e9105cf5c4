import { useMemo } from 'react'
import type { StartupNotice } from '../../state/startup.ts'

interface StartupNoticesProps {
  notices: readonly StartupNotice[]
  /** Removes the unreadable saved data from the browser for good. */
  onDiscardBroken: () => void
  onDismiss: (notice: StartupNotice) => void
}

const box = 'flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border px-4 py-2.5 text-sm'
const warn = `${box} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100`
const link = 'font-semibold underline underline-offset-2'

function DownloadLink({ raw }: { raw: string }) {
  const href = useMemo(() => URL.createObjectURL(new Blob([raw], { type: 'application/json' })), [raw])
  return (
    <a href={href} download="sts-playground-unreadable-state.json" className={link}>
      Download the unreadable data
    </a>
  )
}

function Notice({ notice, onDiscardBroken, onClose }: { notice: StartupNotice; onDiscardBroken: () => void; onClose: () => void }) {
  const close = (
    <button type="button" onClick={onClose} className={`${link} ml-auto`}>
      Dismiss
    </button>
  )
  switch (notice.kind) {
    case 'recovered':
      return (
        <div role="alert" className={warn}>
          <p>
            <span aria-hidden="true">⚠ </span>Your saved playground could not be read ({notice.reason}).{' '}
            {notice.worldKept ? 'Its world was kept; the request, wallet and history started afresh.' : 'It started on the demo world instead.'} Nothing was lost yet.
          </p>
          <DownloadLink raw={notice.raw} />
          <button
            type="button"
            className={link}
            onClick={() => {
              onDiscardBroken()
              onClose()
            }}
          >
            Discard it
          </button>
        </div>
      )
    case 'share-refused':
      return (
        <div role="alert" className={warn}>
          <p>
            <span aria-hidden="true">⚠ </span>This share link could not be opened: {notice.reason}. Your saved playground is unchanged.
          </p>
          {close}
        </div>
      )
    case 'storage-off':
      return (
        <div role="status" className={warn}>
          <p>
            <span aria-hidden="true">⚠ </span>This browser does not let the playground save: your work lasts until you close the page. Share links still work.
          </p>
          {close}
        </div>
      )
  }
}

/** Notices about how the playground started (or a link opened later): each stays until dismissed. */
export function StartupNotices({ notices, onDiscardBroken, onDismiss }: StartupNoticesProps) {
  return notices.map((notice, index) => <Notice key={index} notice={notice} onDiscardBroken={onDiscardBroken} onClose={() => onDismiss(notice)} />)
}
