// The comparison table's cells in the words of AWS's "Comparing your API options" table, made from
// the engine's facts (never from a response's XML or from text on the screen).
import type { CallerFact, CallerKind, ComparedOperation, LifetimeFact, LifetimeLine, MayCallFact } from '../../engine/types.ts'
import { durationWords } from '../../ui/duration-words.ts'

/** Each kind of caller as the table names it. */
export const CALLER_WORDS: Record<CallerKind, string> = {
  'iam-user': 'IAM user',
  root: 'AWS account root user',
  'role-session': 'IAM role',
  'federated-user': 'federated user',
  'session-token': 'GetSessionToken credentials',
  'session-token-mfa': 'GetSessionToken credentials with MFA',
  unsigned: 'unsigned requests',
}

/** What an unsigned caller must bring, per operation that can be called unsigned. */
const UNSIGNED_NEEDS: Partial<Record<ComparedOperation, string>> = {
  AssumeRoleWithSAML: 'with a SAML authentication response from a known identity provider',
  AssumeRoleWithWebIdentity: 'with a web identity token from a known identity provider',
}

function joined(words: readonly string[], last: 'or' | 'and'): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`
}

const either = (words: readonly string[]) => joined(words, 'or')

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export interface WhoWords {
  /** "IAM user or IAM role"; "Any user, with a SAML …" when an unsigned request was answered. */
  allowed: string
  /** The kinds of caller refused, e.g. "federated user and unsigned requests" ('' when none was). */
  refused: string
}

/** "Who can call": the kinds of caller that got an answer, and those refused for who they are. */
export function whoWords(operation: ComparedOperation, facts: readonly CallerFact[]): WhoWords {
  const kinds = (allowed: boolean) => [...new Set(facts.filter((fact) => fact.allowed === allowed).map((fact) => fact.caller))]
  const allowed = kinds(true)
  const refused = kinds(false)
  if (allowed.includes('unsigned')) {
    const needs = UNSIGNED_NEEDS[operation]
    return { allowed: needs === undefined ? 'Any user' : `Any user, ${needs}`, refused: joined(refused.map((kind) => CALLER_WORDS[kind]), 'and') }
  }
  return {
    allowed: allowed.length === 0 ? 'Nobody in this world' : capitalised(either(allowed.map((kind) => CALLER_WORDS[kind]))),
    refused: joined(refused.map((kind) => CALLER_WORDS[kind]), 'and'),
  }
}

/** The label of a lifetime line: '' for the one line of an operation whose caller does not change it. */
export const LIFETIME_LINE_WORDS: Record<LifetimeLine, string> = {
  standard: '',
  'iam-user': 'IAM user',
  root: 'Root user',
  'role-chaining': 'Role chaining',
  'via-session-token': 'With GetSessionToken credentials',
}

/** "15 min | 36 h | 12 h": min | max | default, as the table's column heading orders them. */
export function lifetimeWords(fact: Pick<LifetimeFact, 'min' | 'max' | 'default'>): string {
  return [fact.min, fact.max, fact.default].map(durationWords).join(' | ')
}

/**
 * The footnote a lifetime line needs, where AWS's table has one: the cap of role chaining and of the
 * root user, and whether asking for longer is shortened or refused.
 */
export function lifetimeFootnote(operation: ComparedOperation, fact: LifetimeFact): string | undefined {
  const beyond = fact.longerIsShortened ? `asking for longer gives ${durationWords(fact.max)}, it is not refused` : 'asking for longer is refused'
  switch (fact.line) {
    case 'role-chaining':
      return `Role chaining (a role session calling ${operation}) caps the session at ${durationWords(fact.max)}: ${beyond}.`
    case 'root':
      return `${operation} called with the root user's credentials lasts at most ${durationWords(fact.max)}: ${beyond}.`
    case 'via-session-token':
      return `Called with credentials from GetSessionToken, the session lasts at most ${durationWords(fact.max)}: ${beyond}.`
    default:
      return fact.longerIsShortened ? `${capitalised(LIFETIME_LINE_WORDS[fact.line] || operation)}: ${beyond}.` : undefined
  }
}

export function yesNo(supported: boolean): 'Yes' | 'No' {
  return supported ? 'Yes' : 'No'
}

/** The STS operations the facts tried, split by whether the credentials reached them (refused: in every fact). */
function stsReach(facts: readonly MayCallFact[]): { reached: string[]; refused: string[] } {
  const tried = new Map<string, boolean>()
  for (const fact of facts) {
    if (fact.target.kind !== 'sts') continue
    tried.set(fact.target.operation, (tried.get(fact.target.operation) ?? false) || fact.allowed)
  }
  const names = [...tried.keys()]
  return { reached: names.filter((name) => tried.get(name)), refused: names.filter((name) => !tried.get(name)) }
}

/**
 * What the issued credentials cannot do, one sentence each, from the refused MayCallFacts: the STS
 * operations refused (or "all but …" when fewer were reached), IAM, the console.
 */
export function restrictionWords(facts: readonly MayCallFact[]): string[] {
  const lines: string[] = []
  const { reached, refused } = stsReach(facts)
  if (refused.length > 0) lines.push(reached.length > 0 && reached.length < refused.length ? `Cannot call AWS STS operations except ${either(reached)}` : `Cannot call ${either(refused)}`)
  const iam = facts.filter((fact) => fact.target.kind === 'iam')
  const iamRefusedWithoutMfa = iam.some((fact) => !fact.allowed && fact.withMfa === false)
  const iamAllowedWithMfa = iam.some((fact) => fact.allowed && fact.withMfa === true)
  if (iamRefusedWithoutMfa && iamAllowedWithMfa) lines.push('Cannot call IAM API operations unless MFA information is included')
  else if (iam.some((fact) => !fact.allowed)) lines.push('Cannot call IAM API operations')
  if (facts.some((fact) => fact.target.kind === 'console' && !fact.allowed)) lines.push('SSO to the console: not allowed')
  return lines
}

/** What the issued credentials were shown to do besides (the console sign-in, when allowed). */
export function allowanceWords(facts: readonly MayCallFact[]): string[] {
  return facts.some((fact) => fact.target.kind === 'console' && fact.allowed) ? ['SSO to the console: allowed'] : []
}
