import type { JWTPayload } from 'jose'
import type { CheckLog } from '../../../explain/checks.ts'
import type { Policy, Statement } from '../../../policy/policy-types.ts'
import type { World, WorldIdentityPool } from '../../../world/world-schema.ts'
import { federationFaults } from '../federation-faults.ts'
import type { WebIdentityCheck } from '../web-identity.ts'
import { checkIdTokenClaims } from './check-claims.ts'
import type { DecodedToken } from './decode-token.ts'
import { INCORRECT_AUDIENCE, tokenAmr } from './token-claims.ts'
import { VERIFICATION_KEY_MESSAGE, verifyTokenSignature } from './verify-signature.ts'

/**
 * Amazon Cognito identity pools: a provider built into STS. Its identity tokens (GetOpenIdToken)
 * have `iss` `https://cognito-identity.amazonaws.com`, `aud` the identity pool id, `sub` the
 * identity id and a multi-valued `amr` (`authenticated` or `unauthenticated`, plus the login
 * provider, e.g. `graph.facebook.com`) (Amazon Cognito Developer Guide, "Role trust and
 * permissions"). A role trusts it as `"Federated": "cognito-identity.amazonaws.com"` with no IAM
 * OIDC provider in the account (IAM User Guide), and AWS answers with
 * Provider `cognito-identity.amazonaws.com`, Audience the pool id and SubjectFromWebIdentityToken
 * the identity id (recorded answers of the Big IAM Challenge, 2023–2025, e.g. Provider
 * "cognito-identity.amazonaws.com", Audience "us-east-1:b73cb2d2-…", Subject "us-east-1:157d6171-…").
 */
export const COGNITO_ISSUER = 'https://cognito-identity.amazonaws.com'
export const COGNITO_PRINCIPAL = 'cognito-identity.amazonaws.com'

const AUD_KEY = `${COGNITO_PRINCIPAL}:aud`
const AMR_KEY = `${COGNITO_PRINCIPAL}:amr`

export function findIdentityPool(world: World, id: string): WorldIdentityPool | undefined {
  return world.cognito?.identityPools.find((pool) => pool.id === id)
}

/** The pool id: `aud` as a string, or the first string of an `aud` array. */
function cognitoAudience(claims: JWTPayload): string | undefined {
  const aud = Array.isArray(claims.aud) ? claims.aud.find((a) => typeof a === 'string' && a !== '') : claims.aud
  return typeof aud === 'string' && aud !== '' ? aud : undefined
}

/**
 * Whether a statement tests a condition key (under any operator): condition keys are case-insensitive.
 */
function tests(statement: Statement, key: string): boolean {
  return statement.conditions.some((c) => c.key.toLowerCase() === key.toLowerCase())
}

/**
 * The trust policy STS evaluates for a Cognito token of an identity pool in another account than
 * the role: only Allow statements that test both `cognito-identity.amazonaws.com:aud` and
 * `cognito-identity.amazonaws.com:amr` count (Deny statements always do). Sources: the model's
 * RoleArn documentation ("The trust policies of these roles must accept the
 * cognito-identity.amazonaws.com service principal and must contain the
 * cognito-identity.amazonaws.com:aud condition key to restrict role assumption to users from your
 * intended identity pools") and the Cognito Developer Guide, "Security best practices for Amazon
 * Cognito identity pools" ("AWS STS also requires that cross-account basic authentication requests
 * have two specific conditions: cognito-identity.amazonaws.com:aud and cognito-identity.amazonaws.com:amr").
 * The answer is the trust policy's: AccessDenied "Not authorized to perform
 * sts:AssumeRoleWithWebIdentity", the exception the Cognito guide ("Role trust and permissions")
 * gives for a role that does not correctly trust the pool. The check is simulated on the
 * statements as written: one that tests both keys with any operator counts.
 */
export function crossAccountCognitoTrust(policy: Policy): { policy: Policy; setAside: Statement[] } {
  const setAside = policy.statements.filter((s) => s.effect === 'Allow' && !(tests(s, AUD_KEY) && tests(s, AMR_KEY)))
  return { policy: { ...policy, statements: policy.statements.filter((s) => !setAside.includes(s)) }, setAside }
}

/**
 * A Cognito identity token, once its `iss` is Cognito's and no IAM OIDC provider of the role's
 * account has that URL: STS needs Cognito's keys (the world's `cognito.jwks`; a world without a
 * `cognito` section has none, and STS answers as for keys it cannot retrieve), an `aud`, a
 * signature that verifies, then the claims every ID token needs (check-claims.ts). STS does not
 * look the pool up: a validly signed token of a pool the world does not list is a pool of an
 * account outside the world, so it is cross-account for every role.
 */
