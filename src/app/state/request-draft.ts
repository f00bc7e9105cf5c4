// The request being built: who signs it, which operation, and the raw text of each field.
import { API_VERSION, encodeQuery, flattenParameters, operationParameters } from '../engine/sts-model.ts'
import type { QueryPair, QueryValue } from '../engine/types.ts'
import { fieldValue } from './parameter-value.ts'

export interface RequestDraft {
  /** Who signs the request: a long-term or issued access key id, or `anonymous` for an unsigned request. */
  callerId: string
  operation: string
  /** Raw field text per operation, so switching operations back and forth keeps what was typed. */
  fields: Readonly<Record<string, Readonly<Record<string, string>>>>
}

export type DraftAction =
  | { type: 'caller'; callerId: string }
  | { type: 'operation'; operation: string }
  | { type: 'field'; name: string; value: string }
  /** Puts a whole draft back, e.g. one restored from the history. */
  | { type: 'restore'; draft: RequestDraft }
  /** Switches to an operation and fills some of its fields, e.g. with an assertion from a simulated IdP. */
  | { type: 'prefill'; callerId: string; operation: string; fields: Readonly<Record<string, string>> }

export function initialDraft(callerId: string, operation = 'GetCallerIdentity'): RequestDraft {
  return { callerId, operation, fields: {} }
}

export function draftReducer(draft: RequestDraft, action: DraftAction): RequestDraft {
  switch (action.type) {
    case 'caller':
      return { ...draft, callerId: action.callerId }
    case 'operation':
      return { ...draft, operation: action.operation }
    case 'restore':
      return action.draft
    case 'prefill':
      return {
        callerId: action.callerId,
        operation: action.operation,
        fields: { ...draft.fields, [action.operation]: { ...draft.fields[action.operation], ...action.fields } },
      }
    case 'field': {
      const current = draft.fields[draft.operation] ?? {}
      return { ...draft, fields: { ...draft.fields, [draft.operation]: { ...current, [action.name]: action.value } } }
    }
  }
}

/** The raw text of one field of the current operation ('' when untouched). */
export function fieldText(draft: RequestDraft, name: string): string {
  return draft.fields[draft.operation]?.[name] ?? ''
}

export interface DraftRequest {
  /** Action, Version, then the parameters in model order; empty fields are skipped. */
  pairs: QueryPair[]
  /** Fields that could not be encoded (e.g. unfinished JSON), by parameter name. */
  problems: Record<string, string>
}

export interface DraftParameters {
  /** The parameters before flattening (lists and structures as values), in model order; empty fields are skipped. */
  parameters: Record<string, QueryValue>
  /** Fields that could not be encoded (e.g. unfinished JSON), by parameter name. */
  problems: Record<string, string>
}

/** The draft's parameters as values, e.g. for code that passes them to an SDK. */
export function draftParameters(draft: RequestDraft): DraftParameters {
  const parameters: Record<string, QueryValue> = {}
  const problems: Record<string, string> = {}
  for (const parameter of operationParameters(draft.operation)) {
    const result = fieldValue(parameter, fieldText(draft, parameter.name))
    if (!result.ok) problems[parameter.name] = result.problem
    else if (result.value !== undefined) parameters[parameter.name] = result.value
  }
  return { parameters, problems }
}

export function draftRequest(draft: RequestDraft): DraftRequest {
  const { parameters, problems } = draftParameters(draft)
  const pairs: QueryPair[] = [['Action', draft.operation], ['Version', API_VERSION], ...flattenParameters(parameters)]
  return { pairs, problems }
}

/** The form-urlencoded body: also the query string of the equivalent GET. */
export function encodedBody(draft: RequestDraft): string {
  return encodeQuery(draftRequest(draft).pairs)
}
