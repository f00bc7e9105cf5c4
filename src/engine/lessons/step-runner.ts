import type { Hashing } from '../auth/hashing.ts'
import type { WebCrypto } from '../deps.ts'
import type { Engine } from '../engine.ts'
import type { HttpRequest } from '../http.ts'
import type { World } from '../world/world-schema.ts'
import type { AttemptRecord } from './attempt-record.ts'
import type { CallStep, ConsoleStep, LessonStep, MintStep } from './lesson-types.ts'
import type { SavedItems } from './saved-items.ts'
import { stepCaller, type StepCaller } from './step-callers.ts'
import { CONSOLE_HOST, loginRequestAfter, signinTokenRequest } from './step-console.ts'
import { mintToken } from './step-mint.ts'
import { stepBody, stepEndpoint, stepRequest } from './step-signing.ts'
import { resolveFields, resolveValue } from './step-values.ts'

/** The engine clock, as the app's virtual clock or a test's fixed one offers it. */
export interface LessonClock {
  now(): number
  advance(ms: number): void
}

/** An attempt a step made, with what the step sent in words a lesson shows. */
export interface LessonAttempt extends AttemptRecord {
  /** The access key id that signed it, or `anonymous`. */
  callerId: string
  /** The fields sent, placeholders filled in (for the console endpoint: SessionDuration, when given). */
  fields: Record<string, string>
  host: string
  /** The SigV4 signing region; empty for the console federation endpoint (not an STS endpoint). */
  region: string
}

export interface StepRun {
  attempts: LessonAttempt[]
  /** The saved items given, plus what the steps saved. */
  saved: SavedItems
  /** Why the run stopped before its last step (an unknown caller, a failed mint…). */
  problem?: string
}

export interface RunLessonStepsInput {
  engine: Pick<Engine, 'handle'>
  /** The world the engine answers from: callers' keys, MFA devices and identity providers are looked up in it. */
  world: World
  clock: LessonClock
  /** The host's WebCrypto: needed to sign simulated SAML responses. */
  webCrypto?: WebCrypto | undefined
  /** Native SHA-256 for signing, when the host has it (default: pure JavaScript). */
  hashing?: Hashing | undefined
  steps: readonly LessonStep[]
  saved?: SavedItems
}

type StepOutcome = { ok: true } | { ok: false; problem: string }

const WORLD_CALLERS = 'alice, bob, root, production-root, vendor-bot, anonymous'

/** A run in progress: the saved items and attempts so far, and why a save did not happen. */
class Run {
  readonly attempts: LessonAttempt[] = []
  readonly saved: SavedItems
  /** Names a step was to save credentials under but could not (its call failed): for a clearer problem later. */
  private readonly unsaved = new Map<string, string>()

  constructor(private readonly input: RunLessonStepsInput) {
    this.saved = { ...(input.saved ?? {}) }
  }

  caller(name: string): StepCaller | { problem: string } {
    const found = stepCaller(name, this.input.world, this.saved)
    if (found) return found
    const why = this.unsaved.get(name)
    if (why !== undefined) return { problem: `no credentials were saved under ${name}: ${why}` }
    return { problem: `unknown caller ${name} (neither one of ${WORLD_CALLERS} nor credentials saved by an earlier step)` }
  }

  private async send(request: HttpRequest, record: Omit<LessonAttempt, 'request' | 'result' | 'sentAt'>, sentAt: number) {
    const result = await this.input.engine.handle(request)
    const attempt: LessonAttempt = { ...record, request, result, sentAt }
    this.attempts.push(attempt)
    return attempt
  }

  async call(step: CallStep): Promise<StepOutcome> {
    if (typeof step.operation !== 'string' || step.operation === '') return { ok: false, problem: 'a call step names its operation' }
    const caller = this.caller(step.as)
    if ('problem' in caller) return { ok: false, problem: caller.problem }
    const { world, clock } = this.input
    const nowMs = clock.now()
    const fields = await resolveFields(step.fields ?? {}, world, this.saved, nowMs)
    if (!fields.ok) return fields
    const endpoint = stepEndpoint(step.endpoint)
    if (!endpoint) return { ok: false, problem: `${step.endpoint?.region ?? ''} is not a region name` }
    let tamperedBody: string | undefined
    if (step.tamper !== undefined) {
      const tampered = await resolveValue(step.tamper.body, world, this.saved, nowMs)
      if (!tampered.ok) return tampered
      tamperedBody = tampered.value
    }
    const request = stepRequest(stepBody(step.operation, fields.fields), caller.keys, endpoint, nowMs, { ...(tamperedBody === undefined ? {} : { tamperedBody }), hashing: this.input.hashing })
    const attempt = await this.send(request, { callerLabel: caller.label, operation: step.operation, callerId: caller.id, fields: fields.fields, host: endpoint.host, region: endpoint.region }, nowMs)
    if (step.save !== undefined) {
      const issued = attempt.result.issued
      if (issued) {
        this.saved[step.save] = { credentials: { accessKeyId: issued.accessKeyId, secretAccessKey: issued.secretAccessKey, sessionToken: issued.sessionToken }, arn: issued.arn }
        this.unsaved.delete(step.save)
      } else {
        this.unsaved.set(step.save, `${step.operation} answered ${attempt.result.fault?.code ?? attempt.result.outcome ?? 'without credentials'}`)
      }
    }
    return { ok: true }
  }

