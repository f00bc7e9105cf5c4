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
}

/** The select's value: the pick while the world offers it, else what the engine used, else nothing (it found none). */
function current(pick: string | undefined, used: string | undefined, offered: readonly string[]): string {
  return pick !== undefined && offered.includes(pick) ? pick : (used ?? '')
}

function Used({ text }: { text: string | undefined }) {
  return <span>{text === undefined ? 'The world offers none: the rows that need one say why.' : `Used: ${text}`}</span>
}

export function SubjectPicker({ choices, subjects, picks, onPick }: SubjectPickerProps) {
  const { user, role, saml, webIdentity } = subjects
  const pick = (name: keyof ComparisonPicks) => (value: string) => onPick({ ...picks, [name]: value })
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      <SelectField id="compare-user" label="IAM user" value={current(picks.userArn, user?.arn, choices.users.map((c) => c.arn))} onChange={pick('userArn')} hint={<Used text={user === undefined ? undefined : `${user.name} (${user.accessKeyId})${user.mfaSerial === undefined ? ', no MFA device' : ', with an MFA device'}`} />}>
        {user === undefined && <option value="">none</option>}
        {choices.users.map((choice) => (
          <option key={choice.arn} value={choice.arn}>
            {choice.name}
          </option>
        ))}
      </SelectField>
      <SelectField id="compare-role" label="Role for AssumeRole" value={current(picks.roleArn, role?.arn, choices.roles.map((c) => c.arn))} onChange={pick('roleArn')} hint={<Used text={role?.arn} />}>
        {role === undefined && <option value="">none</option>}
        {choices.roles.map((choice) => (
          <option key={choice.arn} value={choice.arn}>
            {choice.name} (max {durationWords(choice.maxSessionDuration)})
          </option>
        ))}
      </SelectField>
      <SelectField id="compare-saml-role" label="Role for AssumeRoleWithSAML" value={current(picks.samlRoleArn, saml?.roleArn, choices.samlRoles.map((c) => c.roleArn))} onChange={pick('samlRoleArn')} hint={<Used text={saml === undefined ? undefined : `${saml.roleArn} via ${saml.providerArn}`} />}>
        {saml === undefined && <option value="">none</option>}
        {choices.samlRoles.map((choice) => (
          <option key={`${choice.roleArn} ${choice.providerArn}`} value={choice.roleArn}>
            {roleName(choice.roleArn)} ({providerName(choice.providerArn)})
          </option>
        ))}
      </SelectField>
      <SelectField id="compare-web-identity-role" label="Role for AssumeRoleWithWebIdentity" value={current(picks.webIdentityRoleArn, webIdentity?.roleArn, choices.webIdentityRoles.map((c) => c.roleArn))} onChange={pick('webIdentityRoleArn')} hint={<Used text={webIdentity === undefined ? undefined : `${webIdentity.roleArn} via ${webIdentity.providerArn}`} />}>
        {webIdentity === undefined && <option value="">none</option>}
        {choices.webIdentityRoles.map((choice) => (
          <option key={`${choice.roleArn} ${choice.providerArn}`} value={choice.roleArn}>
            {roleName(choice.roleArn)} ({providerName(choice.providerArn)})
          </option>
        ))}
      </SelectField>
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
