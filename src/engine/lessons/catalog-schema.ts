import * as v from 'valibot'
import { LESSON_TOPICS, type Challenge, type Lesson } from './lesson-types.ts'

// The schema of the lesson and challenge data files (lesson-types.ts is the contract; this checks
// a file against it). Objects are strict: a misspelt key (`faultcode`) would otherwise leave a
// match empty, and an empty match holds for any attempt.

const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'))
const kebabId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)'))

/** A regular expression as lesson data writes it: it must compile. */
const pattern = v.pipe(
  v.string(),
  v.check((source) => {
    try {
      new RegExp(source)
      return true
    } catch {
      return false
    }
  }, 'must be a valid regular expression'),
)

const fields = v.record(v.string(), v.string())
const worldCollection = v.picklist(['users', 'roles', 'accounts', 'samlProviders', 'oidcProviders'])

const worldChangeSchema = v.lazy((input) => {
  const has = (key: string) => typeof input === 'object' && input !== null && key in input
  if (has('merge')) return v.strictObject({ merge: worldCollection, match: fields, value: v.record(v.string(), v.unknown()) })
  if (has('remove')) return v.strictObject({ remove: worldCollection, match: fields })
  if (has('set')) return v.strictObject({ set: text, value: v.unknown() })
  return v.custom<never>(() => false, 'a world change has merge, remove or set')
})

const callStep = v.strictObject({
  as: text,
  operation: text,
  fields: v.exactOptional(fields),
  endpoint: v.exactOptional(v.strictObject({ region: text })),
  save: v.exactOptional(text),
  tamper: v.exactOptional(v.strictObject({ body: v.string() })),
})
const advanceStep = v.strictObject({ advanceSeconds: v.pipe(v.number(), v.minValue(0)) })
const mintStep = v.strictObject({ mint: v.picklist(['saml', 'oidc', 'cognito']), provider: v.exactOptional(text), options: v.record(v.string(), v.unknown()), save: text })
const consoleStep = v.strictObject({ console: v.literal('getSigninToken'), as: text, sessionDuration: v.exactOptional(v.number()), login: v.exactOptional(v.boolean()) })

const stepSchema = v.lazy((input) => {
  const has = (key: string) => typeof input === 'object' && input !== null && key in input
  if (has('advanceSeconds')) return advanceStep
  if (has('mint')) return mintStep
  if (has('console')) return consoleStep
  return callStep
})
const steps = v.array(stepSchema)

const secondsRange = v.strictObject({ min: v.exactOptional(v.number()), max: v.exactOptional(v.number()) })

export const attemptMatchSchema = v.strictObject({
  operation: v.exactOptional(v.union([text, v.pipe(v.array(text), v.minLength(1))])),
  outcome: v.exactOptional(v.picklist(['success', 'error', 'redirect'])),
  faultCode: v.exactOptional(text),
  decidedBy: v.exactOptional(text),
  caller: v.exactOptional(
    v.strictObject({
      issuedBy: v.exactOptional(v.picklist(['long-term', 'unsigned', 'AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity', 'GetSessionToken', 'GetFederationToken'])),
      arn: v.exactOptional(pattern),
    }),
  ),
  parameters: v.exactOptional(v.record(v.string(), v.nullable(pattern))),
  region: v.exactOptional(text),
  issued: v.exactOptional(v.strictObject({ lifetimeSeconds: v.exactOptional(secondsRange), arn: v.exactOptional(pattern) })),
  consoleSessionSeconds: v.exactOptional(secondsRange),
})

const goalSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('request'), text, match: attemptMatchSchema, after: v.exactOptional(attemptMatchSchema) }),
  v.strictObject({ kind: v.literal('probe'), text, steps, match: attemptMatchSchema }),
  v.strictObject({ kind: v.literal('grid'), text, principalArn: text, action: text, resource: v.exactOptional(text), decision: v.picklist(['allow', 'deny']) }),
])

const pictureSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('chain'), nodes: v.array(text), edges: v.array(text), caption: text }),
  v.strictObject({ kind: v.literal('venn'), sets: v.array(text), overlap: text, caption: text }),
])

const topic = v.picklist(LESSON_TOPICS)
const docs = v.pipe(v.array(text), v.minLength(1, 'must cite at least one AWS documentation page'))

export const lessonSchema = v.strictObject({
  id: kebabId,
  order: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: text,
  topic,
  summary: text,
  explanation: v.pipe(v.array(text), v.minLength(1)),
  picture: v.exactOptional(pictureSchema),
  world: v.exactOptional(v.array(worldChangeSchema)),
  setup: v.exactOptional(steps),
  goals: v.pipe(v.array(goalSchema), v.minLength(1, 'a lesson has at least one goal')),
  hints: v.array(text),
  answer: v.strictObject({ steps, explanation: text, world: v.exactOptional(v.array(worldChangeSchema)) }),
  wrongAttempt: v.strictObject({ steps, why: text, world: v.exactOptional(v.array(worldChangeSchema)) }),
  docs,
})

export const challengeSchema = v.strictObject({
  id: kebabId,
  topic,
  kind: v.picklist(['choice', 'predict']),
  question: text,
  options: v.pipe(v.array(v.strictObject({ id: text, text })), v.minLength(2, 'a challenge offers at least two options')),
  answer: text,
  explanation: text,
  showMe: v.strictObject({ world: v.exactOptional(v.array(worldChangeSchema)), steps, expect: attemptMatchSchema }),
  docs,
})

// The schemas' outputs must be the contract's types (a compile error here means they drifted apart).
const lessonFits: (parsed: v.InferOutput<typeof lessonSchema>) => Lesson = (parsed) => parsed
const challengeFits: (parsed: v.InferOutput<typeof challengeSchema>) => Challenge = (parsed) => parsed

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = ''
  for (const item of issue.path ?? []) {
    const key = item.key
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

export type CatalogParse<T> = { ok: true; value: T } | { ok: false; problems: string[] }

function parseWith<T, S extends v.GenericSchema>(schema: S, fits: (parsed: v.InferOutput<S>) => T, input: unknown): CatalogParse<T> {
  const result = v.safeParse(schema, input)
  if (result.success) return { ok: true, value: fits(result.output) }
  return { ok: false, problems: result.issues.map((issue) => `${pathOf(issue) || '(file)'}: ${issue.message}`) }
}

/** Checks a lesson data file against the contract. Never throws. */
export function parseLesson(input: unknown): CatalogParse<Lesson> {
  return parseWith(lessonSchema, lessonFits, input)
}

/** Checks a challenge data file against the contract, and that its answer is one of its options (ids unique). */
export function parseChallenge(input: unknown): CatalogParse<Challenge> {
  const parsed = parseWith(challengeSchema, challengeFits, input)
  if (!parsed.ok) return parsed
  const ids = parsed.value.options.map((option) => option.id)
  const problems: string[] = []
  if (new Set(ids).size !== ids.length) problems.push('options: option ids must be unique')
  if (!ids.includes(parsed.value.answer)) problems.push(`answer: ${parsed.value.answer} is not one of the options (${ids.join(', ')})`)
  return problems.length > 0 ? { ok: false, problems } : parsed
}
