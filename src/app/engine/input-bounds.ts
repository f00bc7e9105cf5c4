// The bounds the engine puts on untrusted input before parsing it (how deeply JSON may nest, how
// large SAML XML may be in shape), so the inspector refuses what the simulated STS refuses, with
// the same limits. Pure functions and constants: safe on the page.
export { JSON_DEPTH_LIMIT, parseBoundedJson, SAML_XML_LIMITS, xmlShapeProblem } from '../../engine/index.ts'