  async console(step: ConsoleStep): Promise<StepOutcome> {
    const caller = this.caller(step.as)
    if ('problem' in caller) return { ok: false, problem: caller.problem }
    if (!caller.keys) return { ok: false, problem: 'the console federation endpoint needs credentials, and anonymous has none' }
    const nowMs = this.input.clock.now()
    const fields: Record<string, string> = step.sessionDuration === undefined ? {} : { SessionDuration: String(step.sessionDuration) }
    const record = { callerLabel: caller.label, callerId: caller.id, fields, host: CONSOLE_HOST, region: '' }
    const first = await this.send(signinTokenRequest(caller.keys, step.sessionDuration), { ...record, operation: 'getSigninToken' }, nowMs)
    if (step.login === true) {
      const login = loginRequestAfter(first.result)
      if (login) await this.send(login, { ...record, fields: {}, operation: 'login' }, this.input.clock.now())
    }
    return { ok: true }
  }

  async mint(step: MintStep): Promise<StepOutcome> {
    if (typeof step.save !== 'string' || step.save === '') return { ok: false, problem: 'a mint step saves its token under a name' }
    const minted = await mintToken(step, this.input.world, this.input.clock.now(), this.input.webCrypto)
    if (!minted.ok) return { ok: false, problem: `${step.mint} mint failed: ${minted.problem}` }
    this.saved[step.save] = { token: minted.token }
    return { ok: true }
  }

  advance(seconds: number): StepOutcome {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return { ok: false, problem: 'advanceSeconds must be a number of seconds, 0 or more' }
    this.input.clock.advance(seconds * 1000)
    return { ok: true }
  }
}

function describeStep(step: LessonStep, index: number): string {
  if (typeof step !== 'object' || step === null) return `step ${index + 1}`
  if ('advanceSeconds' in step) return `step ${index + 1} (advance ${String(step.advanceSeconds)} s)`
  if ('mint' in step) return `step ${index + 1} (mint ${String(step.mint)})`
  if ('console' in step) return `step ${index + 1} (${String(step.as)} → console ${String(step.console)})`
  return `step ${index + 1} (${String(step.as)} → ${String(step.operation)})`
}

async function runStep(run: Run, step: LessonStep): Promise<StepOutcome> {
  if (typeof step !== 'object' || step === null) return { ok: false, problem: 'not a step' }
  if ('advanceSeconds' in step) return run.advance(step.advanceSeconds)
  if ('mint' in step) return run.mint(step)
  if ('console' in step) return step.console === 'getSigninToken' ? run.console(step) : { ok: false, problem: `unknown console action ${String(step.console)}` }
  return run.call(step)
}

/**
 * Runs a lesson's steps in order against an engine, as the learner would send them: each call
 * signed (SigV4, the engine's own signer) at the engine clock as its caller, to the global
 * endpoint or the step's region; `advanceSeconds` moves the clock; `mint` makes a token with a
 * simulated IdP of the world; `console` calls the console federation endpoint. Never throws: a step
 * that cannot run (an unknown caller, a failed mint, a bad placeholder) stops the run, and
 * `problem` says which and why; the attempts made before it are kept.
 */
export async function runLessonSteps(input: RunLessonStepsInput): Promise<StepRun> {
  const run = new Run(input)
  for (const [index, step] of input.steps.entries()) {
    let outcome: StepOutcome
    try {
      outcome = await runStep(run, step)
    } catch (error) {
      outcome = { ok: false, problem: error instanceof Error ? error.message : String(error) }
    }
    if (!outcome.ok) return { attempts: run.attempts, saved: run.saved, problem: `${describeStep(step, index)}: ${outcome.problem}` }
  }
  return { attempts: run.attempts, saved: run.saved }
}
