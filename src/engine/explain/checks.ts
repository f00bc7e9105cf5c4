import type { PolicyDenial } from '../policy/denial.ts'

/** One step the engine took while answering a request, in words a learner can follow. */
export interface Check {
  /** Stable id, e.g. `signature.match`. */
  id: string
  title: string
  outcome: 'pass' | 'fail' | 'skip'
  detail: string
  /** On a failed authorization check: which policy layer refused, and the statement and condition that made the difference. */
  denial?: PolicyDenial
}

/** Collects checks in order; the first failure is the one that decided the response. */
export class CheckLog {
  readonly checks: Check[] = []

  pass(id: string, title: string, detail: string): void {
    this.checks.push({ id, title, outcome: 'pass', detail })
  }

  fail(id: string, title: string, detail: string, denial?: PolicyDenial): void {
    this.checks.push(denial ? { id, title, outcome: 'fail', detail, denial } : { id, title, outcome: 'fail', detail })
  }

  skip(id: string, title: string, detail: string): void {
    this.checks.push({ id, title, outcome: 'skip', detail })
  }

  /** The index of the first failure: the check that decided a refusal or a redirect. */
  failureIndex(): number | undefined {
    const index = this.checks.findIndex((check) => check.outcome === 'fail')
    return index === -1 ? undefined : index
  }

  /** The check that decided: the first failure, or the last check when everything passed. */
  decidingCheck(): Check | undefined {
    return this.checks.find((check) => check.outcome === 'fail') ?? this.checks.at(-1)
  }
}
