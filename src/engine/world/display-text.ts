import * as v from 'valibot'

/**
 * Unicode's bidirectional formatting characters (UAX #9, "Unicode Bidirectional Algorithm":
 * explicit embeddings, overrides and isolates LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, and the
 * implicit marks LRM, RLM, ALM). Invisible themselves, they reorder the text around them, so a name
 * holding them can show as something else (the "Trojan Source" attack, CVE-2021-42574).
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u

/** Text a world shows as it is (its name, description, account aliases): any string without bidirectional controls. */
export const displayText = v.pipe(
  v.string(),
  v.check((text) => !BIDI_CONTROL.test(text), 'must not contain bidirectional control characters (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C): they change the order in which the text is shown'),
)
