// The shape of saved playground state, checked before any of it is trusted: a bad import or a
// corrupt save must never reach the engine or the UI.
import * as v from 'valibot'
import { GLOBAL_ENDPOINT, isRegionName } from '../engine/endpoints.ts'
import { operationNames } from '../engine/sts-model.ts'
import { CLOCK_OFFSET_LIMIT_MS, HISTORY_LIMIT, LATEST_INSTANT_MS, WALLET_LIMIT } from './state-limits.ts'

const text = v.string()
const stringRecord = v.record(v.string(), v.string())

/** An instant (epoch ms) a date can show and SigV4 can write: 1970 to the end of year 9999. */
const instant = v.pipe(v.number(), v.integer('a whole number of milliseconds'), v.minValue(0, 'an instant after 1970'), v.maxValue(LATEST_INSTANT_MS, 'an instant before the year 10000'))

/** An ISO 8601 date-time within the same range. */
const dateText = v.pipe(
  text,
  v.check((value) => {
    const ms = Date.parse(value)
    return Number.isFinite(ms) && ms >= 0 && ms <= LATEST_INSTANT_MS
  }, 'a date between 1970 and 9999'),
)

/** How far the engine clock is from real time: at most 100 years either way. */
export const clockOffsetSchema = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(-CLOCK_OFFSET_LIMIT_MS, 'at most 100 years behind real time'),
  v.maxValue(CLOCK_OFFSET_LIMIT_MS, 'at most 100 years ahead of real time'),
)

/** At most the newest `limit` entries are kept (an older version kept no more; a crafted file may). */
const newest = <T,>(limit: number) => v.transform((items: T[]) => items.slice(-limit))

/** `global` or a region name: where a request goes. */
export const endpointSchema = v.pipe(text, v.check((choice) => choice === GLOBAL_ENDPOINT || isRegionName(choice), 'global or a region name'))

export const draftSchema = v.object({
  callerId: text,
  operation: v.picklist(operationNames),
  fields: v.record(v.string(), stringRecord),
})

const issuedSchema = v.object({
  accessKeyId: text,
  secretAccessKey: text,
  sessionToken: text,
  expiration: dateText,
  arn: text,
  account: text,
})

export const walletEntrySchema = v.object({
  ...issuedSchema.entries,
  issuedBy: text,
  issuedAt: instant,
  expiresAt: instant,
  exchangeId: text,
})

const denialSchema = v.object({
  layer: text,
  reason: v.picklist(['explicit-deny', 'no-allow']),
  policy: v.optional(text),
  statement: v.optional(v.object({ index: v.number(), sid: v.optional(text), effect: v.picklist(['Allow', 'Deny']) })),
  condition: v.optional(v.object({ operator: text, key: text, expected: v.array(text), actual: v.optional(v.array(text)) })),
})

const checkSchema = v.object({ id: text, title: text, outcome: v.picklist(['pass', 'fail', 'skip']), detail: text, denial: v.optional(denialSchema) })

export const exchangeSchema = v.object({
  id: text,
  callerLabel: text,
  operation: text,
  endpoint: text,
  draft: draftSchema,
  request: v.object({ method: text, url: text, headers: stringRecord, body: text, sourceIp: v.optional(text) }),
  result: v.object({
    response: v.object({ status: v.number(), headers: stringRecord, body: text }),
    operation: v.optional(text),
    requestId: text,
    checks: v.array(checkSchema),
    decidedBy: v.optional(text),
    // The engine's structured facts (results saved before it reported them lack them: the app then shows less, never guesses).
    outcome: v.optional(v.picklist(['success', 'redirect', 'error'])),
    fault: v.optional(v.object({ code: text, message: v.optional(text), type: v.picklist(['Sender', 'Receiver']), status: v.number() })),
    decidingIndex: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    parameters: v.optional(v.array(v.pipe(v.tuple([text, text]), v.readonly()))),
    // Saved before the engine gave the SigV4 parts as fields: such signing work is dropped, not half kept.
    signing: v.optional(
      v.pipe(
        v.object({
          canonicalRequest: text,
          stringToSign: text,
          expectedSignature: text,
          providedSignature: text,
          canonicalRequestParts: v.optional(v.object({ method: text, path: text, query: text, headers: v.array(text), signedHeaders: text, payloadHash: text })),
          stringToSignParts: v.optional(
            v.object({ algorithm: text, amzDate: text, scope: v.object({ date: text, region: text, service: text, terminator: text }), canonicalRequestHash: text }),
          ),
        }),
        v.transform((signing) => {
          const { canonicalRequestParts, stringToSignParts } = signing
          return canonicalRequestParts === undefined || stringToSignParts === undefined ? undefined : { ...signing, canonicalRequestParts, stringToSignParts }
        }),
      ),
    ),
    issued: v.optional(issuedSchema),
  }),
  sentAt: instant,
})

/** Everything but the world, which the engine's own parseWorld checks. */
export const savedStateSchema = v.object({
  world: v.unknown(),
  sessionKey: v.pipe(text, v.regex(/^[A-Za-z0-9+/]{43}=$/, 'a 32-byte key in base64')),
  clockOffsetMs: clockOffsetSchema,
  endpoint: endpointSchema,
  draft: draftSchema,
  wallet: v.pipe(v.array(walletEntrySchema), newest(WALLET_LIMIT)),
  history: v.pipe(v.array(exchangeSchema), newest(HISTORY_LIMIT)),
  selectedExchangeId: v.optional(text),
  nextExchangeId: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
})
