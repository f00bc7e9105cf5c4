import { parseArn } from './arn.ts'
import type { PrincipalElement, PrincipalValue } from './policy-types.ts'
import type { RequestPrincipal } from './request-context.ts'

/**
 * How a Principal element named the caller. The decision procedure depends on it: naming the
 * account delegates to the account's IAM policies, naming the user or session grants directly,
 * naming the role is limited by the session's boundary and session policies (IAM User Guide,
 * "Policy evaluation for requests within a single account").
 */
export type PrincipalMatchKind =
  | 'anyone'
  | 'account'
  | 'user'
  | 'role'
  | 'role-session'
  | 'federated-user'
  | 'federating-user'
  | 'service'
  | 'federated'

const IDENTITY_TYPES = new Set(['Account', 'User', 'AssumedRole', 'FederatedUser'])

export function matchPrincipalValue(value: PrincipalValue, principal: RequestPrincipal): PrincipalMatchKind | undefined {
  if (value.type === '*' || (value.type === 'AWS' && value.value === '*')) return 'anyone'
  if (value.type === 'Service') return principal.type === 'Service' && principal.serviceOrProvider === value.value ? 'service' : undefined
  if (value.type === 'Federated') {
    return (principal.type === 'WebIdentity' || principal.type === 'SAML') && principal.serviceOrProvider === value.value ? 'federated' : undefined
  }
  if (value.type !== 'AWS' || !IDENTITY_TYPES.has(principal.type)) return undefined
  const arn = parseArn(value.value)
  if (!arn) return undefined
  if (arn.service === 'iam' && arn.resource === 'root') return arn.account === principal.account ? 'account' : undefined
  if (value.value === principal.arn) {
    if (principal.type === 'User') return 'user'
    if (principal.type === 'AssumedRole') return 'role-session'
    if (principal.type === 'FederatedUser') return 'federated-user'
    if (principal.type === 'Account') return 'account'
  }
  if (principal.type === 'AssumedRole' && value.value === principal.roleArn) return 'role'
  if (principal.type === 'FederatedUser' && value.value === principal.federatingUserArn) return 'federating-user'
  return undefined
}

export interface PrincipalCheck {
  matched: boolean
  kind?: PrincipalMatchKind
  detail: string
}

export function matchPrincipal(element: PrincipalElement, principal: RequestPrincipal): PrincipalCheck {
  for (const value of element.values) {
    const kind = matchPrincipalValue(value, principal)
    if (kind) {
      return element.negated
        ? { matched: false, detail: `NotPrincipal names ${value.value}, which is the caller` }
        : { matched: true, kind, detail: `Principal ${value.type === '*' ? '"*"' : `${value.type} ${value.value}`} ${describeKind(kind)}` }
    }
  }
  const listed = element.values.map((v) => (v.type === '*' ? '"*"' : v.value)).join(', ')
  return element.negated
    ? { matched: true, kind: 'anyone', detail: `NotPrincipal (${listed}) does not name the caller` }
    : { matched: false, detail: `Principal (${listed}) does not name ${principal.arn}` }
}

function describeKind(kind: PrincipalMatchKind): string {
  switch (kind) {
    case 'anyone':
      return 'matches anyone'
    case 'account':
      return "names the caller's account: the account's IAM policies must also allow"
    case 'user':
      return 'names the caller, an IAM user'
    case 'role':
      return "names the caller's role"
    case 'role-session':
      return 'names the caller, a role session'
    case 'federated-user':
      return 'names the caller, a federated user'
    case 'federating-user':
      return 'names the IAM user who created this federated session'
    case 'service':
      return 'names the calling service'
    case 'federated':
      return "names the caller's identity provider"
  }
}
