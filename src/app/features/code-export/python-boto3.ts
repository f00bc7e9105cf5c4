// The request as a Python script with boto3: a client for the endpoint, then one call.
import { endpointUrl, targetRegion, typedParameters, unsignedByModel, type CodeRequest, type TypedValue } from './code-request.ts'
import { xformName } from './names.ts'

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** A single-quoted Python string literal; other control characters as `\xNN`. */
export function pythonString(text: string): string {
  // eslint-disable-next-line no-control-regex
  const body = text.replace(/[\\'\n\r\t]|[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return `'${body}'`
}

export function pythonLiteral(value: TypedValue): string {
  if (typeof value === 'string') return pythonString(value)
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (Array.isArray(value)) return `[${(value as readonly TypedValue[]).map(pythonLiteral).join(', ')}]`
  const members = Object.entries(value as Record<string, TypedValue>).map(([name, item]) => `${pythonString(name)}: ${pythonLiteral(item)}`)
  return `{${members.join(', ')}}`
}

function clientArguments(request: CodeRequest): { imports: string[]; lines: string[] } {
  const lines = [`'sts',`, `region_name=${pythonString(targetRegion(request.target))},`, `endpoint_url=${pythonString(endpointUrl(request.target))},`]
  if (!request.signed && !unsignedByModel(request.operation)) {
    return { imports: ['from botocore import UNSIGNED', 'from botocore.config import Config'], lines: [...lines, 'config=Config(signature_version=UNSIGNED),'] }
  }
  if (!request.signed || unsignedByModel(request.operation)) return { imports: [], lines }
  if (request.credentials.kind === 'environment') {
    const token = request.temporary ? ', AWS_SESSION_TOKEN' : ''
    return { imports: [], lines: [...lines, `# Credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY${token} in the environment, or AWS_PROFILE.`] }
  }
  const { accessKeyId, secretAccessKey, sessionToken } = request.credentials
  lines.push('# The caller’s demo keys: never write real keys into code.')
  lines.push(`aws_access_key_id=${pythonString(accessKeyId)},`, `aws_secret_access_key=${pythonString(secretAccessKey)},`)
  if (sessionToken !== undefined) lines.push(`aws_session_token=${pythonString(sessionToken)},`)
  return { imports: [], lines }
}

export function pythonBoto3Code(request: CodeRequest): string {
  const client = clientArguments(request)
  const parameters = typedParameters(request).map(([name, value]) => `    ${name}=${pythonLiteral(value)},`)
  const call = parameters.length === 0 ? `response = sts.${xformName(request.operation)}()` : [`response = sts.${xformName(request.operation)}(`, ...parameters, ')'].join('\n')
  return [
    'import boto3',
    ...client.imports,
    '',
    'sts = boto3.client(',
    ...client.lines.map((line) => `    ${line}`),
    ')',
    call,
    "response.pop('ResponseMetadata', None)",
    'print(response)',
  ].join('\n')
}
