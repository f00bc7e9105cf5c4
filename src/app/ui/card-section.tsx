import type { ReactNode, Ref } from 'react'
import { secondaryButton } from './buttons.ts'

interface CardSectionProps {
  id: string
  /** Focused after a card of the section is removed. */
  headingRef: Ref<HTMLHeadingElement>
  title: string
  intro: string
  /** Shown instead of cards when the section is empty. */
  emptyText: string
  isEmpty: boolean
  addLabel: string
  onAdd: () => void
  children: ReactNode
}

/** A list of cards of one kind (SCPs, S3 buckets…): a heading, what an empty list means, the cards and an add button. */
export function CardSection({ id, headingRef, title, intro, emptyText, isEmpty, addLabel, onAdd, children }: CardSectionProps) {
  return (
    <section aria-labelledby={id} className="flex min-w-0 flex-col gap-3">
      <h3 id={id} ref={headingRef} tabIndex={-1} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        {title}
      </h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">{intro}</p>
      {isEmpty && <p className="text-sm text-slate-700 dark:text-slate-300">{emptyText}</p>}
      {children}
      <div>
        <button type="button" className={secondaryButton} onClick={onAdd}>
          {addLabel}
        </button>
      </div>
    </section>
  )
}
