import { STS_NAMESPACE, type StsFault } from '../../errors/faults.ts'
import type { OperationContext } from '../operation.ts'

/**
 * AssumeRoot and GetWebIdentityToken are not served by the global endpoint sts.amazonaws.com
 * (STS API Reference, AssumeRoot and GetWebIdentityToken: "The STS global endpoint is not supported").
 * What the global endpoint answers, observed:
 * - AssumeRoot: 400 InvalidAction "Unknown Operation" (boto/boto3#4461, "(InvalidAction) when calling
 *   the AssumeRoot operation: Unknown Operation"; also a capture against AWS in radkawar/stackd
 *   testdata/aws/iam/root_access.json, case assume_root_global_endpoint);
 * - GetWebIdentityToken: 400 InvalidAction "Operation not supported on STS global endpoint"
 *   (radkawar/stackd testdata/aws/iam/outbound_identity.json, case original_global_endpoint).
 * The XML namespace of these two answers is not recorded anywhere: the playground uses STS's own.
 * Regional endpoints and the local endpoint (which stands for the region the request was signed
 * for) serve both operations.
 */
const MESSAGES: Record<'AssumeRoot' | 'GetWebIdentityToken', string> = {
  AssumeRoot: 'Unknown Operation',
  GetWebIdentityToken: 'Operation not supported on STS global endpoint',
}

export function globalEndpointFault(ctx: Pick<OperationContext, 'endpoint' | 'log'>, operation: keyof typeof MESSAGES): StsFault | undefined {
  const title = `${operation} is served by a regional endpoint`
  if (ctx.endpoint.kind === 'global') {
    ctx.log.fail('endpoint.regional', title, `The request reached the global endpoint ${ctx.endpoint.host}; ${operation} is only served by regional STS endpoints such as sts.us-east-1.amazonaws.com.`)
    return { code: 'InvalidAction', status: 400, message: MESSAGES[operation], type: 'Sender', namespace: STS_NAMESPACE }
  }
  ctx.log.pass(
    'endpoint.regional',
    title,
    ctx.endpoint.kind === 'regional' ? `${ctx.endpoint.host} is a regional endpoint.` : `The local endpoint stands for a regional endpoint of the region the request was signed for.`,
  )
  return undefined
}
