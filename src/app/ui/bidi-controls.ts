// Text from a world file or a share link (a world's, a role's, a user's name) is not ours. A
// right-to-left override (U+202E) makes "Dev\u202Etset" display as "Devtest", so one name can pass
// for another. The controls are shown as what they are, ⟨U+202E⟩, instead of obeyed.

/** The invisible characters that set or change the direction of the text after them, with their Unicode names. */
const BIDI_CONTROL_NAMES: Readonly<Record<string, string>> = {
  '\u061C': 'ARABIC LETTER MARK',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
}

const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/

/** A run of ordinary text, or one bidi control: its code point (`U+202E`) and Unicode name. */
export type TextPiece = { kind: 'text'; text: string } | { kind: 'control'; codePoint: string; name: string }

/** Splits text into runs of ordinary text and the bidi controls between them, in order. */
export function splitBidiControls(text: string): TextPiece[] {
  const pieces: TextPiece[] = []
  let run = ''
  for (const char of text) {
    if (!BIDI_CONTROL.test(char)) {
      run += char
      continue
    }
    if (run !== '') pieces.push({ kind: 'text', text: run })
    run = ''
    const codePoint = `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`
    pieces.push({ kind: 'control', codePoint, name: BIDI_CONTROL_NAMES[char] ?? codePoint })
  }
  if (run !== '') pieces.push({ kind: 'text', text: run })
  return pieces
}

/** The text with each bidi control written out as ⟨U+202E⟩, for places that take only a string (an <option>, a title). */
export function revealBidiControls(text: string): string {
  return splitBidiControls(text)
    .map((piece) => (piece.kind === 'text' ? piece.text : `⟨${piece.codePoint}⟩`))
    .join('')
}
