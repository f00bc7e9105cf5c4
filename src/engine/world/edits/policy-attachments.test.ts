import { describe, expect, it } from 'vitest'
import { demoWorld } from '../demo-world.ts'
import { editTestWorld, READ_REPORTS } from './edit-test-world.ts'
import { policyAttachments } from './policy-attachments.ts'

describe('policyAttachments', () => {
  it.each([
    {
      name: 'a policy attached as permissions and as a boundary',
      world: editTestWorld(),
      arn: READ_REPORTS,
      expected: [
        { path: 'roles[1].permissionsBoundaryArn', entity: 'role', name: 'Batch', as: 'boundary' },
        { path: 'roles[11].managedPolicyArns[0]', entity: 'role', name: 'Auditor', as: 'permissions' },
      ],
    },
    { name: 'a policy attached nowhere', world: editTestWorld(), arn: 'arn:aws:iam::111111111111:policy/Unused', expected: [] },
    { name: 'a world without managed policies', world: demoWorld, arn: READ_REPORTS, expected: [] },
  ])('$name', ({ world, arn, expected }) => expect(policyAttachments(world, arn)).toEqual(expected))
})
