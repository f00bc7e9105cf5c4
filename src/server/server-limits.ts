/**
 * What one serve:sts process gives its clients at most: connections, time and buffered memory.
 * See docs/hardening.md for why each value is what it is, and the figures measured with them.
 */
export interface ServerLimits {
  /**
   * Connections open at once. At the cap a new connection closes the one that has waited longest
   * without a request in the engine (an idle keep-alive connection, or one still sending its
   * request); when every connection has a request in the engine, the new one is refused.
   */
  maxConnections: number
  /** Time from a connection (or the end of the previous request) to the end of the request's headers. */
  headersTimeoutMs: number
  /** Time from a connection (or the end of the previous request) to the end of the whole request, body included. */
  requestTimeoutMs: number
  /** Time an idle keep-alive connection stays open after an answer. */
  keepAliveTimeoutMs: number
  /** Time without any traffic before a connection is closed (node:http's server.timeout). */
  idleTimeoutMs: number
  /** One request body, in bytes; a longer one gets 413 and the connection is closed. */
  maxBodyBytes: number
  /**
   * Request bodies buffered at once by all connections together, in bytes. Past it, the bodies of
   * the connections that have waited longest are dropped (503 and close) until the rest fit.
   */
  bodyMemoryBytes: number
  /** How often node:http looks for connections past their headers or request timeout. */
  timeoutCheckIntervalMs: number
}

const MIB = 1024 * 1024

/**
 * The largest legal STS request is below 1 MiB once form-encoded. AssumeRole with every list and
 * string at its maximum, each character the one its pattern allows that encodes longest (12 bytes
 * for a character outside the BMP, 6 for Policy's Latin-1), comes to about 0.84 MB: RoleArn, 10
 * PolicyArns and 5 ProvidedContexts of 2,048-character ARNs and assertions, 50 Tags and 50
 * TransitiveTagKeys of 128 and 256 characters, a 2,048-character Policy. AssumeRoleWithSAML's
 * 100,000-character SAMLAssertion is base64, at most 3 bytes per character once encoded (%2B, %2F,
 * %3D): about 0.61 MB with that operation's other parameters at their longest. Limits from the STS
 * API reference (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html and
 * API_AssumeRoleWithSAML.html) and the botocore model the engine is generated from; the sums are
 * checked by largest-legal-request.test.ts.
 */
export const MAX_BODY_BYTES = MIB

export const DEFAULT_LIMITS: ServerLimits = {
  maxConnections: 2048,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 20_000,
  // node:http's own default (https://nodejs.org/docs/latest-v20.x/api/http.html#serverkeepalivetimeout).
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 30_000,
  maxBodyBytes: MAX_BODY_BYTES,
  // 16 bodies of the largest legal size at once, or about 160 of a typical 100 KB SAML response.
  bodyMemoryBytes: 16 * MIB,
  // node:http checks every 30 s by default, so a 10 s headers timeout could fire 40 s late
  // (https://nodejs.org/docs/latest-v20.x/api/http.html#httpcreateserveroptions-requestlistener).
  timeoutCheckIntervalMs: 1_000,
}

/** The limits with `overrides` applied; throws if they contradict each other. */
export function serverLimits(overrides: Partial<ServerLimits> = {}): ServerLimits {
  const limits = { ...DEFAULT_LIMITS, ...overrides }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) throw new Error('the headers timeout cannot be longer than the request timeout')
  if (limits.bodyMemoryBytes < limits.maxBodyBytes) throw new Error('the memory for request bodies must hold at least one body of the largest size')
  return limits
}
