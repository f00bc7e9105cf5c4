/**
 * AssumeRoleWithWebIdentity: unsigned (the token is the proof of identity; the engine skips SigV4
 * for it, fact 71), for three kinds of web identity token, authorized by the role's trust policy alone:
 * - an OpenID Connect ID token from an IAM OIDC provider of the role's account, verified with that
 *   provider's keys (federation/oidc/iam-oidc-token.ts);
 * - an Amazon Cognito identity token, Cognito being built into STS (federation/oidc/cognito.ts);
 * - an OAuth 2.0 access token of Login with Amazon or Facebook (ProviderId given), which STS asks
 *   the provider to validate (federation/oauth2/oauth2-provider.ts).
 *
 * Order of checks (model validation first, as justincormack/argmin sts_oracle.rs shows for
 * AssumeRole; the order among the token checks is inferred — no
 * recording has a token that fails two of them):
 * 1. model validation (RoleSessionName 2..64, WebIdentityToken 4..20000, Policy ≤ 2048,
 *    DurationSeconds 900..43200, ProviderId 4..2048);
 * 2. RoleArn shape ("<RoleArn> is invalid", as AssumeRole); PolicyArns (managed-session-policies.ts, as
 *    AssumeRole); the session policy document (MalformedPolicyDocument); STS active in the region
 *    for the role's account;
 * 3. with ProviderId: ProviderId is www.amazon.com or graph.facebook.com, the provider is reachable
 *    (else IDPCommunicationError) and accepts the token (else IDPRejectedClaim);
 * 3'. without: the token is a JWT with an `iss` (else "The ID Token provided is not a valid JWT. …");
 *    `iss` is the URL of an IAM OIDC provider in the role's account, else Cognito's issuer, else
 *    "No OpenIDConnect provider found in your account for <iss>" (fact 66); then the provider's
 *    checks: audience (fact 67), keys and signature ("Couldn't retrieve verification key …"), `exp`
 *    with IAM's five-minute leeway (ExpiredTokenException, fact 68), `nbf`/`iat`, `sub`, session tags
 *    from `https://aws.amazon.com/tags` and the source identity from `https://aws.amazon.com/source_identity`;
 * 4. the trust policy allows sts:AssumeRoleWithWebIdentity for the provider as the Federated
 *    principal (the OIDC provider's ARN, `cognito-identity.amazonaws.com`, `www.amazon.com`,
 *    `graph.facebook.com`) with the provider's condition keys, plus sts:TagSession /
 *    sts:SetSourceIdentity when the token passes tags / a source identity; a missing role gets the
 *    same answer (fact 69); for Cognito across accounts only statements testing the pool and amr count;
 * 5. DurationSeconds against the role's MaxSessionDuration; packed size; credentials.
 *
 * The result, in the order AWS sends it (a raw capture of sts.amazonaws.com answering an Identity
 * Platform token, 2020, and EKS IRSA fixtures copied from real answers all agree): Audience,
 * AssumedRoleUser, Provider, Credentials, SubjectFromWebIdentityToken; then PackedPolicySize and
 * SourceIdentity, whose places are unrecorded. Provider is the OIDC provider's ARN
 * (`arn:aws:iam::<account>:oidc-provider/<host/path>`), as every recorded answer for an IAM OIDC
 * provider shows, not the bare `iss` the model's documentation suggests (fact 70);
 * `cognito-identity.amazonaws.com` for Cognito (recorded answers); the ProviderId for OAuth 2.0
 * (the model, fact 70).
 *
 * Simplified: Google as a built-in provider (`accounts.google.com` without an IAM provider) is not
 * simulated; the providers' keys come from the world instead of being fetched, so thumbprint checks
 * never happen; the OAuth 2.0 providers are simulated by the world (oauth2/access-token.ts).
 */
