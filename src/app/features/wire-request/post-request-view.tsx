import type { HttpRequest } from '../../engine/types.ts'
import { WireLines } from '../../ui/wire-lines.tsx'
import { CopyableBlock } from './copyable-block.tsx'
import { rawPostRequest } from './raw-request.ts'

interface PostRequestViewProps {
  host: string
  body: string
  signed: HttpRequest | undefined
  anonymous: boolean
}

/** The POST that Send makes, as raw HTTP: request line, headers, blank line, body. */
export function PostRequestView({ host, body, signed, anonymous }: PostRequestViewProps) {
  const text = rawPostRequest({ host, body, signed })
  const pending = signed === undefined && !anonymous
  return (
    <>
      <CopyableBlock
        id="wire-post-label"
        label="HTTP POST request"
        about={
          anonymous
            ? 'Sent unsigned: no Authorization header, no access key. The parameters travel in the body.'
            : 'Signed with SigV4 by the caller’s secret key, in your browser. The parameters travel in the body.'
        }
        copyText={text}
        copyLabel="Copy POST request"
        testId="wire-post"
      >
        <WireLines text={text} />
      </CopyableBlock>
      {pending && (
        <p role="status" className="text-xs text-slate-600 dark:text-slate-400">
          <span aria-hidden="true">⋯ </span>Signing with the caller’s secret key: the X-Amz-Date and Authorization headers appear in a moment.
        </p>
      )}
    </>
  )
}
