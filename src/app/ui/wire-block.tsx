import type { ReactNode } from 'react'

interface WireBlockProps {
  /** Text above the block, naming what it shows. */
  label: string
  /** Id of the label, for aria-labelledby. */
  id: string
  testId?: string
  /** Wrap long lines (bodies, URLs) instead of scrolling sideways. */
  wrap?: boolean
  children: ReactNode
}

/** Text exactly as it goes over the wire, in a monospace block. */
export function WireBlock({ label, id, testId, wrap = false, children }: WireBlockProps) {
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <h3 id={id} className="text-xs font-medium text-slate-600 dark:text-slate-400">
        {label}
      </h3>
      <pre
        aria-labelledby={id}
        data-testid={testId}
        tabIndex={0}
        className={`overflow-x-auto rounded-lg bg-slate-900 px-4 py-3 ring-1 ring-slate-700/0 dark:bg-black/60 dark:ring-slate-700 font-mono text-[13px] leading-relaxed text-slate-100 ${wrap ? 'whitespace-pre-wrap wrap-break-word' : ''}`}
      >
        {children}
      </pre>
    </div>
  )
}
