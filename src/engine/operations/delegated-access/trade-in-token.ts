import type { StsFault } from '../../errors/faults.ts'
import { modeledFault } from '../caller-side/modeled-fault.ts'

/**
 * Trade-in tokens come from IAM temporary delegation: a partner calls IAM CreateDelegationRequest,
 * the customer accepts it (AcceptDelegationRequest, which records the identity the credentials
 * will act as) and releases it (SendDelegationToken, which sends the exchange token to the
 * partner's SNS topic); the partner then trades it in with GetDelegatedAccessToken (IAM User
 * Guide, "IAM temporary delegation for AWS Partners"; IAM API Reference, SendDelegationToken,
 * AcceptDelegationRequest; STS API Reference, GetDelegatedAccessToken).
 *
 * The playground simulates neither delegation requests nor SNS, so nothing it knows can issue a
 * trade-in token: every token a request carries is one STS never issued. The only error the model
 * and the API Reference give for a token that cannot be redeemed is ExpiredTradeInTokenException
 * (400): "The trade-in token provided in the request has expired and can no longer be exchanged
 * for credentials. Request a new token and retry the operation." The playground answers that,
 * with the API Reference's description as the message (AWS's wire message, and whether a forged
 * token gets the same answer as an expired one, are unrecorded).
 */
export const TRADE_IN_EXPIRED_MESSAGE =
  'The trade-in token provided in the request has expired and can no longer be exchanged for credentials. Request a new token and retry the operation.'

export function tradeInTokenFault(): StsFault {
  return modeledFault('ExpiredTradeInTokenException', TRADE_IN_EXPIRED_MESSAGE)
}