import { faults } from '../errors/faults.ts'
import type { WorldRole } from '../world/world-schema.ts'
import { element, type XmlElement } from '../xml/xml-writer.ts'
import { assumeActions } from './assume/authorize-assume.ts'
import { findRole, roleArnShapeFault, trustPolicyOf } from './assume/role-arn.ts'
import { sessionPolicyFault } from './assume/session-policy.ts'
import { authorizeFederated, logTrustDecisions } from './federation/authorize-federated.ts'
import { tagRequestKeys } from './federation/federated-tags.ts'
import { DEFAULT_DURATION, issueFederatedSession, packedSize, roleDurationFault } from './federation/federated-session.ts'
import { federationFaults } from './federation/federation-faults.ts'
import { verifyOauth2Token } from './federation/oauth2/oauth2-provider.ts'
import { COGNITO_ISSUER, verifyCognitoToken } from './federation/oidc/cognito.ts'
import { decodeWebIdentityToken, NOT_A_JWT } from './federation/oidc/decode-token.ts'
import { verifyIamOidcToken } from './federation/oidc/iam-oidc-token.ts'
import { findOidcProvider } from './federation/oidc/oidc-provider.ts'
import type { WebIdentityCheck } from './federation/web-identity.ts'
import { environmentOf, type OperationContext, type OperationHandler } from './operation.ts'
import { validatedInput } from './validated-input.ts'
import { managedSessionPolicyArns } from './assume/managed-session-policies.ts'

interface AssumeRoleWithWebIdentityInput {
  RoleArn: string
  RoleSessionName: string
  WebIdentityToken: string
  ProviderId?: string
  PolicyArns?: { arn: string }[]
  Policy?: string
  DurationSeconds?: number
}

const ACTION = 'sts:AssumeRoleWithWebIdentity'

export const assumeRoleWithWebIdentity: OperationHandler = {
  name: 'AssumeRoleWithWebIdentity',
  async run(ctx) {
    const { log, world } = ctx
    const validated = validatedInput<AssumeRoleWithWebIdentityInput>(ctx, 'AssumeRoleWithWebIdentity', 'Required parameters present; lengths, patterns and ranges as the model says.')
    if (!validated.ok) return validated.failure
    const input = validated.input

    const badArn = roleArnShapeFault(input.RoleArn)
    if (badArn) {
      log.fail('web-identity.role-arn', 'RoleArn has the shape of an ARN', 'STS wants arn:partition:service:region:account:resource with a partition, a service and a resource.')
      return { ok: false, fault: badArn }
    }
    const role = findRole(world, input.RoleArn)
    const roleAccount = role?.account ?? /^arn:[^:]+:iam::(\d{12}):/.exec(input.RoleArn)?.[1] ?? ''
    const managed = await managedSessionPolicyArns(world, log, 'web-identity', input.PolicyArns, roleAccount)
    if (!managed.ok) return managed
    const policyFault = input.Policy === undefined ? undefined : sessionPolicyFault(input.Policy)
    if (policyFault) {
      log.fail('web-identity.session-policy', 'The session policy is a valid policy', policyFault.why)
      return { ok: false, fault: policyFault.fault }
    }

    const account = world.accounts.find((a) => a.id === roleAccount)
    if (account?.stsDisabledRegions.includes(ctx.region)) {
      log.fail('web-identity.region', 'STS is active in this region for the role’s account', `Account ${account.id} has not activated STS in ${ctx.region}.`)
      return { ok: false, fault: faults.regionDisabled(account.id) }
    }

    const verified = input.ProviderId !== undefined ? verifyOauth2Token(ctx, input.ProviderId, input.WebIdentityToken) : await verifyIdToken(ctx, input.WebIdentityToken, roleAccount, role)
    if (!verified.ok) return verified
    const identity = verified.identity
    const { requested, sourceIdentity } = identity

    // Trust: the provider is the principal; its condition keys come with the request.
    const requestKeys: Record<string, string | string[]> = {
      ...identity.conditionKeys,
      'sts:RoleSessionName': input.RoleSessionName,
      ...tagRequestKeys(requested),
      ...(sourceIdentity !== undefined ? { 'sts:SourceIdentity': sourceIdentity } : {}),
    }
    const actions = assumeActions(ACTION, requested, sourceIdentity)
    const authorization = authorizeFederated(world, role, input.RoleArn, identity.caller, actions, requestKeys, environmentOf(ctx), identity.trustPolicy)
    logTrustDecisions(log, 'web-identity', authorization, { exists: role !== undefined, arn: input.RoleArn, allowedWhy: identity.allowedWhy })
    if (authorization.deniedAction) return { ok: false, fault: federationFaults.notAuthorized(ACTION) }
    if (!role) throw new Error('an allowed AssumeRoleWithWebIdentity names a role')

    const durationFault = roleDurationFault(log, 'web-identity', role, input.DurationSeconds)
    if (durationFault) return { ok: false, fault: durationFault }
    const packed = packedSize(log, 'web-identity', input.Policy, requested.tags, managed.arns)
    if (!packed.ok) return packed

    const { assumedRoleUser, credentials, issued } = issueFederatedSession(ctx, {
      issuedBy: 'AssumeRoleWithWebIdentity',
      role,
      sessionName: input.RoleSessionName,
      durationSeconds: input.DurationSeconds ?? DEFAULT_DURATION,
      ...(input.Policy !== undefined ? { policy: input.Policy } : {}),
      policyArns: managed.arns,
      requested,
      ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
      providerKeys: requestKeys,
    })
    const result: XmlElement[] = [element('Audience', identity.audience), assumedRoleUser, element('Provider', identity.provider), credentials, element('SubjectFromWebIdentityToken', identity.subject)]
    if (packed.packed !== undefined) result.push(element('PackedPolicySize', String(packed.packed)))
    if (sourceIdentity !== undefined) result.push(element('SourceIdentity', sourceIdentity))
    return { ok: true, result, issued }
  },
}

