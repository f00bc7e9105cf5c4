import { QueryText } from '../../ui/query-text.tsx'
import { CopyableBlock } from './copyable-block.tsx'
import { getUrl } from './raw-request.ts'

/** The same parameters as a GET URL, and where a GET carries its signature. */
export function GetUrlView({ host, body }: { host: string; body: string }) {
  const url = getUrl(host, body)
  return (
    <CopyableBlock
      id="wire-get-label"
      label="The same request as a GET URL"
      about={
        <>
          STS accepts the Query parameters in the URL too. A signed GET carries its own signature in the same <code className="font-mono">Authorization</code> header
          (computed over the GET, so it differs from the POST’s); a presigned URL carries it in <code className="font-mono">X-Amz-*</code> query parameters instead.
        </>
      }
      copyText={url}
      copyLabel="Copy GET URL"
      testId="wire-get-url"
    >
      <QueryText text={url} />
    </CopyableBlock>
  )
}
