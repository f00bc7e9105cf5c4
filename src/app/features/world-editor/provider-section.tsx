import type { ReactNode, Ref } from 'react'
import { secondaryButton } from '../../ui/buttons.ts'

interface ProviderSectionProps {
  id: string
  /** Focused after a provider of the section is removed. */
  headingRef: Ref<HTMLHeadingElement>
  title: string
  /** A line under the heading, when the kind needs explaining. */
  intro?: string
  /** Shown instead of cards when the section is empty. */
  emptyText?: string
  isEmpty: boolean
  children: ReactNode
}

/** One kind of provider: its heading, "None." when empty, its cards and its add control. */
export function ProviderSection({ id, headingRef, title, intro, emptyText = 'None.', isEmpty, children }: ProviderSectionProps) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h3 id={id} ref={headingRef} tabIndex={-1} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        {title}
      </h3>
      {intro !== undefined && <p className="text-xs text-slate-600 dark:text-slate-400">{intro}</p>}
      {isEmpty && <p className="text-sm text-slate-700 dark:text-slate-300">{emptyText}</p>}
      {children}
    </section>
  )
}

/** An "Add …" button on its own line. */
export function AddButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <div>
      <button type="button" className={secondaryButton} onClick={onClick}>
        {children}
      </button>
    </div>
  )
}
