import { STS_NAMESPACE, type StsFault } from '../../errors/faults.ts'
import { shapeNamed } from '../../model/sts-model.ts'

/**
 * A modeled STS error, with the wire code and HTTP status the model gives its exception shape
 * (`error.code`, `error.httpStatusCode`; spec/sts-service-2.json): e.g. OutboundWebIdentityFederationDisabledException
 * is a 403, JWTPayloadSizeExceededException a 400.
 */
export function modeledFault(shape: string, message: string): StsFault {
  const error = shapeNamed(shape).error
  if (!error) throw new Error(`${shape} is not an exception shape of the STS model`)
  return { code: error.code, status: error.httpStatusCode, message, type: error.senderFault ? 'Sender' : 'Receiver', namespace: STS_NAMESPACE }
}
