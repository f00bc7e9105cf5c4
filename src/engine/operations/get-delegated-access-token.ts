/**
 * GetDelegatedAccessToken: exchanges a trade-in token for temporary credentials that act as the
 * customer principal who accepted an IAM delegation request (STS API Reference,
 * GetDelegatedAccessToken: Credentials, AssumedPrincipal, and PackedPolicySize, which "is not
 * populated for GetDelegatedAccessToken"; errors ExpiredTradeInTokenException 400,
 * RegionDisabledException 403, PackedPolicyTooLarge 400).
 *
 * Simulated nearest version: the tokens come from IAM temporary delegation (CreateDelegationRequest,
 * AcceptDelegationRequest, SendDelegationToken, delivered over SNS), which the playground does not
 * simulate, so it can never have issued a valid trade-in token (delegated-access/trade-in-token.ts).
 * The operation therefore:
 * 1. validates the parameters against the model (TradeInToken is required; the model sets no length);
 * 2. authorizes sts:GetDelegatedAccessToken for the caller (the IAM action exists, access level
 *    Write, Service Authorization Reference; no resource type is documented, so Resource "*" —
 *    the AccessDenied text follows GetWebIdentityToken's recorded form and is unverified);
 * 3. refuses the token: 400 ExpiredTradeInTokenException, the modeled error for a token that cannot
 *    be exchanged, with a Why check saying the playground has no delegation requests to redeem.
 * It never returns credentials.
 */
import { denialOf } from '../policy/denial.ts'
import { faults } from '../errors/faults.ts'
import { authorizeCaller, notAuthorizedMessage } from '../authorization/authorize-caller.ts'
import { tradeInTokenFault } from './delegated-access/trade-in-token.ts'
import { environmentOf, type OperationHandler } from './operation.ts'
import { validatedInput } from './validated-input.ts'

export const getDelegatedAccessToken: OperationHandler = {
  name: 'GetDelegatedAccessToken',
  run(ctx) {
    const { log } = ctx
    const caller = ctx.caller
    if (!caller) throw new Error('GetDelegatedAccessToken is a signed operation')

    const validated = validatedInput<unknown>(ctx, 'GetDelegatedAccessToken', 'TradeInToken is present.')
    if (!validated.ok) return validated.failure

    const action = 'sts:GetDelegatedAccessToken'
    const authorization = authorizeCaller(ctx.world, caller, [action], '*', {}, environmentOf(ctx))
    const decision = authorization.decisions[0]?.decision
    if (!decision || decision.result !== 'Allow') {
      log.fail('delegated-access.authorize', `Policies allow ${action}`, `Denied ${decision?.reason ?? ''}.`, decision && denialOf(decision))
      return { ok: false, fault: faults.accessDenied(notAuthorizedMessage(caller.principal, action, '*', decision?.reason)) }
    }
    log.pass('delegated-access.authorize', `Policies allow ${action}`, `The caller's policies allow ${action}.`)

    log.fail(
      'delegated-access.trade-in-token',
      'The trade-in token is one STS issued and has not expired',
      'Trade-in tokens come from IAM temporary delegation: a partner’s delegation request, accepted and released by the customer (SendDelegationToken). The playground does not simulate delegation requests, so no token it receives can be redeemed: STS answers as for a token that can no longer be exchanged.',
    )
    return { ok: false, fault: tradeInTokenFault() }
  },
}
