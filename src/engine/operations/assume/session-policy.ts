import { faults, type StsFault } from '../../errors/faults.ts'
import { parsePolicyText } from '../../policy/parse-policy.ts'
import { parseBoundedJson } from '../../validation/parse-bounded-json.ts'

/**
 * A session policy STS refuses, with its MalformedPolicyDocument text: bad JSON is "The policy is
 * not in the valid JSON format."; a grammar error is "Syntax errors in policy." (those two: apache/hadoop
 * hadoop-aws assumed_roles.md, ansible-collections/amazon.aws#2778); a Principal is
 * "Policy document should not specify a principal." JSON nested more than 1,000 levels deep counts as
 * bad JSON: the raw parser errors AWS has returned are Jackson's (ansible-collections/amazon.aws#2778),
 * and Jackson refuses such JSON by default (validation/json-depth.ts).
 */
export function sessionPolicyFault(text: string): { fault: StsFault; why: string } | undefined {
  const json = parseBoundedJson(text)
  if (!json.ok) return { fault: faults.malformedPolicyDocument('The policy is not in the valid JSON format.'), why: `Not JSON: ${json.message}` }
  const parsed = parsePolicyText(text, 'session', 'session policy')
  if (parsed.ok) return undefined
  const first = parsed.problems[0]
  const principal = parsed.problems.find((p) => p.message === 'Policy document should not specify a principal.')
  const why = parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')
  return { fault: faults.malformedPolicyDocument(principal ? principal.message : 'Syntax errors in policy.'), why: first ? why : 'invalid policy' }
}
