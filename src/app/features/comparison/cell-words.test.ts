import { describe, expect, it } from 'vitest'
import { fixtureTable } from './comparison-fixture.test-data.ts'
import { allowanceWords, lifetimeFootnote, lifetimeWords, restrictionWords, whoWords, yesNo } from './cell-words.ts'

const row = (operation: string) => {
  const found = fixtureTable.rows.find((r) => r.operation === operation)
  if (found === undefined) throw new Error(operation)
  return found
}

describe(whoWords, () => {
  it('joins the kinds of caller that were answered, and names those refused', () => {
    expect(whoWords('AssumeRole', row('AssumeRole').who)).toEqual({ allowed: 'IAM user or IAM role', refused: '' })
    expect(whoWords('GetFederationToken', row('GetFederationToken').who)).toEqual({ allowed: 'IAM user or AWS account root user', refused: 'IAM role' })
  })

  it('says any user, and what the caller must bring, when an unsigned request was answered', () => {
    const who = [
      { caller: 'unsigned' as const, allowed: true, evidence: [] },
      { caller: 'iam-user' as const, allowed: true, evidence: [] },
    ]
    expect(whoWords('AssumeRoleWithSAML', who).allowed).toBe('Any user, with a SAML authentication response from a known identity provider')
    expect(whoWords('AssumeRoleWithWebIdentity', who).allowed).toBe('Any user, with a web identity token from a known identity provider')
  })

  it('names all the kinds refused, unsigned requests among them', () => {
    const who = [
      { caller: 'iam-user' as const, allowed: true, evidence: [] },
      { caller: 'root' as const, allowed: false, evidence: [] },
      { caller: 'unsigned' as const, allowed: false, evidence: [] },
    ]
    expect(whoWords('AssumeRole', who).refused).toBe('AWS account root user and unsigned requests')
  })

  it('lists three kinds with commas, and says so when nobody could call', () => {
    const who = (['iam-user', 'root', 'role-session'] as const).map((caller) => ({ caller, allowed: true, evidence: [] }))
    expect(whoWords('AssumeRoot', who).allowed).toBe('IAM user, AWS account root user or IAM role')
    expect(whoWords('AssumeRoot', []).allowed).toBe('Nobody in this world')
  })
})

describe(lifetimeWords, () => {
  it('writes min | max | default in the largest whole units', () => {
    expect(lifetimeWords({ min: 900, max: 129600, default: 43200 })).toBe('15 min | 36 h | 12 h')
    expect(lifetimeWords({ min: 900, max: 3600, default: 3600 })).toBe('15 min | 1 h | 1 h')
  })
})

describe(lifetimeFootnote, () => {
  const [iamUser, root] = row('GetFederationToken').lifetime
  const [standard, chaining] = row('AssumeRole').lifetime

  it('notes the root user’s cap, shortened rather than refused', () => {
    expect(root && lifetimeFootnote('GetFederationToken', root)).toBe("GetFederationToken called with the root user's credentials lasts at most 1 h: asking for longer gives 1 h, it is not refused.")
  })

  it('notes role chaining’s cap, refused beyond it', () => {
    expect(chaining && lifetimeFootnote('AssumeRole', chaining)).toBe('Role chaining (a role session calling AssumeRole) caps the session at 1 h: asking for longer is refused.')
  })

  it('needs none for an ordinary line that refuses longer', () => {
    expect(iamUser && lifetimeFootnote('GetFederationToken', iamUser)).toBeUndefined()
    expect(standard && lifetimeFootnote('AssumeRole', standard)).toBeUndefined()
  })
})

describe(restrictionWords, () => {
  it('says which STS operations the credentials cannot call, in one sentence', () => {
    expect(restrictionWords(row('AssumeRole').restrictions)).toEqual(['Cannot call GetFederationToken or GetSessionToken'])
  })

  it('says which STS operations remain when fewer were reached than refused', () => {
    const sts = (operation: string, allowed: boolean) => ({ target: { kind: 'sts' as const, operation }, allowed, evidence: [] })
    const facts = [sts('AssumeRole', false), sts('GetFederationToken', false), sts('GetSessionToken', false), sts('GetCallerIdentity', true)]
    expect(restrictionWords(facts)).toEqual(['Cannot call AWS STS operations except GetCallerIdentity'])
  })

  it('says IAM is refused unless MFA was included when only the MFA session reached it', () => {
    const facts = [
      { target: { kind: 'iam' as const, action: 'iam:ListUsers' }, withMfa: false, allowed: false, evidence: [] },
      { target: { kind: 'iam' as const, action: 'iam:ListUsers' }, withMfa: true, allowed: true, evidence: [] },
      { target: { kind: 'console' as const }, allowed: false, evidence: [] },
    ]
    expect(restrictionWords(facts)).toEqual(['Cannot call IAM API operations unless MFA information is included', 'SSO to the console: not allowed'])
  })

  it('says IAM is refused outright, and the console allowed, for federated users', () => {
    const facts = row('GetFederationToken').restrictions
    expect(restrictionWords(facts)).toEqual(['Cannot call GetSessionToken', 'Cannot call IAM API operations'])
    expect(allowanceWords(facts)).toEqual(['SSO to the console: allowed'])
  })
})

describe(yesNo, () => {
  it('answers in the table’s words', () => {
    expect([yesNo(true), yesNo(false)]).toEqual(['Yes', 'No'])
  })
})
