import { callerIdentity } from '../identity/principal.ts'
import { element } from '../xml/xml-writer.ts'
import type { OperationHandler } from './operation.ts'

/**
 * GetCallerIdentity: who am I? It needs no permission, and an explicit Deny on
 * sts:GetCallerIdentity has no effect (the model's GetCallerIdentity documentation, spec/sts-service-2.json).
 */
export const getCallerIdentity: OperationHandler = {
  name: 'GetCallerIdentity',
  run({ caller, log }) {
    if (!caller) throw new Error('GetCallerIdentity is a signed operation')
    const identity = callerIdentity(caller.principal)
    log.pass('operation.authorize', 'Caller may call GetCallerIdentity', 'GetCallerIdentity needs no IAM permission: even an explicit Deny on sts:GetCallerIdentity does not stop it.')
    // AWS sends Arn, UserId, Account in that order (recorded responses, justincormack/argmin sts_oracle.rs).
    return {
      ok: true,
      result: [element('Arn', identity.arn), element('UserId', identity.userId), element('Account', identity.account)],
    }
  },
}
