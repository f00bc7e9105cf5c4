/**
 * GetWebIdentityToken: a JWT, signed by STS, that asserts the caller's AWS identity to an outside
 * service ("outbound identity federation"; STS API Reference, GetWebIdentityToken; IAM User Guide,
 * "Getting started with outbound identity federation", "Understanding token claims").
 *
 * The order of checks, as captured against AWS in radkawar/stackd testdata/aws/iam/outbound_identity.json
 * (an account with the feature disabled, so every request that passes the earlier steps ends in
 * OutboundWebIdentityFederationDisabledException):
 * 1. the global endpoint does not serve it: 400 InvalidAction "Operation not supported on STS global endpoint";
 * 2. model validation: Audience 1..10 strings of 1..1000, SigningAlgorithm exactly 5 characters,
 *    DurationSeconds 60..3600 (59 → "Member must have value greater than or equal to 60", fact 57),
 *    Tags ≤ 50 with the session-tag patterns;
 * 3. SigningAlgorithm must be RS256 or ES384, case-sensitively (RS384, ES256, HS256, rs256 →
 *    ValidationError "Requested SigningAlgorithm is not supported. …");
 * 4. tag keys must differ case-insensitively (InvalidParameterValue "Duplicate tag keys found. …");
 *    `aws:` keys are accepted and become claims;
 * 5. credentials from GetFederationToken are refused: AccessDenied "GetWebIdentityToken does not
 *    support federated user sessions";
 * 6. authorization: sts:GetWebIdentityToken, then sts:TagGetWebIdentityToken when Tags are passed,
 *    on `arn:<partition>:sts::<account>:self`, with sts:IdentityTokenAudience (every audience),
 *    sts:SigningAlgorithm, sts:DurationSeconds (the default 300 when not passed), aws:RequestTag/…
 *    and aws:TagKeys; AccessDenied "User: <caller> is not authorized to perform: <action> on
 *    resource: arn:aws:sts::<account>:self because no identity-based policy allows the <action> action";
 * 7. the token may not outlive the calling session: 403 SessionDurationEscalationException
 *    (answered even when the feature is disabled, so before step 8);
 * 8. the account must have called IAM EnableOutboundWebIdentityFederation (the world's
 *    `accounts[].outboundWebIdentityFederation`): else 403 OutboundWebIdentityFederationDisabledException;
 * 9. the claims JSON may not exceed 14,984 UTF-8 bytes (observed in radkawar/stackd
 *    testdata/aws/iam/outbound_issuance.json): else 400 JWTPayloadSizeExceededException.
 * The result is WebIdentityToken then Expiration, which keeps milliseconds (API Reference example:
 * "2025-11-11T22:44:21.703000+00:00") while the JWT's `exp` is in whole seconds.
 *
 * Simulated nearest version (parts of AWS the playground does not have):
 * - the issuer URL is derived from the account id (web-identity-token/issuer.ts) and nothing is
 *   served there; the app shows the discovery document and the JWKS instead;
 * - the signing keys are generated in memory with WebCrypto, per engine session key and account
 *   (web-identity-token/signing-keys.ts); they verify the tokens with jose or any JWT library;
 * - claims that need parts of AWS the world does not model are left out: `ou_path` (no OUs),
 *   EC2/Lambda/Identity Center session context;
 * - the order of steps 6 and 7 is a guess (no capture has a session that is both denied and
 *   escalating).
 */
