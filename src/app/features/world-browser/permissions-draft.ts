import type { WorldProblem, WorldRole, WorldUser } from '../../engine/types.ts'
import { documentText, linesText, readDocument, readLines } from './draft-text.ts'

/** What users and roles share: inline policies, attached managed policies and a permissions boundary. */
export interface PermissionsDraft {
  policies: { name: string; document: string }[]
  /** Attached managed policy ARNs, one per line. */
  managedPolicyArns: string
  /** No boundary, an inline document, or a managed policy named by ARN. */
  boundaryMode: 'none' | 'inline' | 'arn'
  boundaryName: string
  boundaryDocument: string
  boundaryArn: string
}

type Permissions = Pick<WorldUser & WorldRole, 'policies' | 'permissionsBoundary' | 'managedPolicyArns' | 'permissionsBoundaryArn'>

const EMPTY_BOUNDARY = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "s3:*", "Resource": "*" }\n  ]\n}'

export function permissionsDraft(entity: Permissions): PermissionsDraft {
  const boundary = entity.permissionsBoundary
  return {
    policies: entity.policies.map((policy) => ({ name: policy.name, document: documentText(policy.document) })),
    managedPolicyArns: linesText(entity.managedPolicyArns),
    boundaryMode: boundary !== undefined ? 'inline' : entity.permissionsBoundaryArn !== undefined ? 'arn' : 'none',
    boundaryName: boundary?.name ?? 'Boundary',
    boundaryDocument: boundary === undefined ? EMPTY_BOUNDARY : documentText(boundary.document),
    boundaryArn: entity.permissionsBoundaryArn ?? '',
  }
}

/** The draft's permissions as world fields; problems at `base` (`roles[3]`) paths when text does not read back. */
export function permissionsFrom(draft: PermissionsDraft, base: string, problems: WorldProblem[]): Permissions {
  const permissions: Permissions = {
    policies: draft.policies.map((policy, index) => ({ name: policy.name.trim(), document: readDocument(policy.document, `${base}.policies[${index}].document`, problems) })),
  }
  const arns = readLines(draft.managedPolicyArns)
  if (arns.length > 0) permissions.managedPolicyArns = arns
  if (draft.boundaryMode === 'inline') {
    permissions.permissionsBoundary = { name: draft.boundaryName.trim(), document: readDocument(draft.boundaryDocument, `${base}.permissionsBoundary.document`, problems) }
  } else if (draft.boundaryMode === 'arn') {
    permissions.permissionsBoundaryArn = draft.boundaryArn.trim()
  }
  return permissions
}

/** An entity without the permission fields, so the draft's can replace them (absent optional fields stay absent). */
export function withoutPermissions<T extends Permissions>(entity: T): Omit<T, keyof Permissions> {
  const rest: Partial<T> = { ...entity }
  delete rest.policies
  delete rest.managedPolicyArns
  delete rest.permissionsBoundary
  delete rest.permissionsBoundaryArn
  return rest as Omit<T, keyof Permissions>
}
