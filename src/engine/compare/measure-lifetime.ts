import type { QueryValue } from '../protocol/query-codec.ts'
import { resolveParameter } from '../rules/parameter-path.ts'
import type { ExperimentCaller, LifetimeFact, LifetimeLine, StsExperiment } from './comparison-types.ts'
import { issuedLifetime, succeeded, type ExperimentRunner } from './experiment-runner.ts'

export interface LifetimeSpec {
  /** Prefix of the experiments' ids, e.g. `AssumeRole.iam-user`. */
  id: string
  line: LifetimeLine
  caller: ExperimentCaller
  operation: string
  /** Everything the request needs but DurationSeconds. */
  parameters: Readonly<Record<string, QueryValue | undefined>>
  /**
   * Where the maximum is expected to be (from the engine's duration rules, as the workbench shows
   * them): tried first, with one second more, so the common case costs two requests. The answer
   * is what the engine does, not the hint: a wrong hint falls back to a binary search.
   */
  hint?: number
}

/** The model's range of DurationSeconds for an operation (the AWS model's own constraint). */
function modelRange(operation: string): { min: number; max: number } | undefined {
  try {
    const { shape } = resolveParameter(operation, 'DurationSeconds')
    return shape.min !== undefined && shape.max !== undefined ? { min: shape.min, max: shape.max } : undefined
  } catch {
    return undefined
  }
}

/**
 * Measures one line of "Credential lifetime (min | max | default)" by sending requests: one under
 * the model's minimum and the minimum itself, none at all (the default), and the maximum: the
 * expected one granted next to one second more refused, else the model's maximum (a shortened
 * answer is a clamp, as for the root user), else a binary search for the longest length granted. Undefined when the caller
 * gets no credentials even at the minimum (the reason is in the experiment kept under `id.duration-MIN`).
 */
export async function measureLifetime(runner: ExperimentRunner, spec: LifetimeSpec): Promise<LifetimeFact | undefined> {
  const range = modelRange(spec.operation)
  if (!range) return undefined
  const tried = new Map<number, StsExperiment>()
  const ask = async (seconds: number, why: string): Promise<StsExperiment> => {
    const known = tried.get(seconds)
    if (known) return known
    const experiment = await runner.sts(`${spec.id}.duration-${seconds}`, `DurationSeconds=${seconds}: ${why}`, spec.caller, spec.operation, { ...spec.parameters, DurationSeconds: seconds })
    tried.set(seconds, experiment)
    return experiment
  }
  const below = await ask(range.min - 1, "one under the model's minimum")
  const atMin = await ask(range.min, "the model's minimum")
  if (!succeeded(atMin)) return undefined
  const byDefault = await runner.sts(`${spec.id}.duration-default`, 'DurationSeconds left out: the default', spec.caller, spec.operation, spec.parameters)
  const defaultSeconds = issuedLifetime(byDefault)
  if (defaultSeconds === undefined) return undefined

  const evidence = [below.id, atMin.id, byDefault.id]
  const fact = (max: number, longerIsShortened: boolean, more: StsExperiment[]): LifetimeFact => ({
    line: spec.line,
    caller: spec.caller.kind,
    min: range.min,
    max,
    default: defaultSeconds,
    longerIsShortened,
    evidence: [...new Set([...evidence, ...more.map((experiment) => experiment.id)])],
  })
  // The expected maximum granted in full and one second more refused: that is the maximum.
  const { hint } = spec
  if (hint !== undefined && hint > range.min && hint <= range.max) {
    const atHint = await ask(hint, 'the expected maximum')
    if (succeeded(atHint) && issuedLifetime(atHint) === hint) {
      const over = await ask(hint + 1, hint === range.max ? "one over the model's maximum" : 'one over the expected maximum')
      if (!succeeded(over)) return fact(hint, false, [atHint, over])
    }
  }
  const top = await ask(range.max, "the model's maximum")
  if (succeeded(top)) {
    const granted = issuedLifetime(top) ?? range.max
    if (granted < range.max) return fact(granted, true, [top])
    return fact(range.max, false, [top, await ask(range.max + 1, "one over the model's maximum")])
  }
  // The longest granted length lies in [lo, hi): lo is granted, hi is refused.
  let lo = range.min
  let hi = range.max
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (succeeded(await ask(mid, 'searching for the longest length granted'))) lo = mid
    else hi = mid
  }
  const longest = tried.get(lo) ?? atMin
  return fact(issuedLifetime(longest) ?? lo, false, [top, longest, tried.get(hi) ?? top])
}
