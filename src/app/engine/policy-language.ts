// What the policy editor asks the engine: its policy parser and lint (their problems become the
// editor's markers, in the engine's words), the built-in IAM catalogue (completion and hovers) and
// the condition operators IAM knows. Pure functions: safe on the page, no engine instance.
export { CONDITION_OPERATORS, lintPolicyActions, lintPolicyElements, loadIamCatalogue, parsePolicyText } from '../../engine/index.ts'
export type { AccessLevel, CatalogueAction, CatalogueConditionKey, CatalogueResourceType, IamCatalogue, PolicyKind, PolicyProblem } from '../../engine/index.ts'
