import type { HttpResponse } from '../../engine/types.ts'
import { CopyButton } from '../../ui/copy-button.tsx'
import { WireBlock } from '../../ui/wire-block.tsx'
import { rawResponseText, responseTokens, tokenLines, type TokenKind } from './response-tokens.ts'

/** Colours for the block's dark background (the same in both themes); at least 4.5:1 on slate-900. */
const tokenClasses: Record<TokenKind, string> = {
  'status-line': 'font-semibold text-white',
  'header-name': 'text-teal-300',
  'header-value': '',
  punctuation: 'text-slate-400',
  element: 'text-sky-300',
  attribute: 'text-violet-300',
  'attribute-value': 'text-amber-200',
  text: '',
  'error-text': 'rounded-sm bg-red-500/25 font-semibold text-red-100',
  declaration: 'italic text-slate-400',
  plain: '',
}

/**
 * The raw HTTP response, syntax-highlighted. Its text content is the wire text byte for byte (the
 * tokens rejoin to it; indentation is drawn as padding but kept in a screen-reader-only span, as in
 * WireLines), so tests and selections read exactly what STS sent.
 */
export function HighlightedResponse({ response }: { response: HttpResponse }) {
  const lines = tokenLines(responseTokens(response))
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <div className="flex flex-wrap items-center justify-end gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true">Whole response</span>
          <CopyButton text={rawResponseText(response)} label="Copy response" />
        </span>
        {response.body !== '' && (
          <span className="inline-flex items-center gap-1.5">
            <span aria-hidden="true">Body only</span>
            <CopyButton text={response.body} label="Copy body" />
          </span>
        )}
      </div>
      <WireBlock id="xml-response-label" label="Raw HTTP response" testId="xml-response" wrap>
        {lines.map((line, lineIndex) => (
          <span key={lineIndex} className="block wrap-anywhere" style={{ paddingLeft: `${line.indent.length + 2}ch`, textIndent: '-2ch', minHeight: '1lh' }}>
            {line.indent !== '' && <span className="sr-only">{line.indent}</span>}
            {line.tokens.map((token, tokenIndex) => {
              const className = tokenClasses[token.kind]
              return className === '' ? (
                token.text
              ) : (
                <span key={tokenIndex} className={className}>
                  {token.text}
                </span>
              )
            })}
            {line.newline && '\n'}
          </span>
        ))}
      </WireBlock>
    </div>
  )
}
