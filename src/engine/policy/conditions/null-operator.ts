/**
 * The `Null` operator (IAM User Guide, "IAM JSON policy elements: Condition operators", section
 * "Condition operator to check existence of condition keys"): "use either true (the key doesn't exist
 * — it is null) or false (the key exists and its value is not null)". It looks only at whether the
 * key is present, never at its values, and it takes no IfExists suffix ("You can add IfExists to the
 * end of any condition operator name except the Null condition") and no policy variables.
 *
 * Choices where the docs are silent: `true`/`false` are read case-insensitively like Bool; any other
 * value matches nothing; several values are OR-ed like any other operator's.
 */
export const NULL_OPERATOR = 'Null'

export function nullMatches(policyValue: string, keyPresent: boolean): boolean {
  const wanted = policyValue.toLowerCase()
  return wanted === (keyPresent ? 'false' : 'true')
}
