// The shape of saved playground state, checked before any of it is trusted: a bad import or a
// corrupt save must never reach the engine or the UI.
import * as v from 'valibot'
import { GLOBAL_ENDPOINT, isRegionName } from '../engine/endpoints.ts'
import { operationNames } from '../engine/sts-model.ts'

const text = v.string()
const stringRecord = v.record(v.string(), v.string())

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
  expiration: text,
  arn: text,
  account: text,
})

export const walletEntrySchema = v.object({
  ...issuedSchema.entries,
  issuedBy: text,
  issuedAt: v.number(),
  expiresAt: v.number(),
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
  sentAt: v.number(),
})

/** Everything but the world, which the engine's own parseWorld checks. */
export const savedStateSchema = v.object({
  world: v.unknown(),
  sessionKey: v.pipe(text, v.regex(/^[A-Za-z0-9+/]{43}=$/, 'a 32-byte key in base64')),
  clockOffsetMs: v.pipe(v.number(), v.finite()),
  endpoint: endpointSchema,
  draft: draftSchema,
  wallet: v.array(walletEntrySchema),
  history: v.array(exchangeSchema),
  selectedExchangeId: v.optional(text),
  nextExchangeId: v.pipe(v.number(), v.integer(), v.minValue(1)),
})
