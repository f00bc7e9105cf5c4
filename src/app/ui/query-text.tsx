import { Fragment } from 'react'

/** Query text with line-break opportunities after `?` and each `&`, so it wraps between parameters. */
export function QueryText({ text }: { text: string }) {
  const parts = text.split(/(?<=[?&])/)
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </>
  )
}
