// Lessons and challenges are data (JSON files in ./catalog): what a learner reads, the world a lesson
// starts on, the requests that answer it, and goals the engine checks against what was really sent
// (the structured results of the history, and the world), never against text on a screen.

/** The exam topics lessons and challenges are filed under (one score per topic). */
export const LESSON_TOPICS = [
  'durations',
  'root-user',
  'role-chaining',
  'mfa',
  'federation-token',
  'external-id',
  'cross-account',
  'session-policies',
  'boundaries',
  'scps',
  'resource-policies',
  'session-tags',
  'source-identity',
  'saml',
  'web-identity',
  'signatures',
  'expiry',
  'regions',
  'revocation',
  'console',
  'credential-kinds',
] as const
export type LessonTopic = (typeof LESSON_TOPICS)[number]

/**
 * A change to a copy of the demo world, applied in order when a lesson or a show-me opens (the
 * learner's own world is never touched). `merge` finds the item of a collection whose fields equal
 * `match` and merges `value` over it (top-level fields replaced), or appends `value` as a new item
 * when none matches; `set` replaces a top-level key of the world (e.g. `organization`); `remove`
 * drops the matching items.
 */
export type WorldChange =
  | { merge: 'users' | 'roles' | 'accounts' | 'samlProviders' | 'oidcProviders'; match: Record<string, string>; value: Record<string, unknown> }
  | { remove: 'users' | 'roles' | 'accounts' | 'samlProviders' | 'oidcProviders'; match: Record<string, string> }
  | { set: string; value: unknown }

/**
 * One thing a worked answer, a wrong attempt or a show-me does, in order.
 *
 * Callers (`as`): `alice`, `bob`, `root` (of workload), `production-root`, `vendor-bot`, `anonymous`
 * (unsigned), or a name an earlier step saved issued credentials under.
 *
 * Field values may hold placeholders resolved when the step runs: `$mfa(alice)` (alice's current
 * TOTP code), `$saved(name)` (a token or assertion an earlier `mint` step saved),
 * `$accessKey(name)` (the access key id of saved credentials).
 */
export type LessonStep = CallStep | AdvanceStep | MintStep | ConsoleStep

export interface CallStep {
  as: string
  /** An STS Action, e.g. `AssumeRole`. */
  operation: string
  /** The form's fields, by their wire names (`RoleArn`, `Tags.member.1.Key`), as raw text. */
  fields?: Record<string, string>
  /** Where it goes: default the global endpoint `sts.amazonaws.com` (signing region us-east-1). */
  endpoint?: { region: string }
  /** Keep the credentials this step issues under a name, for later `as` or placeholders. */
  save?: string
  /**
   * Changes the request after it was signed, as an attacker on the wire would: `body` replaces the
   * form body (the signature is left as it was).
   */
  tamper?: { body: string }
}

/** Moves the engine clock forward. */
export interface AdvanceStep {
  advanceSeconds: number
}

/** Makes a token or assertion with a simulated identity provider of the world, at the engine clock. */
export interface MintStep {
  mint: 'saml' | 'oidc' | 'cognito'
  /** The provider ARN (SAML, OIDC); unused for Cognito. */
  provider?: string
  /** The options of simulatedSamlResponse / simulatedIdToken / simulatedCognitoToken, without the clock. */
  options: Record<string, unknown>
  save: string
}

/** The console federation endpoint (https://signin.aws.amazon.com/federation) with saved credentials. */
export interface ConsoleStep {
  console: 'getSigninToken'
  /** The name saved credentials were kept under. */
  as: string
  /** The SessionDuration parameter, seconds. */
  sessionDuration?: number
  /**
   * Then follow the SigninToken with `Action=login`, as the browser would: recorded as a second
   * attempt, operation `login` (some credentials get a token and are refused only there, e.g.
   * GetSessionToken's without SessionDuration).
   */
  login?: boolean
}

/** A range of whole seconds, both ends included. */
export interface SecondsRange {
  min?: number
  max?: number
}

/**
 * What an attempt (one request and the engine's structured answer) must show. Every field given
 * must hold; an empty match holds for any attempt.
 */
