import { useMemo, useState } from 'react'
import type { StartupNotice } from '../../state/startup.ts'

interface StartupNoticesProps {
  notices: readonly StartupNotice[]
  /** Removes the unreadable saved data from the browser for good. */
  onDiscardBroken: () => void
}

const box = 'flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border px-4 py-2.5 text-sm'
const info = `${box} border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100`
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
            <span aria-hidden="true">⚠ </span>Your saved playground could not be read ({notice.reason}). It started on the demo world instead; nothing was lost yet.
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
    case 'share-opened':
      return (
        <div role="status" className={info}>
          <p>
            <span aria-hidden="true">ℹ </span>Opened a shared link: its world, request and clock replace your draft. Your wallet and history are still yours.
          </p>
          {close}
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

export function StartupNotices({ notices, onDiscardBroken }: StartupNoticesProps) {
  const [closed, setClosed] = useState<ReadonlySet<number>>(new Set())
  const open = notices.map((notice, index) => ({ notice, index })).filter(({ index }) => !closed.has(index))
  if (open.length === 0) return null
  return (
    <div className="mx-auto flex max-w-[1720px] flex-col gap-2 px-4 pt-4 sm:px-6">
      {open.map(({ notice, index }) => (
        <Notice key={index} notice={notice} onDiscardBroken={onDiscardBroken} onClose={() => setClosed(new Set([...closed, index]))} />
      ))}
    </div>
  )
}
