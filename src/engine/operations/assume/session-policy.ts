import { faults, type StsFault } from '../../errors/faults.ts'
import { parsePolicyText } from '../../policy/parse-policy.ts'

/**
 * A session policy STS refuses, with its MalformedPolicyDocument text: bad JSON is "The policy is
 * not in the valid JSON format."; a grammar error is "Syntax errors in policy." (those two: apache/hadoop
 * hadoop-aws assumed_roles.md, ansible-collections/amazon.aws#2778); a Principal is
 * "Policy document should not specify a principal."
 */
export function sessionPolicyFault(text: string): { fault: StsFault; why: string } | undefined {
  try {
    JSON.parse(text)
  } catch (error) {
    return { fault: faults.malformedPolicyDocument('The policy is not in the valid JSON format.'), why: `Not JSON: ${(error as Error).message}` }
  }
  const parsed = parsePolicyText(text, 'session', 'session policy')
  if (parsed.ok) return undefined
  const first = parsed.problems[0]
  const principal = parsed.problems.find((p) => p.message === 'Policy document should not specify a principal.')
  const why = parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')
  return { fault: faults.malformedPolicyDocument(principal ? principal.message : 'Syntax errors in policy.'), why: first ? why : 'invalid policy' }
}
