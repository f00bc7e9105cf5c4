// Whose permissions the grid shows: credentials issued in this browser (the wallet), the world's
// long-term keys, or a draft (a role or user of the world with a session policy not yet sent).
import type { GridSubject, World } from '../../engine/types.ts'
import { roleArn, userArn } from '../../engine/world-model.ts'
import { longTermCallers } from '../../state/callers.ts'
import type { Exchange } from '../../state/exchange.ts'
import type { WalletEntry } from '../../state/wallet.ts'

export interface SubjectOption {
  /** The select's value: `key:AKIA…` or `draft:arn:…`. */
  value: string
  label: string
  subject: GridSubject
}

export interface SubjectGroup {
  label: string
  options: SubjectOption[]
}

export function subjectValue(subject: GridSubject): string {
  return subject.kind === 'credentials' ? `key:${subject.accessKeyId}` : `draft:${subject.principalArn}`
}

/** The wallet (newest first), the long-term keys, then the world's roles and users as drafts. */
export function subjectGroups(world: World, wallet: readonly WalletEntry[]): SubjectGroup[] {
  const groups: SubjectGroup[] = []
  if (wallet.length > 0)
    groups.push({
      label: 'Issued in this browser',
      options: [...wallet].reverse().map((entry) => ({
        value: `key:${entry.accessKeyId}`,
        label: `${entry.arn} (${entry.issuedBy}, ${entry.accessKeyId})`,
        subject: { kind: 'credentials', accessKeyId: entry.accessKeyId, sessionToken: entry.sessionToken },
      })),
    })
  groups.push({
    label: 'Long-term keys',
    // Users first: a root user's keys may do anything, which teaches little about intersections.
    options: [...longTermCallers(world)].sort((a, b) => Number(a.name === 'root') - Number(b.name === 'root')).map((caller) => ({
      value: `key:${caller.id}`,
      label: `${caller.arn} (${caller.id})`,
      subject: { kind: 'credentials', accessKeyId: caller.id },
    })),
  })
  const drafts: SubjectOption[] = [
    ...world.roles.map((role) => roleArn(world, role.account, role.path, role.name)),
    ...world.users.map((user) => userArn(world, user.account, user.path, user.name)),
  ].map((arn) => ({ value: `draft:${arn}`, label: `${arn} (draft, not sent)`, subject: { kind: 'draft', principalArn: arn } }))
  if (drafts.length > 0) groups.push({ label: 'Drafts: a role session or a user, with a session policy not yet sent', options: drafts })
  return groups
}

export function findSubjectOption(groups: readonly SubjectGroup[], value: string): SubjectOption | undefined {
  return groups.flatMap((group) => group.options).find((option) => option.value === value)
}

/** The session policy the credentials were issued with (the Policy of the request that issued them), for editing in place. */
export function issuedSessionPolicy(subject: GridSubject, wallet: readonly WalletEntry[], history: readonly Exchange[]): string {
  if (subject.kind === 'draft') return subject.sessionPolicy ?? ''
  const entry = wallet.find((kept) => kept.accessKeyId === subject.accessKeyId)
  const exchange = entry === undefined ? undefined : history.find((sent) => sent.id === entry.exchangeId)
  return exchange?.draft.fields[exchange.operation]?.Policy ?? ''
}

/** The inline permissions boundary of the role or user behind an ARN (a session's or the principal's), pretty-printed; '' when none or managed. */
export function inlineBoundaryText(world: World, callerArn: string): string {
  const session = /^arn:[^:]+:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(callerArn)
  const role = session === null ? undefined : world.roles.find((r) => r.account === session[1] && r.name === session[2])
  const user = world.users.find((u) => userArn(world, u.account, u.path, u.name) === callerArn)
  const draftRole = world.roles.find((r) => roleArn(world, r.account, r.path, r.name) === callerArn)
  const boundary = (role ?? draftRole ?? user)?.permissionsBoundary
  return boundary === undefined ? '' : JSON.stringify(boundary.document, null, 2)
}
