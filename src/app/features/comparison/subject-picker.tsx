// What the table was computed with (the user, the role, the SAML and web identity roles), each one
// a select of what the world offers: another pick computes the table again.
import type { ComparisonChoices, ComparisonPicks, ComparisonSubjects } from '../../engine/types.ts'
import { durationWords } from '../../ui/duration-words.ts'
import { SelectField } from '../../ui/select-field.tsx'

interface SubjectPickerProps {
  choices: ComparisonChoices
  subjects: ComparisonSubjects
  picks: ComparisonPicks
  onPick: (picks: ComparisonPicks) => void
  /** A table for new picks is being computed: the subjects shown are the previous table's. */
  computing: boolean
}

/** The select's value: the pick while the world offers it, else what the engine used, else nothing (it found none). */
function current(pick: string | undefined, used: string | undefined, offered: readonly string[]): string {
  return pick !== undefined && offered.includes(pick) ? pick : (used ?? '')
}

interface UsedProps {
  /** What the table used, in words; undefined when the engine found none. */
  text: string | undefined
  /** The ARN the table used, and the one picked: when they differ the pick could not be used. */
  usedArn: string | undefined
  picked: string | undefined
  computing: boolean
}

function Used({ text, usedArn, picked, computing }: UsedProps) {
  const ignored = !computing && picked !== undefined && usedArn !== undefined && picked !== usedArn
  return (
    <>
      <span>
        {text !== undefined
          ? `Used: ${text}`
          : picked !== undefined && !computing
            ? 'The table could not use the pick (the engine got no session with it): the rows that need it are missing or say why.'
            : 'The world offers none: the rows that need one are missing or say why.'}
      </span>
      {ignored && (
        <span data-testid="pick-not-used" className="font-semibold text-amber-900 dark:text-amber-200">
          <span aria-hidden="true">⚠ </span>The pick could not be used (the engine could not get a session with it), so the table used another.
        </span>
      )}
    </>
  )
}

export function SubjectPicker({ choices, subjects, picks, onPick, computing }: SubjectPickerProps) {
  const { user, root, role, saml, webIdentity } = subjects
  const pick = (name: keyof ComparisonPicks) => (value: string) => onPick({ ...picks, [name]: value })
  return (
    <div className="flex flex-col gap-2">
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <SelectField id="compare-user" label="IAM user" value={current(picks.userArn, user?.arn, choices.users.map((c) => c.arn))} onChange={pick('userArn')} hint={<Used text={user === undefined ? undefined : `${user.name} (${user.accessKeyId})${user.mfaSerial === undefined ? ', no MFA device' : ', with an MFA device'}`} usedArn={user?.arn} picked={picks.userArn} computing={computing} />}>
          {user === undefined && <option value="">none</option>}
          {choices.users.map((choice) => (
            <option key={choice.arn} value={choice.arn}>
              {choice.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="compare-role" label="Role for AssumeRole" value={current(picks.roleArn, role?.arn, choices.roles.map((c) => c.arn))} onChange={pick('roleArn')} hint={<Used text={role?.arn} usedArn={role?.arn} picked={picks.roleArn} computing={computing} />}>
          {role === undefined && <option value="">none</option>}
          {choices.roles.map((choice) => (
            <option key={choice.arn} value={choice.arn}>
              {choice.name} (max {durationWords(choice.maxSessionDuration)})
            </option>
          ))}
        </SelectField>
        <SelectField id="compare-saml-role" label="Role for AssumeRoleWithSAML" value={current(picks.samlRoleArn, saml?.roleArn, choices.samlRoles.map((c) => c.roleArn))} onChange={pick('samlRoleArn')} hint={<Used text={saml === undefined ? undefined : `${saml.roleArn} via ${saml.providerArn}`} usedArn={saml?.roleArn} picked={picks.samlRoleArn} computing={computing} />}>
          {saml === undefined && <option value="">none</option>}
          {choices.samlRoles.map((choice) => (
            <option key={`${choice.roleArn} ${choice.providerArn}`} value={choice.roleArn}>
              {roleName(choice.roleArn)} ({providerName(choice.providerArn)})
            </option>
          ))}
        </SelectField>
        <SelectField id="compare-web-identity-role" label="Role for AssumeRoleWithWebIdentity" value={current(picks.webIdentityRoleArn, webIdentity?.roleArn, choices.webIdentityRoles.map((c) => c.roleArn))} onChange={pick('webIdentityRoleArn')} hint={<Used text={webIdentity === undefined ? undefined : `${webIdentity.roleArn} via ${webIdentity.providerArn}`} usedArn={webIdentity?.roleArn} picked={picks.webIdentityRoleArn} computing={computing} />}>
          {webIdentity === undefined && <option value="">none</option>}
          {choices.webIdentityRoles.map((choice) => (
            <option key={`${choice.roleArn} ${choice.providerArn}`} value={choice.roleArn}>
              {roleName(choice.roleArn)} ({providerName(choice.providerArn)})
            </option>
          ))}
        </SelectField>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Root user (the IAM user&apos;s account): {root === undefined ? 'none with an access key in this world' : `${root.arn} (${root.accessKeyId})`}
      </p>
    </div>
  )
}

/** The last part of an ARN's resource: the role's or provider's name. */
function roleName(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1)
}

function providerName(arn: string): string {
  return arn.split(':').slice(5).join(':').replace(/^(saml-provider|oidc-provider)\//, '')
}
