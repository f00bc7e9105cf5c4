import type { ReactNode } from 'react'
import type { CanonicalRequestParts } from '../../engine/types.ts'

function Value({ children }: { children: ReactNode }) {
  return <code className="rounded bg-slate-100 px-1 font-mono wrap-anywhere text-slate-900 dark:bg-slate-800 dark:text-slate-100">{children}</code>
}

/** The six parts of the canonical request, each with its value here and what it is for. */
export function CanonicalRequestGuide({ parts }: { parts: CanonicalRequestParts }) {
  const items: { name: string; value: ReactNode; why: string }[] = [
    { name: 'Method', value: <Value>{parts.method}</Value>, why: 'the HTTP method.' },
    { name: 'Path', value: <Value>{parts.path}</Value>, why: 'the URI-encoded path; STS has only one.' },
    {
      name: 'Query string',
      value: parts.query === '' ? <span className="italic">empty</span> : <Value>{parts.query}</Value>,
      why: parts.query === '' ? 'a POST carries its parameters in the body instead.' : 'the parameters sorted by name, encoded.',
    },
    {
      name: 'Headers',
      value: <>{parts.headers.length} lines</>,
      why: 'each signed header as lower-case name:value, sorted by name, then a blank line.',
    },
    { name: 'Signed headers', value: <Value>{parts.signedHeaders}</Value>, why: 'which headers were signed, so STS checks the same ones.' },
    { name: 'Payload hash', value: <>SHA-256 of the body, in hex</>, why: 'so the body cannot change after signing.' },
  ]
  return (
    <ol className="flex list-decimal flex-col gap-0.5 pl-5 text-xs text-slate-700 marker:text-slate-600 dark:text-slate-300 dark:marker:text-slate-400">
      {items.map((item) => (
        <li key={item.name}>
          <span className="font-semibold text-slate-900 dark:text-slate-100">{item.name}</span> ({item.value}): {item.why}
        </li>
      ))}
    </ol>
  )
}