import { denialOf } from '../policy/denial.ts'
import { faults } from '../errors/faults.ts'
import { callerIdentity, principalArn } from '../identity/principal.ts'
import { organizationIdOf } from '../authorization/organization-policies.ts'
import { element } from '../xml/xml-writer.ts'
import { authorizeCaller, notAuthorizedMessage } from '../authorization/authorize-caller.ts'
import { globalEndpointFault } from './caller-side/global-endpoint.ts'
import { environmentOf, type OperationHandler } from './operation.ts'
import { validatedInput } from './validated-input.ts'
import { outboundIssuer } from './web-identity-token/issuer.ts'
import { outboundFaults } from './web-identity-token/outbound-faults.ts'
import { OUTBOUND_ALGORITHMS, signOutboundToken, type OutboundAlgorithm } from './web-identity-token/signing-keys.ts'
import { MAX_PAYLOAD_BYTES, outboundClaims, payloadBytes, randomUuid } from './web-identity-token/token-claims.ts'
import { WEB_IDENTITY_TOKEN_DEFAULT } from './session-duration.ts'

interface GetWebIdentityTokenInput {
  Audience: string[]
  SigningAlgorithm: string
  DurationSeconds?: number
  Tags?: { Key: string; Value: string }[]
}

export const getWebIdentityToken: OperationHandler = {
  name: 'GetWebIdentityToken',
  async run(ctx) {
    const { log, world } = ctx
    const caller = ctx.caller
    if (!caller) throw new Error('GetWebIdentityToken is a signed operation')

    const global = globalEndpointFault(ctx, 'GetWebIdentityToken')
    if (global) return { ok: false, fault: global }

    const validated = validatedInput<GetWebIdentityTokenInput>(ctx, 'GetWebIdentityToken', 'Audience (1 to 10), SigningAlgorithm (5 characters), DurationSeconds (60..3600) and Tags are within the model’s limits.')
    if (!validated.ok) return validated.failure
    const input = validated.input

    if (!(OUTBOUND_ALGORITHMS as readonly string[]).includes(input.SigningAlgorithm)) {
      log.fail('web-identity-token.algorithm', 'SigningAlgorithm is RS256 or ES384', `"${input.SigningAlgorithm}" is not a supported algorithm: STS signs outbound tokens with RS256 or ES384 only (case matters).`)
      return { ok: false, fault: outboundFaults.unsupportedAlgorithm() }
    }
    const algorithm = input.SigningAlgorithm as OutboundAlgorithm
    log.pass('web-identity-token.algorithm', 'SigningAlgorithm is RS256 or ES384', `${algorithm}: ${algorithm === 'RS256' ? 'RSA with SHA-256' : 'ECDSA on P-384 with SHA-384'}.`)

    const tags = input.Tags ?? []
    const seen = new Set<string>()
    for (const tag of tags) {
      const key = tag.Key.toLowerCase()
      if (seen.has(key)) {
        log.fail('web-identity-token.tags', 'Tag keys are unique', `The key "${tag.Key}" appears twice (keys are compared ignoring case).`)
        return { ok: false, fault: faults.invalidParameterValue('Duplicate tag keys found. Please note that Tag keys are case insensitive.') }
      }
      seen.add(key)
    }
    if (tags.length > 0) log.pass('web-identity-token.tags', 'Tag keys are unique', `${tags.length} tag${tags.length === 1 ? '' : 's'}: each becomes a claim under request_tags.`)

    const principal = caller.principal
    if (principal.kind === 'federated-user') {
      log.fail('web-identity-token.caller', 'The caller may get a web identity token', 'Credentials from GetFederationToken cannot call GetWebIdentityToken.')
      return { ok: false, fault: outboundFaults.federatedUser() }
    }
    log.pass('web-identity-token.caller', 'The caller may get a web identity token', `${callerIdentity(principal).arn} asks for a token about itself.`)

    const duration = input.DurationSeconds ?? WEB_IDENTITY_TOKEN_DEFAULT
    const resource = `arn:${world.partition}:sts::${principal.account}:self`
    const requestKeys: Record<string, string | string[]> = {
      'sts:IdentityTokenAudience': input.Audience,
      'sts:SigningAlgorithm': algorithm,
      'sts:DurationSeconds': String(duration),
    }
    if (tags.length > 0) {
      requestKeys['aws:TagKeys'] = tags.map((t) => t.Key)
      for (const tag of tags) requestKeys[`aws:RequestTag/${tag.Key}`] = tag.Value
    }
    const actions = ['sts:GetWebIdentityToken', ...(tags.length > 0 ? ['sts:TagGetWebIdentityToken'] : [])]
    const authorization = authorizeCaller(ctx.world, caller, actions, resource, requestKeys, environmentOf(ctx))
    for (const { action, decision } of authorization.decisions) {
      if (decision.result === 'Allow') log.pass(`web-identity-token.authorize.${action}`, `Policies allow ${action}`, `The caller's policies allow ${action} on ${resource}.`)
      else log.fail(`web-identity-token.authorize.${action}`, `Policies allow ${action}`, `Denied ${decision.reason}.`, denialOf(decision))
    }
    const deniedAction = authorization.deniedAction
    if (deniedAction) {
      const reason = authorization.decisions.find((d) => d.action === deniedAction)?.decision.reason
      return { ok: false, fault: faults.accessDenied(notAuthorizedMessage(caller.principal, deniedAction, resource, reason)) }
    }

    const issuedAtMs = ctx.nowMs
    const expiresAtMs = issuedAtMs + duration * 1000
    const session = caller.session
    if (session && expiresAtMs > session.expiresAt) {
      log.fail(
        'web-identity-token.duration',
        'The token does not outlive the calling session',
        `A ${duration} s token would expire at ${new Date(expiresAtMs).toISOString()}, after the caller's session (${new Date(session.expiresAt).toISOString()}).`,
      )
      return { ok: false, fault: outboundFaults.escalation() }
    }
    log.pass(
      'web-identity-token.duration',
      'The token does not outlive the calling session',
      `${duration} s (${input.DurationSeconds === undefined ? 'the default' : 'as asked'})${session ? `; the caller's session lasts until ${new Date(session.expiresAt).toISOString()}` : '; long-term credentials have no session to outlive'}.`,
    )

    const account = world.accounts.find((a) => a.id === principal.account)
    if (account?.outboundWebIdentityFederation !== true) {
      log.fail('web-identity-token.enabled', 'Outbound identity federation is enabled for the account', `Account ${principal.account} has not enabled outbound identity federation (IAM EnableOutboundWebIdentityFederation).`)
      return { ok: false, fault: outboundFaults.disabled() }
    }
    log.pass('web-identity-token.enabled', 'Outbound identity federation is enabled for the account', `Account ${principal.account} signs tokens as ${outboundIssuer(principal.account)}.`)

    const orgId = organizationIdOf(world, principal.account)
    const claims = outboundClaims({
      issuer: outboundIssuer(principal.account),
      audiences: input.Audience,
      subject: principalArn(principal),
      account: principal.account,
      region: ctx.region,
      ...(orgId ? { orgId } : {}),
      principalTags: authorization.caller.principalTags,
      requestTags: tags,
      ...(session ? { sessionExpiresAt: session.expiresAt } : {}),
      ...(session?.sourceIdentity !== undefined ? { sourceIdentity: session.sourceIdentity } : {}),
      issuedAtMs,
      expiresAtMs,
      jti: randomUuid(ctx.deps),
    })
    const size = payloadBytes(claims)
    if (size > MAX_PAYLOAD_BYTES) {
      log.fail('web-identity-token.payload', 'The claims fit in a token', `The claims would take ${size} bytes of JSON; STS signs at most ${MAX_PAYLOAD_BYTES}.`)
      return { ok: false, fault: outboundFaults.payloadTooLarge() }
    }
    log.pass('web-identity-token.payload', 'The claims fit in a token', `${size} bytes of claims (at most ${MAX_PAYLOAD_BYTES}).`)

    const token = await signOutboundToken(ctx.sessionKey, principal.account, algorithm, claims)
    const expiration = new Date(expiresAtMs).toISOString()
    return { ok: true, result: [element('WebIdentityToken', token), element('Expiration', expiration)], issuedToken: { expiration } }
  },
}
