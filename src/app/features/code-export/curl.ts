// The request as curl: the form-urlencoded body POSTed, signed by curl's own SigV4 (--aws-sigv4).
import { encodeQuery, flattenParameters, API_VERSION } from '../../engine/sts-model.ts'
import { endpointUrl, targetRegion, type CodeRequest } from './code-request.ts'
import { shellLines, shellQuote } from './shell-quote.ts'

/** The form body, exactly as the wire view shows it: Action, Version, then the flattened parameters. */
export function formBody(request: Pick<CodeRequest, 'operation' | 'parameters'>): string {
  return encodeQuery([['Action', request.operation], ['Version', API_VERSION], ...flattenParameters(request.parameters)])
}

export function curlCode(request: CodeRequest): string {
  const lines = ['curl --silent --show-error']
  const comments: string[] = []
  if (request.signed) {
    lines.push(`--aws-sigv4 ${shellQuote(`aws:amz:${targetRegion(request.target)}:sts`)}`)
    if (request.credentials.kind === 'environment') {
      lines.push('--user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"')
      if (request.temporary) lines.push('--header "x-amz-security-token: $AWS_SESSION_TOKEN"')
      comments.push(`# Credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY${request.temporary ? ', AWS_SESSION_TOKEN' : ''} in the environment. Needs curl 7.75 or newer.`)
    } else {
      const { accessKeyId, secretAccessKey, sessionToken } = request.credentials
      lines.push(`--user ${shellQuote(`${accessKeyId}:${secretAccessKey}`)}`)
      if (sessionToken !== undefined) lines.push(`--header ${shellQuote(`x-amz-security-token: ${sessionToken}`)}`)
      comments.push('# The caller’s demo keys are in the command: never do this with real keys. Needs curl 7.75 or newer.')
    }
  }
  lines.push(`--data ${shellQuote(formBody(request))}`, shellQuote(`${endpointUrl(request.target)}/`))
  return [...comments, shellLines(lines)].join('\n')
}
