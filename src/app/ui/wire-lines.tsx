/**
 * Multi-line wire text that wraps with a hanging indent: a long line continues two columns right of
 * where it started, so wrapped XML keeps its shape. Indentation is drawn as padding (so a line never
 * breaks right after it) while the text content, and a copy, stay exactly the wire text.
 */
export function WireLines({ text }: { text: string }) {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n')
  return (
    <>
      {lines.map((line, index) => {
        const lead = line.length - line.trimStart().length
        return (
          <span key={index} className="block wrap-anywhere" style={{ paddingLeft: `${lead + 2}ch`, textIndent: '-2ch', minHeight: '1lh' }}>
            {lead > 0 && <span className="sr-only">{line.slice(0, lead)}</span>}
            {`${line.slice(lead)}\n`}
          </span>
        )
      })}
    </>
  )
}
