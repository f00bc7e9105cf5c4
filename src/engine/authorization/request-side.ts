import type { Principal } from '../identity/principal.ts'
import { parseArn } from '../policy/arn.ts'
import type { Policy } from '../policy/policy-types.ts'
import { credentialResolver, type CredentialResolver } from '../sessions/resolve-credentials.ts'
import type { World } from '../world/world-schema.ts'
import { rcpLevels, scpLevels } from './organization-policies.ts'
import { worldResource, type WorldResource } from './world-resources.ts'

/**
 * One credential resolver per world and session key: it indexes the world's keys and remembers the
 * tokens it opened, which a run of probes with the same credentials (a layer grid, the comparison
 * table) would otherwise redo each time. Held weakly: a world that is replaced takes it along.
 */
const resolvers = new WeakMap<World, WeakMap<Uint8Array, CredentialResolver>>()

export function resolverFor(world: World, sessionKey: Uint8Array): CredentialResolver {
  let byKey = resolvers.get(world)
  if (!byKey) resolvers.set(world, (byKey = new WeakMap()))
  let resolver = byKey.get(sessionKey)
  if (!resolver) byKey.set(sessionKey, (resolver = credentialResolver(world, sessionKey)))
  return resolver
}

/** The resource side of a request: what the world says of the resource, whose it is, and the organization's policies on both sides. */
export interface RequestSide {
  resource?: WorldResource
  resourceAccount: string
  scps?: readonly (readonly Policy[])[]
  rcps?: readonly (readonly Policy[])[]
}

/**
 * When the world describes the resource (world-resources.ts), its policy is the resource layer and
 * its account is the resource's account; otherwise a resource ARN without an account (an S3 bucket
 * the world does not describe) is taken to be in the caller's account. SCPs are the caller's
 * account's, RCPs the resource account's.
 */
export function requestSide(world: World, principal: Pick<Principal, 'account'>, resourceArn: string): RequestSide {
  const resource = worldResource(world, resourceArn)
  const resourceAccount = resource?.account ?? (parseArn(resourceArn)?.account || principal.account)
  const scps = scpLevels(world, principal.account)
  const rcps = rcpLevels(world, resourceAccount)
  return { ...(resource ? { resource } : {}), resourceAccount, ...(scps ? { scps } : {}), ...(rcps ? { rcps } : {}) }
}
