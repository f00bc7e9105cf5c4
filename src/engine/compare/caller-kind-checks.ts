import type { StsExperiment } from './comparison-types.ts'
import { decidingCheckId } from './experiment-runner.ts'

/**
 * The checks that refuse a request for the kind of credentials that signed it, before anything
 * about the request itself: STS's rules on what session credentials may call, the root user and
 * federated users calling AssumeRole, AssumeRoot and GetWebIdentityToken's own callers.
 */
const CALLER_KIND_CHECKS = new Set(['caller.restrictions', 'assume.caller', 'assume-root.caller', 'web-identity-token.caller'])

/** Refused for the kind of credentials (or for having none), whatever the request asked. */
export function refusedForCaller(experiment: StsExperiment): boolean {
  const id = decidingCheckId(experiment)
  return id !== undefined && (CALLER_KIND_CHECKS.has(id) || id.startsWith('auth.'))
}
