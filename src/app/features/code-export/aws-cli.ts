// The request as an AWS CLI command for a POSIX shell: `aws sts <operation> --<option> <value> …`.
import { endpointUrl, targetRegion, typedParameters, unsignedByModel, type CodeRequest, type TypedValue } from './code-request.ts'
import { xformName } from './names.ts'
import { shellLines, shellQuote } from './shell-quote.ts'

/** Shorthand values the CLI's shorthand parser takes literally (no `,` `=` quotes, brackets or spaces). */
const SHORTHAND_SAFE = /^[A-Za-z0-9_.:/@-]+$/

/** Values the CLI reads as a file or URL instead (http and https in AWS CLI v1 by default). */
const PARAM_FILE = /^(file|fileb|https?):\/\//i

function scalarText(value: TypedValue): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
}

/** `Key=Project,Value=Blue` for a flat structure of safe values; undefined when shorthand could misread it. */
function shorthandStructure(value: TypedValue): string | undefined {
  if (typeof value !== 'object' || Array.isArray(value)) return undefined
  const members = Object.entries(value as Record<string, TypedValue>).map(([name, item]) => {
    const text = scalarText(item)
    return text !== undefined && SHORTHAND_SAFE.test(text) && !PARAM_FILE.test(text) ? `${name}=${text}` : undefined
  })
  return members.length === 0 || members.includes(undefined) ? undefined : members.join(',')
}

/** The words after the option: shorthand when it is safe, JSON otherwise (always valid, always quoted). */
function optionWords(value: TypedValue): string[] {
  const scalar = scalarText(value)
  if (scalar !== undefined) return [shellQuote(scalar)]
  if (Array.isArray(value)) {
    const items = value as readonly TypedValue[]
    const scalars = items.map(scalarText)
    if (items.length > 0 && scalars.every((text) => text !== undefined && SHORTHAND_SAFE.test(text) && !PARAM_FILE.test(text))) return scalars as string[]
    const structures = items.map(shorthandStructure)
    if (items.length > 0 && structures.every((text) => text !== undefined)) return structures as string[]
  } else {
    const structure = shorthandStructure(value)
    if (structure !== undefined) return [structure]
  }
  return [shellQuote(JSON.stringify(value))]
}

/** `--role-session-name alice`; a value starting with `-` is joined with `=` so it is not read as an option. */
function optionLine(name: string, value: TypedValue): string {
  const option = `--${xformName(name, '-')}`
  const words = optionWords(value)
  const first = words[0] ?? "''"
  if (words.length === 1 && /^'?-/.test(first)) return `${option}=${first}`
  return [option, ...words].join(' ')
}

function credentialLines(request: CodeRequest): { comments: string[]; environment: string[] } {
  if (!request.signed || unsignedByModel(request.operation)) return { comments: [], environment: [] }
  if (request.credentials.kind === 'environment') {
    const token = request.temporary ? ', AWS_SESSION_TOKEN' : ''
    return { comments: [`# Credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY${token} in the environment, or AWS_PROFILE.`], environment: [] }
  }
  const { accessKeyId, secretAccessKey, sessionToken } = request.credentials
  const environment = [`AWS_ACCESS_KEY_ID=${shellQuote(accessKeyId)}`, `AWS_SECRET_ACCESS_KEY=${shellQuote(secretAccessKey)}`]
  if (sessionToken !== undefined) environment.push(`AWS_SESSION_TOKEN=${shellQuote(sessionToken)}`)
  return { comments: ['# The caller’s demo keys are in the command: never do this with real keys.'], environment }
}

export function awsCliCode(request: CodeRequest): string {
  const { comments, environment } = credentialLines(request)
  const lines = [
    ...environment,
    `aws sts ${xformName(request.operation, '-')}`,
    `--endpoint-url ${shellQuote(endpointUrl(request.target))}`,
    `--region ${shellQuote(targetRegion(request.target))}`,
  ]
  if (!request.signed && !unsignedByModel(request.operation)) lines.push('--no-sign-request')
  for (const [name, value] of typedParameters(request)) lines.push(optionLine(name, value))
  const fileLike = Object.values(request.parameters).some((value) => typeof value === 'string' && PARAM_FILE.test(value))
  const notes = fileLike ? ['# A value starting with file://, fileb://, http:// or https:// is read as a file or URL by the CLI (cli_follow_urlparam).'] : []
  return [...comments, ...notes, shellLines(lines)].join('\n')
}
