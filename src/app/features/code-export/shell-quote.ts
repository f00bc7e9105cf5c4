// POSIX shell quoting for the AWS CLI and curl forms.

/** Characters a POSIX shell takes literally in a bare word. */
const BARE = /^[A-Za-z0-9_@%+=:,./-]+$/

/** The word as the shell will pass it: bare when safe, otherwise in single quotes (`'` written `'\''`). */
export function shellQuote(word: string): string {
  if (BARE.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}

/** Lines joined into one command with backslash-newline continuations, continuation lines indented. */
export function shellLines(lines: readonly string[]): string {
  return lines.map((line, index) => (index === 0 ? line : `  ${line}`)).join(' \\\n')
}
