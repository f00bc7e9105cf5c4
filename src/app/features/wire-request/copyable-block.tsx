import type { ReactNode } from 'react'
import { CopyButton } from '../../ui/copy-button.tsx'

interface CopyableBlockProps {
  /** Id of the label; the explanation, when there is one, is `${id}-about`. */
  id: string
  /** Names what the block shows, above it. */
  label: string
  /** One line in plain words saying what it is for. */
  about?: ReactNode
  /** Exactly what the copy button copies: the block's text. */
  copyText: string
  /** The copy button's accessible name, e.g. "Copy POST request". */
  copyLabel: string
  testId?: string
  /** Cap the height lower (the block scrolls), so what follows stays in view. */
  compact?: boolean
  children: ReactNode
}

/**
 * Wire text in a monospace block, with a label, an optional explanation and a copy button. Like
 * WireBlock, with room for the button; the text always wraps, so nothing widens the page.
 */
export function CopyableBlock({ id, label, about, copyText, copyLabel, testId, compact = false, children }: CopyableBlockProps) {
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <div className="flex min-w-0 flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <h3 id={id} className="text-xs font-medium text-slate-700 dark:text-slate-300">
          {label}
        </h3>
        <CopyButton text={copyText} label={copyLabel} />
      </div>
      {about !== undefined && (
        <p id={`${id}-about`} className="text-xs text-slate-600 dark:text-slate-400">
          {about}
        </p>
      )}
      {/* role=group lets the focusable block carry its label (a bare <pre> may not be named). */}
      <pre
        role="group"
        aria-labelledby={id}
        aria-describedby={about === undefined ? undefined : `${id}-about`}
        data-testid={testId}
        tabIndex={0}
        className={`${compact ? 'max-h-64' : 'max-h-[40rem]'} overflow-auto rounded-lg bg-slate-900 px-4 py-3 font-mono text-[13px] leading-relaxed whitespace-pre-wrap wrap-anywhere text-slate-100 dark:bg-black/60 dark:ring-1 dark:ring-slate-700`}
      >
        {children}
      </pre>
    </div>
  )
}
