import { decodeAuthorizationMessage } from '../authorization/authorization-message.ts'
import { denialOf } from '../policy/denial.ts'
import { STS_NAMESPACE, faults, type StsFault } from '../errors/faults.ts'
import { element } from '../xml/xml-writer.ts'
import { authorizeCallerAction, notAuthorizedMessage } from '../authorization/authorize-caller.ts'
import { environmentOf, type OperationHandler } from './operation.ts'
import { validatedInput } from './validated-input.ts'

interface DecodeAuthorizationMessageInput {
  EncodedMessage: string
}

const ACTION = 'sts:DecodeAuthorizationMessage'

/**
 * The message of InvalidAuthorizationMessageException. No recorded AWS response with this error
 * was found (GitHub issues, AWS pages); the model documents only when it happens ("the message
 * passed to DecodeAuthorizationMessage was invalid. This can happen if the token contains invalid
 * characters, such as line breaks, or if the message has expired"). The playground's own wording.
 */
export const INVALID_AUTHORIZATION_MESSAGE = 'The encoded authorization message is invalid.'

/** 400 InvalidAuthorizationMessageException, Sender (the model's error shape). */
export function invalidAuthorizationMessage(): StsFault {
  return { code: 'InvalidAuthorizationMessageException', status: 400, message: INVALID_AUTHORIZATION_MESSAGE, type: 'Sender', namespace: STS_NAMESPACE }
}

/**
 * DecodeAuthorizationMessage (the model's documentation, spec/sts-service-2.json): turns the "Encoded authorization failure message"
 * of an AccessDenied back into JSON. The order: model validation (1..10240 characters);
 * authorization: "a user must be granted permissions through an IAM policy to request the
 * DecodeAuthorizationMessage (sts:DecodeAuthorizationMessage) action" (STS API Reference,
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html); then
 * the message, which must be one this engine sealed, unaltered (authorization-message.ts). A line
 * break, any other character outside base64url, a changed character or a message from elsewhere
 * (a real AWS one included) gives InvalidAuthorizationMessageException. Messages do not expire here.
 */
export const decodeAuthorizationMessageOperation: OperationHandler = {
  name: 'DecodeAuthorizationMessage',
  run(ctx) {
    const { log } = ctx
    const validated = validatedInput<DecodeAuthorizationMessageInput>(ctx, 'DecodeAuthorizationMessage', 'EncodedMessage has 1 to 10240 characters.')
    if (!validated.ok) return validated.failure
    const input = validated.input

    const caller = ctx.caller
    if (!caller) throw new Error('DecodeAuthorizationMessage is a signed operation')
    const decision = authorizeCallerAction(ctx.world, caller, ACTION, environmentOf(ctx))
    if (decision.result !== 'Allow') {
      log.fail(
        'decode-message.authorize',
        `Policies allow ${ACTION}`,
        `Denied ${decision.reason}. A decoded message shows policies and request details the requester is not meant to see, so decoding needs its own permission: a policy that allows ${ACTION} (on Resource "*").`,
        denialOf(decision),
      )
      return { ok: false, fault: faults.accessDenied(notAuthorizedMessage(caller.principal, ACTION)) }
    }
    log.pass('decode-message.authorize', `Policies allow ${ACTION}`, caller.principal.kind === 'root' ? 'The root user needs no policy in its own account.' : `The caller's policies allow ${ACTION}.`)

    const decoded = decodeAuthorizationMessage(input.EncodedMessage, ctx.sessionKey)
    if (decoded === undefined) {
      const why = /[\r\n]/.test(input.EncodedMessage)
        ? 'The message contains a line break: copy it as one line, exactly as the error gave it.'
        : /[^A-Za-z0-9_-]/.test(input.EncodedMessage)
          ? 'The message contains characters an encoded message never has (it uses only A-Z, a-z, 0-9, - and _).'
          : 'The message was not sealed by this playground, or it was changed or cut short: its authentication check fails.'
      log.fail('decode-message.message', 'EncodedMessage is an intact authorization message', why)
      return { ok: false, fault: invalidAuthorizationMessage() }
    }
    log.pass('decode-message.message', 'EncodedMessage is an intact authorization message', 'The message was sealed by this playground and is unchanged; here is the JSON inside.')
    return { ok: true, result: [element('DecodedMessage', decoded)] }
  },
}
