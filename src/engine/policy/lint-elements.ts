import { parseArn } from './arn.ts'
import { parseOperator } from './conditions/parse-operator.ts'
import type { Policy, PolicyProblem } from './policy-types.ts'

/**
 * Flags what IAM's parser lets through but that can never match as meant: a condition operator IAM
 * does not know (`StringEqualz`: the statement then never applies), and a Resource or NotResource
 * that is neither `*` nor an ARN of six colon-separated parts (`arn:aws:s3::reports`). Warnings with
 * paths such as `Statement[0].Condition.StringEqualz` or `Statement[1].Resource[2]`, for an editor.
 */
export function lintPolicyElements(policy: Policy): PolicyProblem[] {
  const warnings: PolicyProblem[] = []
  for (const statement of policy.statements) {
    const at = `Statement[${statement.index}]`
    const seen = new Set<string>()
    for (const { operator } of statement.conditions) {
      if (seen.has(operator)) continue
      seen.add(operator)
      const parsed = parseOperator(operator)
      if (!parsed.ok) warnings.push({ path: `${at}.Condition.${operator}`, message: `${operator} is not a condition operator: ${parsed.reason}` })
    }
    const element = statement.resource
    if (!element) continue
    const base = `${at}.${element.negated ? 'NotResource' : 'Resource'}`
    element.patterns.forEach((pattern, i) => {
      if (pattern === '*' || parseArn(pattern)?.service) return
      warnings.push({
        path: element.patterns.length > 1 ? `${base}[${i}]` : base,
        message: `${pattern} is not an ARN: write arn:partition:service:region:account:resource, e.g. arn:aws:s3:::reports/*, or *`,
      })
    })
  }
  return warnings
}
