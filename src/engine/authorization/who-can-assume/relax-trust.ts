import type { ConditionEntry, Policy, Statement } from '../../policy/policy-types.ts'

/**
 * Condition keys about who the caller is or which role is asked for (aws:PrincipalArn,
 * aws:PrincipalAccount, aws:PrincipalOrgID, aws:PrincipalTag/…, aws:userid, aws:username,
 * aws:ResourceAccount, …): no request can change them, so they are never set aside. Every other
 * key (sts:ExternalId, sts:RoleSessionName, aws:MultiFactorAuthPresent, aws:SourceIp,
 * aws:RequestTag/…, SAML:aud, <provider>:aud, …) is something a request or its token or assertion carries.
 */
const ABOUT_THE_CALLER = /^aws:(principal|userid$|username$|resource)/i

const requestCarried = (entry: ConditionEntry) => !ABOUT_THE_CALLER.test(entry.key)

/** A trust policy with the request-carried conditions of its Allow statements set aside, and which keys each such statement tested. */
export interface RelaxedTrust {
  policy: Policy
  /** By statement: the relaxed statement and the keys set aside from it. */
  relaxed: { statement: Statement; keys: string[] }[]
}

/**
 * The trust policy as it would be if every request-carried condition of its Allow statements were
 * met: the same statements, Allow ones without those condition entries (Deny statements stay as
 * written, so a Deny never becomes more lenient). Undefined when nothing would change.
 */
export function relaxTrust(policy: Policy): RelaxedTrust | undefined {
  const relaxed: RelaxedTrust['relaxed'] = []
  const statements = policy.statements.map((statement) => {
    if (statement.effect !== 'Allow') return statement
    const keys = statement.conditions.filter(requestCarried).map((entry) => entry.key)
    if (keys.length === 0) return statement
    const loosened: Statement = { ...statement, conditions: statement.conditions.filter((entry) => !requestCarried(entry)) }
    relaxed.push({ statement: loosened, keys })
    return loosened
  })
  return relaxed.length === 0 ? undefined : { policy: { ...policy, statements, name: `${policy.name} (request conditions met)` }, relaxed }
}
