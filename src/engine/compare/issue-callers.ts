import { authenticatorCode } from '../operations/assume/authenticator.ts'
import { userArn } from '../identity/principal-arns.ts'
import type { World, WorldUser } from '../world/world-schema.ts'
import type { CallerKind, ExperimentCaller, StsExperiment } from './comparison-types.ts'
import { issuedCaller, succeeded, type ExperimentRunner } from './experiment-runner.ts'
import type { ResolvedSubjects } from './subjects.ts'

/** The session name and federated user name the experiments use. */
export const SESSION_NAME = 'compare'

/** Each kind of caller, holding credentials from the world or issued by an experiment. */
export type Callers = Partial<Record<CallerKind, ExperimentCaller>> & { unsigned: ExperimentCaller }

export interface IssuedCallers {
  callers: Callers
  /** The role AssumeRole is measured with: the first candidate the IAM user may assume. */
  role?: { arn: string; name: string; firstAssume: StsExperiment }
  /** When the IAM user may assume none of the candidates (a picked role that refuses): the first refusal. */
  roleRefused?: { arn: string; name: string; refusal: StsExperiment }
  /** The role session used for role chaining, assuming `role`. */
  chainFrom?: { arn: string; name: string }
  /** The MFA device of the IAM user, and a code valid now. */
  mfa?: { serialNumber: string; code: string }
}

/** An IAM user of the world, signing with its first access key. */
export function worldUserCaller(world: World, user: WorldUser): ExperimentCaller | undefined {
  const key = user.accessKeys[0]
  if (!key) return undefined
  return { kind: 'iam-user', label: `IAM user ${user.name}`, credentials: { ...key, arn: userArn(world, user.account, user.path, user.name) } }
}

/**
 * Gets every kind of caller by sending the requests a learner would: the IAM user's and root
 * user's keys from the world, then a role session, a federated user and GetSessionToken sessions
 * (with and without MFA) issued for the IAM user.
 */
export async function issueCallers(runner: ExperimentRunner, world: World, subjects: ResolvedSubjects): Promise<IssuedCallers> {
  const callers: Callers = { unsigned: { kind: 'unsigned', label: 'an unsigned request' } }
  if (subjects.root) callers.root = { kind: 'root', label: `the root user of ${subjects.root.account}`, credentials: { accessKeyId: subjects.root.accessKeyId, secretAccessKey: subjects.root.secretAccessKey, arn: subjects.root.arn } }
  const found = subjects.user
  if (!found) return { callers }
  const key = found.user.accessKeys[0]
  if (!key) return { callers }
  const user: ExperimentCaller = { kind: 'iam-user', label: `IAM user ${found.user.name}`, credentials: { ...key, arn: found.arn } }
  callers['iam-user'] = user
  const issued: IssuedCallers = { callers }

  for (const candidate of subjects.roleCandidates.slice(0, 8)) {
    const attempt = await runner.sts(`setup.assume-${candidate.role.name}`, `Can ${found.user.name} assume ${candidate.role.name}?`, user, 'AssumeRole', { RoleArn: candidate.arn, RoleSessionName: SESSION_NAME })
    if (succeeded(attempt)) {
      issued.role = { arn: candidate.arn, name: candidate.role.name, firstAssume: attempt }
      break
    }
    issued.roleRefused ??= { arn: candidate.arn, name: candidate.role.name, refusal: attempt }
  }
  const target = issued.role
  if (target) {
    // Role chaining needs a role session allowed to assume the target: the first role of the user's account that works.
    for (const role of world.roles.filter((r) => r.account === found.user.account).slice(0, 8)) {
      const arn = `arn:${world.partition}:iam::${role.account}:role${role.path}${role.name}`
      const session = await runner.sts(`setup.session-${role.name}`, `A role session of ${role.name}`, user, 'AssumeRole', { RoleArn: arn, RoleSessionName: SESSION_NAME })
      const holder = issuedCaller('role-session', `role session of ${role.name}`, session)
      if (!holder) continue
      const chained = await runner.sts(`setup.chain-${role.name}`, `Can a role session of ${role.name} assume ${target.name}?`, holder, 'AssumeRole', { RoleArn: target.arn, RoleSessionName: SESSION_NAME })
      if (succeeded(chained)) {
        callers['role-session'] = holder
        issued.chainFrom = { arn, name: role.name }
        break
      }
    }
  }

  const federated = await runner.sts('setup.federated-user', `A federated user of ${found.user.name}`, user, 'GetFederationToken', { Name: SESSION_NAME })
  const federatedCaller = issuedCaller('federated-user', `federated user ${SESSION_NAME}`, federated)
  if (federatedCaller) callers['federated-user'] = federatedCaller
  const sessionToken = await runner.sts('setup.session-token', `GetSessionToken for ${found.user.name}, without MFA`, user, 'GetSessionToken')
  const sessionTokenCaller = issuedCaller('session-token', 'GetSessionToken session', sessionToken)
  if (sessionTokenCaller) callers['session-token'] = sessionTokenCaller

  const device = found.user.mfaDevices[0]
  if (device) {
    const code = await authenticatorCode(device.seedBase32, runner.nowMs)
    issued.mfa = { serialNumber: device.serialNumber, code }
    const withMfa = await runner.sts('setup.session-token-mfa', `GetSessionToken for ${found.user.name}, with an MFA code`, user, 'GetSessionToken', { SerialNumber: device.serialNumber, TokenCode: code }, { fresh: true })
    const mfaCaller = issuedCaller('session-token-mfa', 'GetSessionToken session with MFA', withMfa)
    if (mfaCaller) callers['session-token-mfa'] = mfaCaller
  }
  return issued
}
