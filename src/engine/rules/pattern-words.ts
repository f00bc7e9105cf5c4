/**
 * Each distinct `pattern` of the STS model in plain words, for a form that shows the words first
 * and the pattern behind a disclosure. The readings are those of validation/java-pattern.ts (Java's
 * own): `\w` and `\d` are ASCII only; `\p{L}`, `\p{Z}`, `\p{N}` are Unicode letters, separators
 * (spaces) and numbers of any script; arnType's `\u10000-\u10FFFF` is read by Java as U+1000 and a
 * range 0–U+10FF, so it admits no character outside the Basic Multilingual Plane (no emoji).
 * A test checks that every pattern of the model has an entry here.
 */
export const PATTERN_WORDS: Readonly<Record<string, string>> = {
  // roleSessionNameType, sourceIdentityType, userNameType, …
  '[\\w+=,.@-]*': 'letters, digits and + = , . @ - _',
  '[\\w+=,.@:-]*': 'letters, digits and + = , . @ : - _',
  '[\\w+=,.@\\:-]*': 'letters, digits and + = , . @ : - _',
  // externalIdType
  '[\\w+=,.@:\\/-]*': 'letters, digits and + = , . @ : / - _',
  // serialNumberType
  '[\\w+=/:,.@-]*': 'letters, digits and + = / : , . @ - _',
  // accessKeyIdType
  '[\\w]*': 'letters, digits and _',
  // tokenCodeType
  '[\\d]*': 'digits',
  // arnType
  '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+':
    'printable characters, tabs and line breaks; no emoji or other characters beyond U+FFFF',
  // sessionPolicyDocumentType, unrestrictedSessionPolicyDocumentType
  '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+': 'printable ASCII and Latin-1 characters (U+0020–U+00FF), tabs and line breaks',
  // tagKeyType
  '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+': 'letters, spaces and numbers of any script, and _ . : / = + - @',
  // tagValueType
  '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*': 'letters, spaces and numbers of any script, and _ . : / = + - @',
}

/** For a pattern the table does not know (a newer model). */
export const UNKNOWN_PATTERN_WORDS = 'must match the pattern below'

export function patternWords(pattern: string): string {
  return PATTERN_WORDS[pattern] ?? UNKNOWN_PATTERN_WORDS
}
