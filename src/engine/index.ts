// The engine's public surface: the only module src/app and src/server import.

export { createEngine } from './engine.ts'
export type { Engine, EngineResult } from './engine.ts'
export type { SigningWork } from './auth/authenticate.ts'
export { fixedDeps } from './deps.ts'
export type { EngineDeps } from './deps.ts'
export type { Check } from './explain/checks.ts'
export type { HttpRequest, HttpResponse } from './http.ts'

export { API_VERSION, operationNames, operationParameters, findOperation } from './model/sts-model.ts'
export type { ParameterModel } from './model/sts-model.ts'
export type { OperationModel } from './model/model-types.ts'
export { shapeNamed } from './model/sts-model.ts'
export type { ShapeModel } from './model/model-types.ts'
export { operationHandlers } from './operations/index.ts'

export { encodeQuery, flattenParameters, parseQuery } from './protocol/query-codec.ts'
export type { QueryPair, QueryValue } from './protocol/query-codec.ts'

export { parseWorld, parseWorldText } from './world/parse-world.ts'
export type { ParsedWorld, WorldProblem } from './world/parse-world.ts'
export type { World, WorldUser, WorldRole, WorldAccount } from './world/world-schema.ts'
export { WORLD_FORMAT, WORLD_VERSION } from './world/world-schema.ts'
export { demoWorld } from './world/demo-world.ts'
export { callerIdentity } from './identity/principal.ts'
export type { Principal, CallerIdentity } from './identity/principal.ts'
