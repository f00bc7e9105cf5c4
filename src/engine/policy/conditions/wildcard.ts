// The IAM wildcard matcher is shared by the whole policy engine.
export { matchesWildcard, unescapeLiterals, type WildcardOptions } from '../wildcard.ts'
