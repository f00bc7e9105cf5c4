import { useRef, useState, type ComponentType } from 'react'
import type { World, WorldProblem } from '../../engine/types.ts'
import { primaryButton } from '../../ui/buttons.ts'
import type { PolicyFieldProps } from '../../ui/document-field-props.ts'
import { Panel } from '../../ui/panel.tsx'
import { ProblemList } from '../../ui/problem-list.tsx'
import { itemKey } from '../../ui/item-keys.ts'
import { newOrganization } from './organization-draft.ts'
import { addPolicy, listOf, removePolicy, setOrganization, type OrgPolicyKind, type Organization } from './organization-model.ts'
import { OrganizationSettingsCard } from './organization-settings-card.tsx'
import { OrgPolicyCard } from './org-policy-card.tsx'
import { newOrgPolicy } from './org-policy-draft.ts'
import { CardSection } from '../../ui/card-section.tsx'

export interface OrganizationEditorProps {
  world: World
  /** Applies an edited world: returns [] when it was valid and applied, else the problems (paths like `organization.scps[0].document`); then nothing changed. */
  apply: (next: World) => readonly WorldProblem[]
  /** The policy editor (Monaco), plugged in by the view: used for every SCP and RCP document. */
  PolicyField: ComponentType<PolicyFieldProps>
}

/** The settings card's key: there is at most one organization. */
const SETTINGS_KEY = 'organization'

const SECTIONS: Record<OrgPolicyKind, { title: string; intro: string; emptyText: string }> = {
  scp: {
    title: 'Service control policies (SCPs)',
    intro: 'The most principals of member accounts may do. A level (the root, or an account) with no SCP attached behaves as if FullAWSAccess were.',
    emptyText: 'None: every level behaves as FullAWSAccess, so SCPs limit nothing.',
  },
  rcp: {
    title: 'Resource control policies (RCPs)',
    intro: 'The most anyone may do to resources of member accounts. RCPFullAWSAccess is always attached, so a level with no RCP limits nothing.',
    emptyText: 'None: every level behaves as RCPFullAWSAccess, so RCPs limit nothing.',
  },
}

/**
 * The world's AWS Organization, editable: its accounts, its SCPs and RCPs and where they are
 * attached, and the AssumeRoot settings. Each card keeps its edit as a draft until Apply; adding and
 * removing apply at once.
 */
export function OrganizationEditor({ world, apply, PolicyField }: OrganizationEditorProps) {
  // The card of an item just added opens, ready to edit.
  const [added, setAdded] = useState<string | undefined>(undefined)
  // Problems of a create, add or remove (the cards show their own).
  const [problems, setProblems] = useState<readonly WorldProblem[]>([])
  const commit = (next: World): boolean => {
    const result = apply(next)
    setProblems(result)
    return result.length === 0
  }
  // After a removal the card is gone: the keyboard goes to a heading, not to the page's start.
  const panelHeading = useRef<HTMLHeadingElement>(null)
  const scpHeading = useRef<HTMLHeadingElement>(null)
  const rcpHeading = useRef<HTMLHeadingElement>(null)
  const headings = { scp: scpHeading, rcp: rcpHeading }
  const organization = world.organization
  const created = organization === undefined ? newOrganization(world) : undefined

  const section = (org: Organization, kind: OrgPolicyKind) => {
    const policies = org[listOf(kind)]
    const text = SECTIONS[kind]
    return (
      <CardSection
        id={`organization-${kind}s`}
        headingRef={headings[kind]}
        title={`${text.title} (${policies.length})`}
        intro={text.intro}
        emptyText={text.emptyText}
        isEmpty={policies.length === 0}
        addLabel={`Add ${kind.toUpperCase()}`}
        onAdd={() => {
          const policy = newOrgPolicy(org, kind)
          if (commit(addPolicy(world, org, kind, policy))) setAdded(itemKey(policy))
        }}
      >
        {policies.map((policy, index) => {
          const key = itemKey(policy)
          return (
            <OrgPolicyCard
              key={key}
              world={world}
              organization={org}
              kind={kind}
              index={index}
              policy={policy}
              defaultOpen={key === added}
              apply={apply}
              onRemove={() => {
                if (commit(removePolicy(world, org, kind, index))) headings[kind].current?.focus()
              }}
              PolicyField={PolicyField}
            />
          )
        })}
      </CardSection>
    )
  }

  return (
    <div data-testid="organization-editor" className="min-w-0">
      <Panel id="organization-editor" title="Organization" description="AWS Organizations: which accounts belong together, and the SCPs and RCPs that limit them. Edit, apply, and send again.">
        <h3 ref={panelHeading} tabIndex={-1} className="sr-only">
          {organization === undefined ? 'No organization' : `Organization ${organization.id}`}
        </h3>
        <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
          <li>SCPs and RCPs do not apply to the management account: its principals and resources are never limited by them.</li>
          <li>A level (the root, or an account) without any SCP behaves as FullAWSAccess; without any RCP, as RCPFullAWSAccess. An account is limited by what its own level and the root both allow.</li>
        </ul>
        <ProblemList id="organization-editor-problems" problems={problems} consequence="The world was not changed." />
        {organization === undefined ? (
          <div className="flex flex-col gap-2">
            <p className="text-sm text-slate-700 dark:text-slate-300">This world has no organization: no SCP or RCP limits any account, and no principal carries aws:PrincipalOrgID.</p>
            <div>
              <button
                type="button"
                className={primaryButton}
                disabled={created === undefined}
                onClick={() => {
                  if (created !== undefined && commit(setOrganization(world, created))) setAdded(SETTINGS_KEY)
                }}
              >
                Create an organization
              </button>
            </div>
            {created === undefined && <p className="text-xs text-slate-600 dark:text-slate-400">The world has no account to manage it: add an account first.</p>}
          </div>
        ) : (
          <>
            <OrganizationSettingsCard
              key={SETTINGS_KEY}
              world={world}
              organization={organization}
              defaultOpen={added === SETTINGS_KEY}
              apply={apply}
              onRemove={() => {
                if (commit(setOrganization(world, undefined))) panelHeading.current?.focus()
              }}
            />
            {section(organization, 'scp')}
            {section(organization, 'rcp')}
          </>
        )}
      </Panel>
    </div>
  )
}
