import { ensureManagedPolicies, findManagedPolicy } from '../../authorization/managed-policies.ts'
import { STS_NAMESPACE, type StsFault } from '../../errors/faults.ts'
import type { CheckLog } from '../../explain/checks.ts'
import { validationErrorFault, type DecodedValue } from '../../validation/validation-message.ts'
import type { World } from '../../world/world-schema.ts'

/** "You can provide up to 10 managed policy ARNs" (AWS STS API Reference, AssumeRole / AssumeRoleWithSAML / AssumeRoleWithWebIdentity / GetFederationToken, PolicyArns). */
export const MAX_POLICY_ARNS = 10

/**
 * NoSuchEntity, HTTP 404, for a PolicyArns entry that names no policy the session may use. No STS
 * answer to an unknown ARN was found (searched: AWS docs, issue threads); the code and text are
 * IAM's for the same condition, "Policy arn:aws:iam::aws:policy/service-role/AWSConfigRole does not
 * exist or is not attachable." (Error Code: NoSuchEntity, Status Code: 404; seen in
 * newrelic/aws-log-ingestion#77, localstack/localstack#10251): inferred, not observed from STS.
 */
export function noSuchPolicyFault(arn: string): StsFault {
  return { code: 'NoSuchEntity', status: 404, message: `Policy ${arn} does not exist or is not attachable.`, type: 'Sender', namespace: STS_NAMESPACE }
}

/**
 * PolicyArns, the managed session policies of AssumeRole, AssumeRoleWithSAML,
 * AssumeRoleWithWebIdentity and GetFederationToken. Rules (AWS STS API Reference, PolicyArns;
 * IAM User Guide, "Session policies"):
 * - at most 10 ARNs. The model gives the list no length, so this is STS's own check; the engine
 *   answers it as ValidationError in the model's words ("Member must have length less than or
 *   equal to 10"), inferred;
 * - "The policies must exist in the same account as the role" (as the IAM user, for
 *   GetFederationToken), or be AWS managed: anything else is NoSuchEntity (noSuchPolicyFault);
 * - their documents do not count towards the 2,048-character plaintext limit of Policy (only the
 *   inline text is plaintext), but the ARNs count towards the packed size (packed-size.ts).
 * Returns the ARNs the session keeps, in the order given.
 */
export async function managedSessionPolicyArns(
  world: World,
  log: CheckLog,
  id: string,
  requested: readonly { arn?: string }[] | undefined,
  account: string,
): Promise<{ ok: true; arns: string[] } | { ok: false; fault: StsFault }> {
  const list = requested ?? []
  if (list.length === 0) return { ok: true, arns: [] }
  const title = 'Managed session policies (PolicyArns) exist and may be used'
  if (list.length > MAX_POLICY_ARNS) {
    log.fail(`${id}.policy-arns`, title, `${list.length} ARNs were passed; STS takes up to ${MAX_POLICY_ARNS}.`)
    return { ok: false, fault: validationErrorFault([{ path: 'policyArns', value: { kind: 'shown', value: list as unknown as DecodedValue }, constraint: { kind: 'maxLength', max: MAX_POLICY_ARNS } }]) }
  }
  const arns = list.map((entry) => entry.arn ?? '')
  await ensureManagedPolicies(world, undefined, arns)
  for (const arn of arns) {
    const found = findManagedPolicy(world, arn)
    if (!found || (found.owner === 'customer' && found.account !== account)) {
      const why = found
        ? `${arn} is a customer managed policy of account ${found.account}; a session of account ${account} may use only its own account's managed policies or AWS managed ones.`
        : `No managed policy ${arn === '' ? '(an empty ARN)' : arn} exists in this world${/^arn:[^:]+:iam::aws:policy\//.test(arn) ? ' (it is not one of the built-in AWS managed policies)' : ''}.`
      log.fail(`${id}.policy-arns`, title, why)
      return { ok: false, fault: noSuchPolicyFault(arn) }
    }
  }
  log.pass(`${id}.policy-arns`, title, `${arns.length} managed session ${arns.length === 1 ? 'policy' : 'policies'}: ${arns.join(', ')}. The session may do only what these (together with any inline session policy) and its identity policies both allow.`)
  return { ok: true, arns }
}
