import { faults } from '../errors/faults.ts'
import { denialOf } from '../policy/denial.ts'
import { accountFromAccessKeyId } from '../identity/access-key-account.ts'
import type { World } from '../world/world-schema.ts'
import { element } from '../xml/xml-writer.ts'
import { authorizeCallerAction, notAuthorizedMessage } from '../authorization/authorize-caller.ts'
import { environmentOf, type OperationHandler } from './operation.ts'
import { validatedInput } from './validated-input.ts'

interface GetAccessKeyInfoInput {
  AccessKeyId: string
}

const ACTION = 'sts:GetAccessKeyInfo'
/** The playground's text for an id that cannot name an account (AWS's answer is undocumented). */
const INVALID_ID_MESSAGE = 'The access key ID is not valid.'

/**
 * GetAccessKeyInfo: the account an access key id belongs to (Tal Be'ery, "A short note on AWS KEY ID";
 * Aidan Steele, "AWS Access Key ID formats"; spec/sts-service-2.json).
 * The order: model validation (16..128 characters of `[\w]`); authorization; the account.
 *
 * Permission. Unlike GetCallerIdentity, whose API reference says no permission is needed and an
 * explicit Deny has no effect, the GetAccessKeyInfo API reference
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html) documents no
 * exemption, and the Service Authorization Reference ("Actions, resources, and condition keys for
 * AWS Security Token Service",
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html)
 * lists sts:GetAccessKeyInfo as an ordinary action (access level Read, no resource type, so
 * Resource "*"). By IAM's default-deny evaluation the caller therefore needs an Allow, and a Deny
 * (identity policy, boundary, session policy, SCP) stops it. No AWS page says so in words, and no
 * recorded AWS response was found either way.
 *
 * The account. A key of the world answers with its owner's account. Any other key is decoded the
 * way AWS's newer keys carry their account (access-key-account.ts): it works for any key, the
 * caller's or not, existing or not, and reveals nothing about the key's state. Keys minted before
 * about 2019 (such as the documentation's AKIAIOSFODNN7EXAMPLE) do not carry their account; the
 * formula gives a meaningless number for them (the cut-over date is unverified) and the engine
 * answers with it. An id the formula cannot read at all (lower-case letters, 0, 1, 8, 9 or `_`
 * where base32 is expected) cannot belong to any account; what AWS answers then is undocumented:
 * the engine chooses 400 InvalidParameterValue.
 */
export const getAccessKeyInfo: OperationHandler = {
  name: 'GetAccessKeyInfo',
  run(ctx) {
    const { log, world } = ctx
    const validated = validatedInput<GetAccessKeyInfoInput>(ctx, 'GetAccessKeyInfo', 'AccessKeyId has 16 to 128 letters, digits or underscores.')
    if (!validated.ok) return validated.failure
    const input = validated.input

    const caller = ctx.caller
    if (!caller) throw new Error('GetAccessKeyInfo is a signed operation')
    const decision = authorizeCallerAction(ctx.world, caller, ACTION, environmentOf(ctx))
    if (decision.result !== 'Allow') {
      log.fail(
        'access-key-info.authorize',
        `Policies allow ${ACTION}`,
        `Denied ${decision.reason}. Unlike GetCallerIdentity, GetAccessKeyInfo is an ordinary IAM action: the caller needs a policy that allows ${ACTION} (on Resource "*"), and a Deny stops it. (In the demo world alice and bob have no such Allow; the root users need none, and the Admin role allows every action.)`,
        denialOf(decision),
      )
      return { ok: false, fault: faults.accessDenied(notAuthorizedMessage(caller.principal, ACTION)) }
    }
    log.pass('access-key-info.authorize', `Policies allow ${ACTION}`, caller.principal.kind === 'root' ? 'The root user needs no policy in its own account.' : `The caller's policies allow ${ACTION}.`)

    const id = input.AccessKeyId
    const owner = worldKeyOwner(world, id)
    if (owner) {
      log.pass('access-key-info.account', 'The access key id names an account', `${id} is an access key of account ${owner} in this world.`)
      return { ok: true, result: [element('Account', owner)] }
    }
    const decoded = accountFromAccessKeyId(id)
    if (decoded === undefined) {
      log.fail(
        'access-key-info.account',
        'The access key id names an account',
        `${id} is not a key of this world and cannot be decoded: after the 4-character prefix, access key ids use base32 (A-Z and 2-7). What AWS answers for such an id is undocumented; the playground answers InvalidParameterValue.`,
      )
      return { ok: false, fault: faults.invalidParameterValue(INVALID_ID_MESSAGE) }
    }
    const older = /^.{4}[A-P]/.test(id)
      ? ' The 5th character comes before Q, the mark of keys minted before about 2019: those do not carry their account, so for a real key of that age this number is meaningless (AWS looks such keys up instead).'
      : ''
    log.pass(
      'access-key-info.account',
      'The access key id names an account',
      `${id} is not a key of this world; its account is decoded from the id itself: the characters after the prefix are base32, and bits 46..7 of the first 48 are the account number (${decoded}). This works for any key, existing or not, and says nothing about whether the key is active.${older}`,
    )
    return { ok: true, result: [element('Account', decoded)] }
  },
}

/** The account of a long-term key of the world (a user's or a root user's). */
function worldKeyOwner(world: World, accessKeyId: string): string | undefined {
  const user = world.users.find((u) => u.accessKeys.some((k) => k.accessKeyId === accessKeyId))
  if (user) return user.account
  return world.accounts.find((a) => a.root.accessKeys.some((k) => k.accessKeyId === accessKeyId))?.id
}
