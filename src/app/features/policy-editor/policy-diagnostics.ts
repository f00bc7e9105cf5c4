// The policy editor's markers: the engine's own parser problems (errors: STS would refuse the
// document) and its lint (warnings: accepted, but never matching as meant), in the engine's words,
// placed on the text the problem's path names. Pure: no Monaco, so it is tested directly.
import { lintPolicyActions, lintPolicyElements, parsePolicyText, type IamCatalogue, type PolicyKind } from '../../engine/policy-language.ts'
import { locatePath, parseJsonTree } from './json-locations.ts'

export interface PolicyDiagnostic {
  severity: 'error' | 'warning'
  message: string
  /** The engine's path, e.g. `Statement[0].Action`. */
  path: string
  start: number
  end: number
}

/**
 * Every problem the engine finds in `text` as a policy of `kind`. Text that is not JSON gives none:
 * the JSON language service marks the exact spot, which a path cannot. The action lint runs once
 * the catalogue is there.
 */
export function policyDiagnostics(text: string, kind: PolicyKind, catalogue: IamCatalogue | undefined): PolicyDiagnostic[] {
  if (text.trim() === '') return []
  const tree = parseJsonTree(text)
  if (!tree) return []
  const parsed = parsePolicyText(text, kind, 'policy')
  const place = (severity: PolicyDiagnostic['severity']) => (problem: { path: string; message: string }): PolicyDiagnostic => ({
    severity,
    message: problem.path === '(document)' ? problem.message : `${problem.path}: ${problem.message}`,
    path: problem.path,
    ...locatePath(tree, problem.path),
  })
  if (!parsed.ok) return parsed.problems.map(place('error'))
  const warnings = [...(catalogue ? lintPolicyActions(parsed.policy, catalogue) : []), ...lintPolicyElements(parsed.policy)]
  return warnings.map(place('warning'))
}
