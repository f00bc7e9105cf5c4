// What the policy editor offers at the caret and says on hover, from the caret's context (keys above
// it, key or value) and the built-in IAM catalogue. Pure data: monaco-policy-language.ts turns it
// into Monaco's completion items and hovers.
import { CONDITION_OPERATORS, type IamCatalogue, type PolicyKind } from '../../engine/policy-language.ts'
import { conditionKeySuggestions } from './condition-key-suggestions.ts'
import { globalConditionKey, IF_EXISTS_MEANING, OPERATOR_MEANINGS, SET_PREFIX_MEANINGS } from './iam-words.ts'
import type { CaretContext } from './json-locations.ts'
import { resourceSuggestions } from './resource-suggestions.ts'
import type { Suggestion } from './suggestion.ts'

export type { Suggestion }

const PRINCIPAL_KINDS: ReadonlySet<PolicyKind> = new Set(['trust', 'resource', 'rcp'])

const STATEMENT_ELEMENTS: Record<string, string> = {
  Sid: 'An optional name for the statement.',
  Effect: 'Allow or Deny.',
  Action: 'The actions the statement covers, e.g. s3:GetObject; * and ? wildcards.',
  NotAction: 'Every action except these.',
  Resource: 'The resources the statement covers: ARNs, or *.',
  NotResource: 'Every resource except these.',
  Principal: 'Who the statement applies to (trust, resource and RCP policies only).',
  NotPrincipal: 'Everyone except these principals.',
  Condition: 'Operator → condition key → value(s).',
}

/** Every operator as it may be written: base names, …IfExists, and ForAnyValue:/ForAllValues: forms. */
export function conditionOperatorSpellings(): string[] {
  const out: string[] = []
  for (const base of CONDITION_OPERATORS) {
    out.push(base)
    if (base === 'Null') continue
    out.push(`${base}IfExists`)
  }
  for (const prefix of Object.keys(SET_PREFIX_MEANINGS)) for (const base of CONDITION_OPERATORS) if (base !== 'Null') out.push(prefix + base, `${prefix}${base}IfExists`)
  return out
}

/** The meaning of an operator as written, or undefined if IAM does not know it. */
export function operatorMeaning(written: string): string | undefined {
  let rest = written
  const parts: string[] = []
  for (const [prefix, meaning] of Object.entries(SET_PREFIX_MEANINGS)) {
    if (rest.startsWith(prefix)) {
      parts.push(meaning)
      rest = rest.slice(prefix.length)
    }
  }
  if (rest.endsWith('IfExists') && rest !== 'Null') {
    rest = rest.slice(0, -'IfExists'.length)
    parts.push(IF_EXISTS_MEANING)
  }
  const base = OPERATOR_MEANINGS[rest]
  return base === undefined ? undefined : [`**${rest}**: ${base}`, ...parts].join('\n\n')
}

/**
 * What to offer at the caret. `statementActions` are the Action values of the caret's statement
 * (statement-actions.ts): its Resource and Condition suggestions are about them.
 */
export function suggestionsFor(context: CaretContext, kind: PolicyKind, catalogue: IamCatalogue, statementActions: readonly string[]): Suggestion[] {
  const { path, inKey, typed } = context
  const where = path.join('.')
  if (inKey) {
    if (where === '') return ['Version', 'Statement', 'Id'].map((label, rank) => ({ label, detail: 'policy element', rank, kind: 'keyword' }))
    if (where === 'Statement')
      return Object.entries(STATEMENT_ELEMENTS)
        .filter(([label]) => PRINCIPAL_KINDS.has(kind) || !label.includes('Principal'))
        .map(([label, documentation], rank) => ({ label, detail: 'statement element', documentation, rank, kind: 'keyword' }))
    if (where === 'Statement.Condition')
      return conditionOperatorSpellings().map((label, rank) => ({ label, detail: 'condition operator', documentation: operatorMeaning(label), rank, kind: 'operator' }))
    if (path.length === 3 && path[0] === 'Statement' && path[1] === 'Condition')
      return conditionKeySuggestions(statementActions, catalogue)
    if (where === 'Statement.Principal' || where === 'Statement.NotPrincipal')
      return ['AWS', 'Service', 'Federated', 'CanonicalUser'].map((label, rank) => ({ label, detail: 'principal type', rank, kind: 'keyword' }))
    return []
  }
  if (where === 'Version') return [{ label: '2012-10-17', detail: 'current policy language', rank: 0, kind: 'value' }]
  if (where === 'Statement.Effect') return ['Allow', 'Deny'].map((label, rank) => ({ label, detail: 'effect', rank, kind: 'value' }))
  if (where === 'Statement.Action' || where === 'Statement.NotAction') {
    const colon = (typed ?? '').indexOf(':')
    if (colon < 0)
      return catalogue.services().map((service, rank) => ({
        label: `${service}:`,
        detail: catalogue.serviceName(service) ?? 'service',
        rank,
        retrigger: true,
        kind: 'service',
      }))
    // Shortest names first: the basic actions (s3:GetObject) before their long relatives (s3:GetObjectLegalHold).
    const actions = catalogue.actionsOf((typed ?? '').slice(0, colon)).sort((a, b) => a.action.length - b.action.length || (a.action < b.action ? -1 : 1))
    return actions.map((action, rank) => ({
      label: action.action,
      detail: action.accessLevel,
      documentation: `${catalogue.serviceName(action.action.split(':')[0]!) ?? ''}, access level ${action.accessLevel}`,
      rank,
      kind: 'action',
    }))
  }
  // A trust policy's statements are about the role itself: IAM refuses a Resource there.
  if ((where === 'Statement.Resource' || where === 'Statement.NotResource') && kind !== 'trust') return resourceSuggestions(statementActions, catalogue)
  return []
}

/** Hover text for the string at a context (`inKey` as for suggestions, `word` the whole string). */
export function hoverFor(path: readonly string[], inKey: boolean, word: string, catalogue: IamCatalogue | undefined): string | undefined {
  const where = path.join('.')
  if (inKey && where === 'Statement.Condition') return operatorMeaning(word) ?? `**${word}** is not a condition operator IAM knows.`
  if (inKey && path.length === 3 && path[1] === 'Condition') {
    const key = globalConditionKey(word)
    if (key) return `**${key.name}** (${key.type}): ${key.description}`
    const serviceKey = catalogue?.conditionKey(word)
    return serviceKey && `**${serviceKey.key}** (${serviceKey.type}): ${serviceKey.description}`
  }
  if (inKey && where === 'Statement') return STATEMENT_ELEMENTS[word]
  if (!inKey && (where === 'Statement.Action' || where === 'Statement.NotAction') && catalogue) {
    const action = catalogue.lookup(word)
    if (action) return `**${action.action}**: ${catalogue.serviceName(action.action.split(':')[0]!) ?? ''}, access level **${action.accessLevel}**`
    if (word.includes('*') || word.includes('?')) {
      const matched = catalogue.expand(word)
      return `**${word}** matches ${matched.length} action${matched.length === 1 ? '' : 's'}${matched.length > 0 ? `: ${matched.slice(0, 8).map((a) => a.action).join(', ')}${matched.length > 8 ? ', …' : ''}` : ''}`
    }
  }
  return undefined
}
