import { authenticatorCode } from '../operations/assume/authenticator.ts'
import type { World } from '../world/world-schema.ts'
import type { SavedItems } from './saved-items.ts'
import { stepCaller } from './step-callers.ts'

const PLACEHOLDER = /\$(mfa|saved|accessKey)\(([^()]*)\)/g

export type ResolvedValue = { ok: true; value: string } | { ok: false; problem: string }

/** `$mfa(user)`: the current code of the user's first virtual MFA device, from the simulated authenticator app. */
async function mfaCode(name: string, world: World, nowMs: number): Promise<ResolvedValue> {
  const user = world.users.find((candidate) => candidate.name === name)
  if (!user) return { ok: false, problem: `$mfa(${name}): the world has no user ${name}` }
  const device = user.mfaDevices.find((candidate) => candidate.type === 'virtual') ?? user.mfaDevices[0]
  if (!device) return { ok: false, problem: `$mfa(${name}): ${name} has no MFA device` }
  return { ok: true, value: await authenticatorCode(device.seedBase32, nowMs) }
}

function savedValue(kind: 'saved' | 'accessKey', name: string, world: World, saved: SavedItems): ResolvedValue {
  const item = saved[name]
  if (kind === 'saved') {
    if (item && 'token' in item) return { ok: true, value: item.token }
    return { ok: false, problem: `$saved(${name}): no token or assertion was saved under ${name}` }
  }
  const keyId = stepCaller(name, world, saved)?.keys?.accessKeyId
  return keyId === undefined ? { ok: false, problem: `$accessKey(${name}): no credentials are known as ${name}` } : { ok: true, value: keyId }
}

/**
 * A field value with its placeholders filled in, anywhere in the text: `$mfa(alice)` (alice's
 * current TOTP code at `nowMs`), `$saved(name)` (a token or assertion a `mint` step saved),
 * `$accessKey(name)` (the access key id of saved credentials, or of a world caller's long-term key).
 */
export async function resolveValue(text: string, world: World, saved: SavedItems, nowMs: number): Promise<ResolvedValue> {
  let value = ''
  let last = 0
  for (const found of text.matchAll(PLACEHOLDER)) {
    const [whole, kind = '', name = ''] = found
    const resolved = kind === 'mfa' ? await mfaCode(name, world, nowMs) : savedValue(kind === 'saved' ? 'saved' : 'accessKey', name, world, saved)
    if (!resolved.ok) return resolved
    value += text.slice(last, found.index) + resolved.value
    last = found.index + whole.length
  }
  return { ok: true, value: value + text.slice(last) }
}

/** Every field with its placeholders filled in, in the order given; the first problem stops. */
export async function resolveFields(fields: Readonly<Record<string, string>>, world: World, saved: SavedItems, nowMs: number): Promise<{ ok: true; fields: Record<string, string> } | { ok: false; problem: string }> {
  const resolved: Record<string, string> = {}
  for (const [name, text] of Object.entries(fields)) {
    if (typeof text !== 'string') return { ok: false, problem: `field ${name} is not text` }
    const value = await resolveValue(text, world, saved, nowMs)
    if (!value.ok) return value
    resolved[name] = value.value
  }
  return { ok: true, fields: resolved }
}
