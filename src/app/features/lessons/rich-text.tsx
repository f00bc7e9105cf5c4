import { codeParts } from './code-text.ts'

/** Lesson text with its `backticks` shown as code. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {codeParts(text).map((part, index) =>
        part.code ? (
          <code key={index} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] wrap-anywhere text-slate-900 dark:bg-slate-800 dark:text-slate-100">
            {part.text}
          </code>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  )
}
