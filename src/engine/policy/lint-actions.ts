import type { IamCatalogue } from './catalogue/iam-catalogue.ts'
import type { Policy, PolicyProblem } from './policy-types.ts'

/**
 * Flags Action and NotAction entries the IAM catalogue does not know: a misspelt action (or a
 * wildcard that matches nothing) is valid JSON that IAM accepts but that never grants anything,
 * a classic learner trap. Returns warnings with paths such as `Statement[1].Action[2]`.
 */
export function lintPolicyActions(policy: Policy, catalogue: IamCatalogue): PolicyProblem[] {
  const warnings: PolicyProblem[] = []
  for (const statement of policy.statements) {
    const element = statement.action
    if (!element) continue
    const base = `Statement[${statement.index}].${element.negated ? 'NotAction' : 'Action'}`
    element.patterns.forEach((pattern, i) => {
      const path = element.patterns.length > 1 ? `${base}[${i}]` : base
      const wildcard = pattern.includes('*') || pattern.includes('?')
      if (wildcard ? catalogue.expand(pattern).length === 0 : !catalogue.isKnown(pattern)) {
        const service = pattern.split(':')[0] ?? ''
        const serviceName = catalogue.serviceName(service)
        warnings.push({
          path,
          message: serviceName
            ? `${pattern} ${wildcard ? 'matches no action' : 'is not an action'} of ${serviceName}`
            : `${service} is not an AWS service prefix, so ${pattern} matches nothing`,
        })
      }
    })
  }
  return warnings
}
