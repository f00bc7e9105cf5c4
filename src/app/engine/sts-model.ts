// The STS API model and the Query protocol, for forms and the wire view: plain data and pure
// functions from the engine, safe to use on the page (no engine instance, no signing); the operations
// the comparison table has rows for.
export { CLASSIC_OPERATIONS, NEWER_OPERATIONS } from '../../engine/index.ts'
export { API_VERSION, encodeQuery, findOperation, flattenParameters, operationNames, operationParameters, parseQuery, shapeNamed, structureParameters } from '../../engine/index.ts'