export async function verifyCognitoToken(log: CheckLog, world: World, decoded: DecodedToken, token: string, nowMs: number, role: { account: string; trustPolicy: Policy }): Promise<WebIdentityCheck> {
  const { claims } = decoded
  log.pass('web-identity.token.issuer', 'The token’s issuer is an IAM OIDC provider of the role’s account or a provider built into STS', `${COGNITO_ISSUER} is Amazon Cognito, built into STS: no IAM OIDC provider is needed.`)

  const audience = cognitoAudience(claims)
  if (audience === undefined) {
    log.fail('web-identity.token.audience', 'The token names its identity pool (aud)', `aud ${JSON.stringify(claims.aud ?? null)} is not an identity pool id.`)
    return { ok: false, fault: federationFaults.invalidIdentityToken(INCORRECT_AUDIENCE) }
  }
  const pool = findIdentityPool(world, audience)
  log.pass('web-identity.token.audience', 'The token names its identity pool (aud)', pool ? `Identity pool ${pool.name} (${audience}) of account ${pool.account}.` : `Identity pool ${audience}, which the world does not list: a pool of an account outside the world.`)

  const cognito = world.cognito
  if (!cognito) {
    log.fail('web-identity.token.keys', 'STS can fetch Cognito’s signing keys', 'The world has no cognito section, so it publishes no Cognito keys: STS cannot verify any Cognito token.')
    return { ok: false, fault: federationFaults.invalidIdentityToken(VERIFICATION_KEY_MESSAGE) }
  }
  log.pass('web-identity.token.keys', 'STS can fetch Cognito’s signing keys', `Cognito publishes ${cognito.jwks.keys.length} key(s) in its JWKS.`)

  const signature = await verifyTokenSignature(token, cognito.jwks)
  if (!signature.ok) {
    log.fail('web-identity.token.signature', 'Cognito’s key verifies the token’s signature', signature.why)
    return { ok: false, fault: federationFaults.invalidIdentityToken(VERIFICATION_KEY_MESSAGE) }
  }
  log.pass('web-identity.token.signature', 'Cognito’s key verifies the token’s signature', `${signature.alg} signature verified with ${signature.kid !== undefined ? `key ${signature.kid}` : 'the key'} from Cognito's JWKS.`)

  const checked = checkIdTokenClaims(log, claims, nowMs)
  if (!checked.ok) return checked
  const { subject } = checked

  const crossAccount = pool?.account !== role.account
  let trustPolicy: Policy | undefined
  if (crossAccount) {
    const limited = crossAccountCognitoTrust(role.trustPolicy)
    trustPolicy = limited.policy
    const setAside = limited.setAside.map((s) => `Statement[${s.index}]${s.sid !== undefined ? ` (${s.sid})` : ''}`)
    log.pass(
      'web-identity.cognito.cross-account',
      'Across accounts, only trust statements that test the pool (aud) and amr count',
      `The identity pool is in ${pool ? `account ${pool.account}` : 'an account outside the world'}, the role in ${role.account}: STS requires ${AUD_KEY} and ${AMR_KEY} conditions. ${setAside.length > 0 ? `${setAside.join(', ')} of the trust policy allow${setAside.length === 1 ? 's' : ''} without testing both, so STS disregards ${setAside.length === 1 ? 'it' : 'them'}.` : 'Every Allow statement tests both.'}`,
    )
  }

  const amr = tokenAmr(claims)
  return {
    ok: true,
    identity: {
      provider: COGNITO_PRINCIPAL,
      caller: { type: 'WebIdentity', providerArn: COGNITO_PRINCIPAL, providerAccount: pool?.account ?? '' },
      audience,
      subject,
      conditionKeys: { [AUD_KEY]: audience, [`${COGNITO_PRINCIPAL}:sub`]: subject, ...(amr !== undefined ? { [AMR_KEY]: amr } : {}) },
      requested: checked.requested,
      ...(checked.sourceIdentity !== undefined ? { sourceIdentity: checked.sourceIdentity } : {}),
      ...(trustPolicy ? { trustPolicy } : {}),
      allowedWhy: `The role's trust policy allows Federated ${COGNITO_PRINCIPAL} with ${AUD_KEY} = ${audience}${amr !== undefined ? ` and ${AMR_KEY} = [${amr.join(', ')}]` : ''}.`,
    },
  }
}
