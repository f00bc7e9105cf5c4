import * as v from 'valibot'

/**
 * The tags of an IAM user or role in a world file: `{"Key": "value"}`. Every key is kept, whatever
 * it is called: valibot's `record` leaves out `__proto__`, `prototype` and `constructor` (a guard
 * for code that assigns into objects), and IAM allows those as tag keys, so a plain record schema
 * dropped them without a word. The output is built with Object.fromEntries, which defines own
 * properties, so such a key stays a key.
 *
 * Otherwise IAM's rules, each refused with its path rather than silently changed: at most 50 tags
 * (IAM User Guide, "IAM and AWS STS quotas": tags per user, per role); a key of 1-128 and a value of
 * 0-256 characters of `[\p{L}\p{Z}\p{N}_.:/=+\-@]` (IAM API Reference, Tag); and no two keys that
 * differ only in case, since "tag key values for IAM users and roles are not case sensitive"
 * (IAM User Guide, "Tagging IAM resources": you cannot have both Department and department).
 */
export const MAX_TAGS = 50
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

export const tagMap = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'must be an object of tag keys and values, e.g. {"team": "platform"}'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const tags = dataset.value
    const at = (key: string, message: string) => addIssue({ message, path: [{ type: 'object', origin: 'value', input: tags, key, value: tags[key] }] })
    const entries = Object.entries(tags)
    if (entries.length > MAX_TAGS) addIssue({ message: `has ${entries.length} tags; IAM allows at most ${MAX_TAGS} on a user or role` })
    const seen = new Map<string, string>()
    for (const [key, value] of entries) {
      if (!TAG_KEY.test(key)) at(key, 'a tag key must be 1-128 letters, digits, spaces and _ . : / = + - @')
      if (typeof value !== 'string') at(key, 'a tag value must be a string')
      else if (!TAG_VALUE.test(value)) at(key, 'a tag value must be 0-256 letters, digits, spaces and _ . : / = + - @')
      const earlier = seen.get(key.toLowerCase())
      if (earlier !== undefined) at(key, `differs from the tag key ${earlier} only in case; IAM tag keys of users and roles are not case sensitive`)
      else seen.set(key.toLowerCase(), key)
    }
  }),
  v.transform((tags) => Object.fromEntries(Object.entries(tags)) as Record<string, string>),
)
