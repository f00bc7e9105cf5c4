// Share links: the world (when changed), the request and the clock, compressed into the URL fragment
// (deflate-raw + base64url, versioned). The fragment never reaches a server. Issued credentials and
// the history stay in the browser that made them.
import * as v from 'valibot'
import { demoWorld, parseWorld } from '../engine/world-model.ts'
import type { World, EndpointChoice } from '../engine/types.ts'
import type { RequestDraft } from './request-draft.ts'
import type { PlaygroundState } from './playground-state.ts'
import { clockOffsetSchema, draftSchema, endpointSchema } from './state-schema.ts'
import { SHARE_JSON_MAX_BYTES, SHARE_LINK_MAX_CHARS, sizeText } from './state-limits.ts'

export const SHARE_PREFIX = '#share='
export const SHARE_VERSION = 1

export interface SharedScenario {
  /** Absent when the sharer used the demo world unchanged. */
  world?: World
  draft: RequestDraft
  endpoint: EndpointChoice
  clockOffsetMs: number
}

const payloadSchema = v.object({
  world: v.optional(v.unknown()),
  draft: draftSchema,
  endpoint: endpointSchema,
  clockOffsetMs: clockOffsetSchema,
})

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

async function compress(bytes: Uint8Array): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(output).arrayBuffer())
}

/**
 * Inflates at most `limit` bytes: a deflate bomb (a small link that inflates to a gigabyte) is
 * stopped as soon as it passes the limit, having cost no more than the limit in memory and time.
 */
export async function inflateBounded(bytes: Uint8Array, limit: number): Promise<Uint8Array | 'too-large'> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return 'too-large'
    }
    chunks.push(value)
  }
  const joined = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    joined.set(chunk, at)
    at += chunk.byteLength
  }
  return joined
}

/** What of the state a link carries. Wallet credentials are never shared, so a wallet caller becomes alice. */
export function scenarioOf(state: PlaygroundState, longTermKeyIds: ReadonlySet<string>): SharedScenario {
  const changedWorld = JSON.stringify(state.world) !== JSON.stringify(demoWorld)
  const callerId = longTermKeyIds.has(state.draft.callerId) || state.draft.callerId === 'anonymous' ? state.draft.callerId : undefined
  return {
    ...(changedWorld ? { world: state.world } : {}),
    draft: { ...state.draft, ...(callerId === undefined ? { callerId: '' } : {}) },
    endpoint: state.endpoint,
    clockOffsetMs: state.clockOffsetMs,
  }
}

/** `1.<base64url of deflate-raw JSON>`: the text after `#share=`. */
export async function encodeScenario(scenario: SharedScenario): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(scenario))
  return `${SHARE_VERSION}.${toBase64Url(await compress(json))}`
}

export type DecodedScenario = { ok: true; scenario: SharedScenario } | { ok: false; reason: string }

/** Reads a share fragment; a damaged or unknown one gives a reason. Never throws. */
export async function decodeScenario(text: string): Promise<DecodedScenario> {
  const dot = text.indexOf('.')
  const version = dot === -1 ? '' : text.slice(0, dot)
  if (text.length > SHARE_LINK_MAX_CHARS) return { ok: false, reason: `the link is ${sizeText(text.length)} long; this playground opens links up to ${sizeText(SHARE_LINK_MAX_CHARS)}` }
  if (version !== String(SHARE_VERSION)) return { ok: false, reason: `the link has format version "${version.slice(0, 20)}"; this playground reads version ${SHARE_VERSION}` }
  let json: unknown
  try {
    const bytes = await inflateBounded(fromBase64Url(text.slice(dot + 1)), SHARE_JSON_MAX_BYTES)
    if (bytes === 'too-large') return { ok: false, reason: `the link's scenario is larger than ${sizeText(SHARE_JSON_MAX_BYTES)} once unpacked; this playground does not open it` }
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return { ok: false, reason: 'the link is damaged (it may have been cut short when it was copied)' }
  }
  const checked = v.safeParse(payloadSchema, json)
  if (!checked.success) return { ok: false, reason: 'the link does not hold a playground scenario' }
  const { world: rawWorld, ...rest } = checked.output
  if (rawWorld === undefined) return { ok: true, scenario: rest }
  const world = parseWorld(rawWorld)
  if (!world.ok) return { ok: false, reason: `the world in the link is invalid (${world.problems[0]?.path ?? ''}: ${world.problems[0]?.message ?? ''})` }
  return { ok: true, scenario: { ...rest, world: world.world } }
}

/**
 * The state a shared scenario opens as: its request, endpoint and clock, and its world when it
 * carries one (a link made on the unchanged demo world carries none and leaves the world alone).
 */
export function applyScenario(state: PlaygroundState, scenario: SharedScenario, fallbackCallerId: string): PlaygroundState {
  return {
    ...state,
    world: scenario.world ?? state.world,
    draft: { ...scenario.draft, callerId: scenario.draft.callerId === '' ? fallbackCallerId : scenario.draft.callerId },
    endpoint: scenario.endpoint,
    clockOffsetMs: scenario.clockOffsetMs,
  }
}
