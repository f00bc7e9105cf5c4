// The comparison table of the ways to get temporary credentials, as facts the engine established
// by running requests (IAM User Guide, "Compare AWS STS credentials": the "Comparing your API
// options" table). Nothing here is typed in: every fact names the experiments that showed it.
import type { EngineResult } from '../engine.ts'
import type { HttpRequest } from '../http.ts'
import type { ProbeResult } from '../authorization/probe.ts'
import type { QueryPair } from '../protocol/query-codec.ts'

/** The rows: the five classic operations, then the newer ones. */
export const CLASSIC_OPERATIONS = ['AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity', 'GetFederationToken', 'GetSessionToken'] as const
export const NEWER_OPERATIONS = ['AssumeRoot', 'GetWebIdentityToken'] as const
export type ComparedOperation = (typeof CLASSIC_OPERATIONS)[number] | (typeof NEWER_OPERATIONS)[number]

/** Who sends a request: each kind of credentials a learner meets. */
export type CallerKind =
  | 'iam-user'
  | 'root'
  | 'role-session'
  | 'federated-user'
  | 'session-token'
  | 'session-token-mfa'
  | 'unsigned'

export interface ExperimentCaller {
  kind: CallerKind
  /** "IAM user alice", "root user of 111111111111", "role session of Dev". */
  label: string
  /**
   * The keys that signed the request: a world key (its secret is the world's) or credentials an
   * earlier experiment issued (`issuedBy`). Undefined for an unsigned request.
   */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string; expiration?: string; arn?: string }
  /** The experiment whose answer issued these credentials. */
  issuedBy?: string
}

interface ExperimentBase {
  /** Unique within one table, stable for the same world and picks (e.g. `AssumeRole.duration.899`). */
  id: string
  /** What the request tries, in a few words: "DurationSeconds=899, one under the minimum". */
  purpose: string
  caller: ExperimentCaller
  /** Engine-clock instant it was sent at, epoch ms. */
  sentAt: number
}

/** An STS Query request and the engine's whole answer. */
export interface StsExperiment extends ExperimentBase {
  kind: 'sts'
  operation: string
  /** The request's parameters in wire order, Action and Version included: what the workbench loads. */
  parameters: QueryPair[]
  host: string
  region: string
  request: HttpRequest
  result: EngineResult
}

/** A permission check ("could these credentials call iam:ListUsers?") by the engine's probe. */
export interface ProbeExperiment extends ExperimentBase {
  kind: 'probe'
  action: string
  resource: string
  result: ProbeResult
}

/**
 * Console sign-in through the federation endpoint, as a custom broker and a browser do it:
 * `/federation?Action=getSigninToken` with the credentials, then `Action=login` with the
 * SigninToken it gave (IAM User Guide, "Enable custom identity broker access to the AWS console").
 */
export interface ConsoleExperiment extends ExperimentBase {
  kind: 'console'
  /** The getSigninToken request and its answer. */
  request: HttpRequest
  result: EngineResult
  /** Then the login request, when getSigninToken gave a token. */
  login?: { request: HttpRequest; result: EngineResult }
  /** The login redirected to the console. */
  allowed: boolean
}

export type Experiment = StsExperiment | ProbeExperiment | ConsoleExperiment

/** Each fact lists the experiments that established it, in the order to read them. */
interface Evidence {
  evidence: string[]
}

/** "Who can call": whether this kind of caller got an answer other than a refusal of the caller. */
export interface CallerFact extends Evidence {
  caller: CallerKind
  allowed: boolean
}

/** Which line of the lifetime cell: AWS's table gives separate lines where the caller changes the answer. */
export type LifetimeLine = 'standard' | 'iam-user' | 'root' | 'role-chaining' | 'via-session-token'

/** One line of "Credential lifetime (min | max | default)", in seconds. */
export interface LifetimeFact extends Evidence {
  line: LifetimeLine
  caller: CallerKind
  min: number
  max: number
  default: number
  /** Asking for more than `max` is shortened to it rather than refused (the root user's GetSessionToken). */
  longerIsShortened: boolean
}

/** "MFA support": whether the operation checks an MFA code it is sent. */
export interface MfaFact extends Evidence {
  supported: boolean
}

/** "Session policy support": whether a session policy sent with the request limits the session. */
export interface SessionPolicyFact extends Evidence {
  supported: boolean
}

/** What the issued credentials may call afterwards: another STS operation, an IAM API action, the console. */
export type CallTarget =
  | { kind: 'sts'; operation: string }
  | { kind: 'iam'; action: string }
  | { kind: 'console' }

export interface MayCallFact extends Evidence {
  target: CallTarget
  /** For GetSessionToken: the credentials were issued with an MFA code (true) or without (false). */
  withMfa?: boolean
  /**
   * allowed: the credentials reach the operation (its own checks then decide);
   * refused: the kind of credentials is refused, whatever the policies say.
   */
  allowed: boolean
}

export interface ComparisonRow {
  operation: ComparedOperation
  section: 'classic' | 'newer'
  who: CallerFact[]
  lifetime: LifetimeFact[]
  /** Undefined when no experiment could tell (nobody in this world gets credentials from the operation). */
  mfa?: MfaFact
  sessionPolicy?: SessionPolicyFact
  restrictions: MayCallFact[]
  /**
   * When nobody in this world could get credentials from the operation (no organization for
   * AssumeRoot, outbound federation off): the first refusal, so the row says why its cells are empty.
   */
  unavailable?: { experiment: string }
}

/** What the table was computed with: named in the view, and pickable. */
export interface ComparisonSubjects {
  user?: { arn: string; name: string; accessKeyId: string; mfaSerial?: string }
  root?: { arn: string; account: string; accessKeyId: string }
  role?: { arn: string; name: string }
  saml?: { providerArn: string; roleArn: string }
  webIdentity?: { providerArn: string; roleArn: string }
}

/** The user's choices; anything left out is chosen from the world. */
export interface ComparisonPicks {
  userArn?: string
  roleArn?: string
  samlRoleArn?: string
  webIdentityRoleArn?: string
}

/** What the world offers to pick from. */
export interface ComparisonChoices {
  users: { arn: string; name: string }[]
  roles: { arn: string; name: string; maxSessionDuration: number }[]
  samlRoles: { roleArn: string; providerArn: string }[]
  webIdentityRoles: { roleArn: string; providerArn: string }[]
}

export interface ComparisonTable {
  subjects: ComparisonSubjects
  rows: ComparisonRow[]
  /** Every request made, by id. */
  experiments: Record<string, Experiment>
  /** The engine-clock instant the table was computed at. */
  computedAt: number
}
