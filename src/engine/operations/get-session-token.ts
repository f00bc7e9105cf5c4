import { faults } from '../errors/faults.ts'
import { callerIdentity } from '../identity/principal.ts'
import { issueCredentials } from './assume/issue-credentials.ts'
import { checkMfa } from './assume/mfa.ts'
import type { OperationHandler } from './operation.ts'
import { validatedInput } from './validated-input.ts'
import { longTermSessionDuration, ROOT_SESSION_MAX } from './session-duration.ts'

interface GetSessionTokenInput {
  DurationSeconds?: number
  SerialNumber?: string
  TokenCode?: string
}


/**
 * GetSessionToken: temporary credentials for the IAM user (or root) who calls, optionally with MFA.
 * Only long-term credentials get here (caller-restrictions.ts, fact 58). The order: model
 * validation; region; MFA; duration; credentials. No permission is needed, and policies naming
 * sts:GetSessionToken have no effect (IAM User Guide, "Permissions for GetSessionToken"; fact 62).
 */
export const getSessionToken: OperationHandler = {
  name: 'GetSessionToken',
  async run(ctx) {
    const { log, world } = ctx
    const validated = validatedInput<GetSessionTokenInput>(ctx, 'GetSessionToken', 'Lengths, patterns and ranges as the model says.')
    if (!validated.ok) return validated.failure
    const input = validated.input

    const principal = ctx.caller?.principal
    if (principal?.kind !== 'user' && principal?.kind !== 'root') throw new Error('GetSessionToken needs long-term credentials of an IAM user or the root user')
    const who = callerIdentity(principal).arn
    log.pass(
      'session-token.authorize',
      'The caller may call GetSessionToken',
      `${who} signed with long-term credentials. GetSessionToken needs no permission: it authenticates, and policies cannot control authentication (an Allow or Deny on sts:GetSessionToken changes nothing).`,
    )

    const account = world.accounts.find((a) => a.id === principal.account)
    if (account?.stsDisabledRegions.includes(ctx.region)) {
      log.fail('session-token.region', 'STS is active in this region for the caller’s account', `Account ${account.id} has not activated STS in ${ctx.region}.`)
      return { ok: false, fault: faults.regionDisabled(account.id) }
    }

    let mfaAt: number | undefined
    if (input.SerialNumber !== undefined || input.TokenCode !== undefined) {
      // The root user's MFA devices are not part of the world: root's codes cannot be checked.
      const user = principal.kind === 'user' ? world.users.find((u) => u.account === principal.account && u.name === principal.name) : undefined
      const mfa = await checkMfa(user, input.SerialNumber ?? '', input.TokenCode ?? '', ctx.nowMs, ctx.usedMfaCodes)
      if (!mfa.ok) {
        log.fail('session-token.mfa', 'The MFA code is valid', mfa.why)
        return { ok: false, fault: faults.accessDenied(mfa.message) }
      }
      mfaAt = ctx.nowMs
      log.pass('session-token.mfa', 'The MFA code is valid', `${mfa.serialNumber} accepted the code: requests made with these credentials carry aws:MultiFactorAuthPresent = true and aws:MultiFactorAuthAge.`)
    } else {
      log.skip('session-token.mfa', 'The MFA code is valid', 'No SerialNumber or TokenCode: requests made with these credentials carry aws:MultiFactorAuthPresent = false.')
    }

    // Root: 3600 s at most and by default; a longer request is shortened, not refused (API Reference, GetSessionToken DurationSeconds).
    const asked = input.DurationSeconds
    const duration = longTermSessionDuration(principal.kind, asked)
    log.pass(
      'session-token.duration',
      'DurationSeconds fits the caller',
      principal.kind === 'root'
        ? `${duration} s: sessions of the root user last at most one hour${asked !== undefined && asked > ROOT_SESSION_MAX ? ` (${asked} s was asked and shortened)` : asked === undefined ? ' (the default)' : ''}.`
        : `${duration} s (${asked === undefined ? 'the default for IAM users, 12 hours' : 'as asked'}).`,
    )

    const { credentials, issued } = issueCredentials(ctx, duration, {
      issuedBy: 'GetSessionToken',
      account: principal.account,
      user: principal.kind === 'user' ? { name: principal.name, path: principal.path, userId: principal.userId } : { root: true },
      tags: {},
      transitiveTagKeys: [],
      policies: [],
      policyArns: [],
      ...(mfaAt !== undefined ? { mfaAuthenticatedAt: mfaAt } : {}),
    })
    // The result holds only Credentials (STS API Reference, GetSessionToken).
    return { ok: true, result: [credentials], issued }
  },
}
