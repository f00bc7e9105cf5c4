// One thing the policy editor offers at the caret, as data: monaco-policy-language.ts turns it into a
// Monaco completion item.

export interface Suggestion {
  /** The text inserted (inside the quotes) and shown. */
  label: string
  /** Short, on the right: an access level, a key type. */
  detail: string
  documentation?: string | undefined
  /** Orders the list: lower first. */
  rank: number
  /** A snippet to insert instead of the label (`${1:region}` placeholders). */
  snippet?: string
  /** Whether choosing it should open the list again (a service prefix, `s3:`, is half an action). */
  retrigger?: boolean
  kind: 'keyword' | 'action' | 'service' | 'operator' | 'key' | 'value' | 'arn'
}
