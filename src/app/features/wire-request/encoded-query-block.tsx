import { QueryText } from '../../ui/query-text.tsx'
import { CopyableBlock } from './copyable-block.tsx'

/** The URL-encoded Query, live as the draft changes. Its test id and exact text are an e2e contract. */
export function EncodedQueryBlock({ body }: { body: string }) {
  return (
    <CopyableBlock
      id="encoded-query-label"
      label="URL-encoded Query (Content-Type: application/x-www-form-urlencoded)"
      about="The POST body, and the query string of the same request as a GET."
      copyText={body}
      copyLabel="Copy URL-encoded query"
      testId="encoded-query"
      compact
    >
      <QueryText text={body} />
    </CopyableBlock>
  )
}
