// What a field's combobox offers, from the world (worldChoices in the engine: ARNs built as the
// operations build them). The input still takes any text: a wrong ARN is a lesson too.
import { OAUTH2_PROVIDER_IDS } from '../../engine/world-model.ts'
import type { WorldChoices } from '../../engine/types.ts'
import { durationWords } from '../../ui/duration-words.ts'

export interface Suggestion {
  value: string
  /** What the option says beside the value: `Dev · 111111111111 · max 1 h`. */
  label: string
}

/** The world as the form offers it, with who signs (their ARN picks their own MFA devices first). */
export interface SuggestionSource {
  choices: WorldChoices
  callerArn?: string | undefined
}

const ROLE_OPERATIONS = new Set(['AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity'])

function roles({ choices }: SuggestionSource): Suggestion[] {
  return choices.roles.map((role) => ({ value: role.arn, label: `${role.name} · ${role.account} · max ${durationWords(role.maxSessionDuration)}` }))
}

/** The caller's own devices when they have any (only theirs pass), else every device in the world. */
function mfaDevices({ choices, callerArn }: SuggestionSource): Suggestion[] {
  const own = choices.mfaDevices.filter((device) => device.userArn === callerArn)
  const devices = own.length > 0 ? own : choices.mfaDevices
  return devices.flatMap((device) => {
    const user = choices.users.find((candidate) => candidate.arn === device.userArn)
    const owner = user === undefined ? device.userArn : `${user.name} · ${user.account}`
    return device.serialNumbers.map((serialNumber) => ({ value: serialNumber, label: `MFA device of ${owner}${device.userArn === callerArn ? ' (the caller)' : ''}` }))
  })
}

/** AssumeRoot's TargetPrincipal: an account id (or its root ARN). */
function accounts({ choices }: SuggestionSource): Suggestion[] {
  return choices.accounts.map((account) => ({ value: account.id, label: `${account.alias} · account id` }))
}

/**
 * The options for `parameter` of `operation`, or undefined when the world has nothing to offer there
 * (the field stays a plain input).
 */
export function fieldSuggestions(operation: string, parameter: string, source: SuggestionSource): Suggestion[] | undefined {
  let options: Suggestion[] | undefined
  if (parameter === 'RoleArn' && ROLE_OPERATIONS.has(operation)) options = roles(source)
  else if (parameter === 'PrincipalArn' && operation === 'AssumeRoleWithSAML') {
    options = source.choices.samlProviders.map((provider) => ({ value: provider.arn, label: `SAML provider ${provider.name} · ${provider.account}` }))
  } else if (parameter === 'SerialNumber') options = mfaDevices(source)
  else if (parameter === 'TargetPrincipal' && operation === 'AssumeRoot') options = accounts(source)
  else if (parameter === 'ProviderId' && operation === 'AssumeRoleWithWebIdentity') {
    options = OAUTH2_PROVIDER_IDS.map((id) => ({ value: id, label: 'OAuth 2.0 provider (access tokens)' }))
  }
  return options === undefined || options.length === 0 ? undefined : options
}
