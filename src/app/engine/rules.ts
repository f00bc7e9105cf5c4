// The rules the request form shows, from the engine: field hints in STS's own ValidationError words,
// parameters in plain words, the DurationSeconds a request may ask for, and the world's roles,
// providers and devices for the pickers. Pure functions: safe on the page, no engine instance.
export { countProblem, describeParameter, durationLimits, MALFORMED_INTEGER_PROBLEM, parameterProblem, parameterProblems, worldChoices } from '../../engine/index.ts'
