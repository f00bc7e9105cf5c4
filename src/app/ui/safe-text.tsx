import { splitBidiControls } from './bidi-controls.ts'

/**
 * Text from outside the app (a world's name, a role's): isolated from the text around it (<bdi>, so
 * right-to-left letters in it cannot reorder what follows), and with any bidi control shown as
 * ⟨U+202E⟩ rather than obeyed. React escapes the text itself; this is about what the reader sees.
 */
export function SafeText({ text }: { text: string }) {
  return (
    <bdi>
      {splitBidiControls(text).map((piece, index) =>
        piece.kind === 'text' ? (
          piece.text
        ) : (
          <span key={index} title={piece.name} className="rounded-sm bg-amber-100 px-0.5 font-mono text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
            ⟨{piece.codePoint}⟩
          </span>
        ),
      )}
    </bdi>
  )
}
