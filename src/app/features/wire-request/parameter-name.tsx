import { Fragment } from 'react'
import { nameParts } from './parameter-rows.ts'

const PART_CLASSES = {
  name: 'font-semibold text-slate-900 dark:text-slate-100',
  keyword: 'text-slate-600 dark:text-slate-400',
  index: 'rounded bg-indigo-100 px-1 font-semibold text-indigo-900 dark:bg-indigo-900/60 dark:text-indigo-100',
} as const

/**
 * A flattened Query name with its parts told apart: member names bold, the list keyword (`member`)
 * muted, the position boxed, so `Tags.member.1.Key` reads as "Tags, item 1, Key". The text is the
 * name unchanged; the dots are breaking points.
 */
export function ParameterName({ name }: { name: string }) {
  const parts = nameParts(name)
  return (
    <span className="font-mono wrap-anywhere">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && (
            <>
              <wbr />
              <span className="text-slate-600 dark:text-slate-400">.</span>
            </>
          )}
          <span className={PART_CLASSES[part.kind]}>{part.text}</span>
        </Fragment>
      ))}
    </span>
  )
}
