// What differs between two exchanges of the history: who called, what was asked, and how STS
// answered. Learners change one thing and resend; the comparison shows what that one change did.
import type { QueryPair } from '../../engine/types.ts'
import type { Exchange } from '../../state/exchange.ts'
import { stsEndpointHost } from '../../engine/endpoints.ts'
import { decidingCheck, errorCode, sentParameters } from './history-summary.ts'

/** How a row's two values relate. `only-first`: the first exchange has a value, the second none. */
export type Difference = 'same' | 'changed' | 'only-first' | 'only-second'

export interface DiffRow {
  /** Unique within its diff, stable across renders (a React key). */
  key: string
  /** What the row compares: `Caller`, `HTTP status`, or a parameter name such as `RoleArn`. */
  label: string
  /** Undefined when the exchange has no such value (a parameter not sent, no error code). */
  first: string | undefined
  second: string | undefined
  difference: Difference
}

export interface ExchangeDiff {
  first: Exchange
  second: Exchange
  /** Caller, operation, endpoint: always present, so the table always says who and what. */
  request: DiffRow[]
  /** Parameters that differ, were added or removed, in the order they went over the wire. */
  parameters: DiffRow[]
  /** Parameters sent with the same value by both, for the collapsed "N parameters the same". */
  sameParameters: DiffRow[]
  /** HTTP status, error code and deciding check: always present. */
  response: DiffRow[]
  /** How many rows of all four groups differ. */
  differenceCount: number
}

export function compareValues(first: string | undefined, second: string | undefined): Difference {
  if (first === second) return 'same'
  if (second === undefined) return 'only-first'
  if (first === undefined) return 'only-second'
  return 'changed'
}

function row(key: string, label: string, first: string | undefined, second: string | undefined): DiffRow {
  return { key, label, first, second, difference: compareValues(first, second) }
}

/**
 * Parameters by name, in wire order. `Action` is left out: the operation row shows it. A name sent
 * twice keeps each occurrence as its own entry (`Name (2nd)`), since the engine reads only the
 * first and a learner comparing crafted requests should see the repeat.
 */
export function namedParameters(pairs: readonly QueryPair[]): Map<string, string> {
  const named = new Map<string, string>()
  const seen = new Map<string, number>()
  for (const [name, value] of pairs) {
    if (name === 'Action') continue
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    named.set(count === 1 ? name : `${name} (${ordinal(count)})`, value)
  }
  return named
}

function ordinal(n: number): string {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`
}

function deciding(exchange: Exchange): string | undefined {
  const check = decidingCheck(exchange.result)
  if (check === undefined) return exchange.result.response.status < 300 ? 'every check passed' : undefined
  return `${check.title} (${check.id}: ${check.outcome === 'fail' ? 'failed' : check.outcome === 'pass' ? 'passed' : 'skipped'})`
}

/** Compares two exchanges, `first` on the left. The caller decides the order (oldest first reads best). */
export function diffExchanges(first: Exchange, second: Exchange): ExchangeDiff {
  const request = [
    row('caller', 'Caller', first.callerLabel, second.callerLabel),
    row('operation', 'Operation', first.operation, second.operation),
    row('endpoint', 'Endpoint', stsEndpointHost(first.endpoint), stsEndpointHost(second.endpoint)),
  ]

  const firstParameters = namedParameters(sentParameters(first.result))
  const secondParameters = namedParameters(sentParameters(second.result))
  const names = [...firstParameters.keys(), ...[...secondParameters.keys()].filter((name) => !firstParameters.has(name))]
  const parameterRows = names.map((name) => row(`parameter:${name}`, name, firstParameters.get(name), secondParameters.get(name)))

  const response = [
    row('status', 'HTTP status', String(first.result.response.status), String(second.result.response.status)),
    row('error-code', 'Error code', errorCode(first.result), errorCode(second.result)),
    row('deciding-check', 'Deciding check', deciding(first), deciding(second)),
  ]

  const parameters = parameterRows.filter((r) => r.difference !== 'same')
  const sameParameters = parameterRows.filter((r) => r.difference === 'same')
  const differenceCount = [...request, ...parameters, ...response].filter((r) => r.difference !== 'same').length
  return { first, second, request, parameters, sameParameters, response, differenceCount }
}

/** The difference in words, never colour alone: `same`, `changed`, `only in #3`. */
export function differenceText(difference: Difference, first: Exchange, second: Exchange): string {
  switch (difference) {
    case 'same':
      return 'same'
    case 'changed':
      return 'changed'
    case 'only-first':
      return `only in #${first.id}`
    case 'only-second':
      return `only in #${second.id}`
  }
}