/**
 * An ID token (no ProviderId): a JWT whose `iss` picks the provider. An IAM OIDC provider of the
 * role's account with that URL comes first (a world may register one even for a built-in issuer);
 * else Cognito's issuer is built in; else no provider vouches for it.
 */
async function verifyIdToken(ctx: OperationContext, token: string, roleAccount: string, role: WorldRole | undefined): Promise<WebIdentityCheck> {
  const { log, world } = ctx
  const decoding = decodeWebIdentityToken(token)
  if (!decoding.ok) {
    log.fail('web-identity.token.format', 'The token is a JWT', decoding.why)
    return { ok: false, fault: federationFaults.invalidIdentityToken(NOT_A_JWT) }
  }
  const decoded = decoding.token
  const { issuer } = decoded
  log.pass('web-identity.token.format', 'The token is a JWT', `Signed with ${String(decoded.header.alg)}${decoded.header.kid !== undefined ? `, key id ${decoded.header.kid}` : ''}; issuer ${issuer}.`)

  const provider = findOidcProvider(world, roleAccount, issuer)
  if (provider) return verifyIamOidcToken(log, world, provider, decoded, token, ctx.nowMs)
  if (issuer === COGNITO_ISSUER) return verifyCognitoToken(log, world, decoded, token, ctx.nowMs, { account: roleAccount, trustPolicy: trustPolicyOf(role) })
  log.fail('web-identity.token.issuer', 'An IAM OIDC provider of the role’s account is the token’s issuer', `Account ${roleAccount || '(none: RoleArn names no account)'} has no IAM OIDC provider whose URL is exactly ${issuer}, and ${issuer} is not a provider built into STS (${COGNITO_ISSUER}).`)
  return { ok: false, fault: federationFaults.invalidIdentityToken(`No OpenIDConnect provider found in your account for ${issuer}`) }
}
