import { assumeRole } from './assume-role.ts'
import { decodeAuthorizationMessageOperation } from './decode-authorization-message.ts'
import { getAccessKeyInfo } from './get-access-key-info.ts'
import { getCallerIdentity } from './get-caller-identity.ts'
import { getFederationToken } from './get-federation-token.ts'
import { getSessionToken } from './get-session-token.ts'
import type { OperationHandler } from './operation.ts'

/** The operations this engine simulates, one line each. */
const handlers: readonly OperationHandler[] = [
  assumeRole,
  decodeAuthorizationMessageOperation,
  getAccessKeyInfo,
  getCallerIdentity,
  getFederationToken,
  getSessionToken,
]

export const operationHandlers: ReadonlyMap<string, OperationHandler> = new Map(handlers.map((handler) => [handler.name, handler]))
