import { getCallerIdentity } from './get-caller-identity.ts'
import type { OperationHandler } from './operation.ts'

/** The operations this engine simulates, one line each. */
const handlers: readonly OperationHandler[] = [getCallerIdentity]

export const operationHandlers: ReadonlyMap<string, OperationHandler> = new Map(handlers.map((handler) => [handler.name, handler]))
