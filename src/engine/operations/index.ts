import { assumeRole } from './assume-role.ts'
import { assumeRoleWithSaml } from './assume-role-with-saml.ts'
import { assumeRoleWithWebIdentity } from './assume-role-with-web-identity.ts'
import { assumeRoot } from './assume-root.ts'
import { decodeAuthorizationMessageOperation } from './decode-authorization-message.ts'
import { getAccessKeyInfo } from './get-access-key-info.ts'
import { getCallerIdentity } from './get-caller-identity.ts'
import { getDelegatedAccessToken } from './get-delegated-access-token.ts'
import { getFederationToken } from './get-federation-token.ts'
import { getSessionToken } from './get-session-token.ts'
import { getWebIdentityToken } from './get-web-identity-token.ts'
import type { OperationHandler } from './operation.ts'

/** The operations this engine simulates, one line each. */
const handlers: readonly OperationHandler[] = [
  assumeRole,
  assumeRoleWithSaml,
  assumeRoleWithWebIdentity,
  assumeRoot,
  decodeAuthorizationMessageOperation,
  getAccessKeyInfo,
  getCallerIdentity,
  getDelegatedAccessToken,
  getFederationToken,
  getSessionToken,
  getWebIdentityToken,
]

export const operationHandlers: ReadonlyMap<string, OperationHandler> = new Map(handlers.map((handler) => [handler.name, handler]))