export interface AttemptMatch {
  /** The Action (or `getSigninToken` / `login` for the console endpoint); a list: any one of them. */
  operation?: string | string[]
  outcome?: 'success' | 'error' | 'redirect'
  /** The fault's code (`AccessDenied`, `ValidationError`, `RegionDisabledException`, …). */
  faultCode?: string
  /** The id of the check that decided (EngineResult.decidedBy). */
  decidedBy?: string
  /** How the caller got the credentials that signed it. */
  caller?: {
    /** `long-term` (an IAM user's or root's access key), `unsigned`, or the operation that issued the credentials. */
    issuedBy?: 'long-term' | 'unsigned' | 'AssumeRole' | 'AssumeRoleWithSAML' | 'AssumeRoleWithWebIdentity' | 'GetSessionToken' | 'GetFederationToken'
    /** A regular expression the caller's ARN matches (`:root$`, `assumed-role/Dev/`). */
    arn?: string
  }
  /** Query parameters sent: name → a regular expression its value matches, or `null` for "not sent". */
  parameters?: Record<string, string | null>
  /** Region of the endpoint it was sent to (`us-east-1` for the global endpoint). */
  region?: string
  /** Credentials the answer issued (implies a success). */
  issued?: {
    /** Expiration − the instant the request was sent, in seconds. */
    lifetimeSeconds?: SecondsRange
    /** A regular expression the ARN of the issued identity matches. */
    arn?: string
  }
  /** For a console sign-in: the console session's lifetime in seconds. */
  consoleSessionSeconds?: SecondsRange
}

/** Something the learner must reach; its `text` says it in words (for the screen only). */
export type Goal = RequestGoal | ProbeGoal | GridGoal

/** Met when the history (since the lesson opened) holds an attempt that matches. */
export interface RequestGoal {
  kind: 'request'
  text: string
  match: AttemptMatch
  /** Also needs an earlier attempt in the history matching this (e.g. "first fail, then succeed"). */
  after?: AttemptMatch
}

/**
 * Met when, in the world as the learner has changed it, these steps (run on a throwaway copy, not
 * recorded) end in an attempt that matches: goals about editing the world (a trust policy, a
 * boundary, an SCP).
 */
export interface ProbeGoal {
  kind: 'probe'
  text: string
  steps: LessonStep[]
  match: AttemptMatch
}

/**
 * Met when the policy-intersection grid (the Policies view) of the world as the learner has changed
 * it says this about one action: goals about non-STS permissions ("make s3:PutObject allowed to
 * ReadOnly sessions, and nothing more"), found layer by layer in the Policies view.
 */
export interface GridGoal {
  kind: 'grid'
  text: string
  /** A user (its long-term identity) or a role (a session of it), by ARN. */
  principalArn: string
  /** One action, e.g. `s3:PutObject`. */
  action: string
  /** The resource ARN; absent: `*`. */
  resource?: string
  /** The final decision the grid must show. */
  decision: 'allow' | 'deny'
}

/** A small picture beside the explanation. */
export type LessonPicture =
  /** A chain of hops: each box a principal or session, each arrow labelled with the call. */
  | { kind: 'chain'; nodes: string[]; edges: string[]; caption: string }
  /** Two (or three) overlapping layers: what only one allows, what survives in the overlap. */
  | { kind: 'venn'; sets: string[]; overlap: string; caption: string }

export interface Lesson {
  /** Kebab-case, the file's name, used in share links (`#/lessons?lesson=ID`). */
  id: string
  /** Position in the course (1, 2, …). */
  order: number
  title: string
  topic: LessonTopic
  /** One line for the list. */
  summary: string
  /** Short paragraphs; `backticks` mark code. */
  explanation: string[]
  picture?: LessonPicture
  /** Applied over a copy of the demo world when the lesson opens. */
  world?: WorldChange[]
  /** Steps run when the lesson opens (not goals): e.g. credentials to start from. */
  setup?: LessonStep[]
  goals: Goal[]
  /** Unfold one at a time. */
  hints: string[]
  /**
   * The worked answer: one click runs these steps in the lesson's playground. `world`: the edits
   * the answer makes to the lesson's world first (applied over it like `Lesson.world`), for
   * lessons whose goals are about editing the world (probe goals).
   */
  answer: { steps: LessonStep[]; explanation: string; world?: WorldChange[] }
  /** A plausible wrong attempt: running it (its world edits, then its steps) must leave at least one goal unmet. */
  wrongAttempt: { steps: LessonStep[]; why: string; world?: WorldChange[] }
  /** Titles of the AWS documentation pages the lesson rests on, e.g. `IAM User Guide: Methods to assume a role`. */
  docs: string[]
}

export interface ChallengeOption {
  id: string
  text: string
}

/** An exam-style question, with an experiment that shows the answer. */
export interface Challenge {
  id: string
  topic: LessonTopic
  /** `choice`: pick the right statement; `predict`: a request is shown, pick what STS answers. */
  kind: 'choice' | 'predict'
  question: string
  options: ChallengeOption[]
  /** The id of the right option. */
  answer: string
  /** Why, shown after answering and with the show-me. */
  explanation: string
  /** The experiment: run in a scenario of its own; its last attempt must match `expect`. */
  showMe: { world?: WorldChange[]; steps: LessonStep[]; expect: AttemptMatch }
  docs: string[]
}
