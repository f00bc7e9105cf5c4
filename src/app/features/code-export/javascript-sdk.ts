// The request as an ES module with the AWS SDK for JavaScript v3: a client, then one command.
import { endpointUrl, targetRegion, typedParameters, unsignedByModel, type CodeRequest, type TypedValue } from './code-request.ts'
import { commandName } from './names.ts'

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** A single-quoted JavaScript string literal. */
export function jsString(text: string): string {
  // eslint-disable-next-line no-control-regex
  const body = text.replace(/[\\'\n\r\t]|[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return `'${body}'`
}

/** Member names as bare keys when they are identifiers (they are, in the STS model). */
function jsKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : jsString(name)
}

export function jsLiteral(value: TypedValue): string {
  if (typeof value === 'string') return jsString(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `[${(value as readonly TypedValue[]).map(jsLiteral).join(', ')}]`
  const members = Object.entries(value as Record<string, TypedValue>).map(([name, item]) => `${jsKey(name)}: ${jsLiteral(item)}`)
  return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`
}

function clientLines(request: CodeRequest): string[] {
  const lines = [`region: ${jsString(targetRegion(request.target))},`, `endpoint: ${jsString(endpointUrl(request.target))},`]
  if (!request.signed && !unsignedByModel(request.operation)) {
    // The SDK signs every operation the model does not mark unsigned: a signer that leaves the request alone.
    return [...lines, '// Sent unsigned, as by the anonymous caller.', "credentials: { accessKeyId: '', secretAccessKey: '' },", 'signer: { sign: async (request) => request },']
  }
  if (!request.signed || unsignedByModel(request.operation)) return lines
  if (request.credentials.kind === 'environment') {
    const token = request.temporary ? ', AWS_SESSION_TOKEN' : ''
    return [...lines, `// Credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY${token} in the environment, or AWS_PROFILE.`]
  }
  const { accessKeyId, secretAccessKey, sessionToken } = request.credentials
  const members = [`accessKeyId: ${jsString(accessKeyId)}`, `secretAccessKey: ${jsString(secretAccessKey)}`]
  if (sessionToken !== undefined) members.push(`sessionToken: ${jsString(sessionToken)}`)
  return [...lines, '// The caller’s demo keys: never write real keys into code.', 'credentials: {', ...members.map((member) => `  ${member},`), '},']
}

export function javascriptSdkCode(request: CodeRequest): string {
  const command = commandName(request.operation)
  const parameters = typedParameters(request).map(([name, value]) => `  ${name}: ${jsLiteral(value)},`)
  const input = parameters.length === 0 ? '{}' : ['{', ...parameters, '}'].join('\n')
  return [
    `import { STSClient, ${command} } from '@aws-sdk/client-sts'`,
    '',
    'const sts = new STSClient({',
    ...clientLines(request).map((line) => `  ${line}`),
    '})',
    `const { $metadata, ...response } = await sts.send(new ${command}(${input}))`,
    'console.log(JSON.stringify(response, null, 2))',
  ].join('\n')
}
