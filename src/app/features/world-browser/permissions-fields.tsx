import type { ComponentType } from 'react'
import type { WorldProblem } from '../../engine/types.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import type { PolicyFieldProps } from '../../ui/document-field-props.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { hasProblemAt } from '../../ui/problem-paths.ts'
import { unusedName } from './new-ids.ts'
import type { PermissionsDraft } from './permissions-draft.ts'
import { PolicyDocumentInput } from './policy-document-input.tsx'

interface PermissionsFieldsProps {
  id: string
  /** `roles[3]`, `users[0]`: where problems of these fields are. */
  base: string
  draft: PermissionsDraft
  onChange: (update: (draft: PermissionsDraft) => PermissionsDraft) => void
  problems: readonly WorldProblem[]
  PolicyField: ComponentType<PolicyFieldProps>
}

const NEW_INLINE_POLICY = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*" }\n  ]\n}'

/** Inline policies, attached managed policies and the permissions boundary of a user or role. */
export function PermissionsFields({ id, base, draft, onChange, problems, PolicyField }: PermissionsFieldsProps) {
  const setPolicy = (index: number, change: Partial<PermissionsDraft['policies'][number]>) =>
    onChange((d) => ({ ...d, policies: d.policies.map((policy, i) => (i === index ? { ...policy, ...change } : policy)) }))
  return (
    <>
      <fieldset className="flex min-w-0 flex-col gap-3">
        <legend className="text-sm font-semibold text-slate-900 dark:text-slate-100">Inline policies ({draft.policies.length})</legend>
        {draft.policies.map((policy, index) => (
          <div key={index} className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <div className="flex min-w-0 flex-wrap items-end gap-2">
              <div className="min-w-0 flex-1">
                <EditorField id={`${id}-policy-${index}-name`} label="Policy name" value={policy.name} onChange={(name) => setPolicy(index, { name })} hint={null} invalid={hasProblemAt(problems, `${base}.policies[${index}].name`)} />
              </div>
              <button type="button" className={secondaryButton} onClick={() => onChange((d) => ({ ...d, policies: d.policies.filter((_, i) => i !== index) }))}>
                Remove {policy.name || 'policy'}
              </button>
            </div>
            <PolicyDocumentInput
              id={`${id}-policy-${index}`}
              label={`Inline policy ${policy.name || index + 1}`}
              kind="identity"
              value={policy.document}
              onChange={(document) => setPolicy(index, { document })}
              path={`${base}.policies[${index}].document`}
              problems={problems}
              PolicyField={PolicyField}
            />
          </div>
        ))}
        <div>
          <button
            type="button"
            className={secondaryButton}
            onClick={() => onChange((d) => ({ ...d, policies: [...d.policies, { name: unusedName('InlinePolicy', new Set(d.policies.map((p) => p.name))), document: NEW_INLINE_POLICY }] }))}
          >
            Add inline policy
          </button>
        </div>
      </fieldset>
      <EditorField
        id={`${id}-managed`}
        label="Attached managed policies"
        value={draft.managedPolicyArns}
        onChange={(managedPolicyArns) => onChange((d) => ({ ...d, managedPolicyArns }))}
        rows={3}
        invalid={hasProblemAt(problems, `${base}.managedPolicyArns`)}
        hint="One ARN per line: an AWS managed policy (arn:aws:iam::aws:policy/ReadOnlyAccess) or a customer managed one of the world. At most 20."
      />
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="text-sm font-semibold text-slate-900 dark:text-slate-100">Permissions boundary</legend>
        <div className="flex flex-wrap gap-4 text-sm text-slate-800 dark:text-slate-200">
          {(
            [
              ['none', 'None'],
              ['inline', 'A policy document'],
              ['arn', 'A managed policy'],
            ] as const
          ).map(([mode, label]) => (
            <label key={mode} className="flex items-center gap-1.5">
              <input type="radio" name={`${id}-boundary-mode`} checked={draft.boundaryMode === mode} onChange={() => onChange((d) => ({ ...d, boundaryMode: mode }))} />
              {label}
            </label>
          ))}
        </div>
        {draft.boundaryMode === 'inline' && (
          <PolicyDocumentInput
            id={`${id}-boundary`}
            label="Permissions boundary document"
            kind="boundary"
            value={draft.boundaryDocument}
            onChange={(boundaryDocument) => onChange((d) => ({ ...d, boundaryDocument }))}
            path={`${base}.permissionsBoundary`}
            problems={problems}
            PolicyField={PolicyField}
            hint="The most the identity policies can grant: an action must be allowed here and by an identity policy."
          />
        )}
        {draft.boundaryMode === 'arn' && (
          <EditorField
            id={`${id}-boundary-arn`}
            label="Boundary policy ARN"
            value={draft.boundaryArn}
            onChange={(boundaryArn) => onChange((d) => ({ ...d, boundaryArn }))}
            invalid={hasProblemAt(problems, `${base}.permissionsBoundaryArn`)}
            hint="A managed policy's ARN, AWS managed or customer managed."
          />
        )}
      </fieldset>
    </>
  )
}
