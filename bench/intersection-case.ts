// The policy-intersection grid (#/policies, issue [10]) for the demo world, computed in process: a
// draft session of teams/analytics/ReadOnly with a session policy, every layer present (SCPs of the
// organization, identity policy, boundary, session policy; the reports bucket's policy as the
// resource layer), over every s3 action of the catalogue; and the overview of the whole catalogue.
// Each iteration is a millisecond later on the engine clock, so no result is reused.
import { demoWorld, intersectionGrid, intersectionOverview, loadIamCatalogue, type GridRequest, type IamCatalogue, type OverviewRequest } from '../src/engine/index.ts'
import { T0 } from '../src/engine/testing/sign-request.ts'

const SUBJECT = {
  kind: 'draft' as const,
  principalArn: 'arn:aws:iam::111111111111:role/teams/analytics/ReadOnly',
  sessionPolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:GetBucketPolicy', 's3:PutObject'], Resource: '*' }] }),
}
const sessionKey = new Uint8Array(32).fill(7)

export async function intersectionCases() {
  const catalogue: IamCatalogue = await loadIamCatalogue()
  let ms = 0
  const gridRequest: GridRequest = { subject: SUBJECT, actions: { kind: 'service', service: 's3' }, resource: 'arn:aws:s3:::reports/uploads/a.csv' }
  const overviewRequest: OverviewRequest = { subject: SUBJECT }
  const grid = () => intersectionGrid({ world: demoWorld, sessionKey }, gridRequest, T0 + ++ms, catalogue)
  const overview = () => intersectionOverview({ world: demoWorld, sessionKey }, overviewRequest, T0 + ++ms, catalogue)
  const s3Actions = catalogue.actionsOf('s3').length
  return {
    grid: {
      name: `Intersection grid: every s3 action (${s3Actions}) × every layer, demo world (goal: at most 16 ms)`,
      run: grid,
      check(): void {
        const result = grid()
        const cells = result.ok ? result.rows.find((row) => row.action === 's3:GetObject')?.cells.map((cell) => cell.verdict) : undefined
        if (!result.ok || result.rows.length !== s3Actions || cells?.at(-1) !== 'allow') throw new Error(`Intersection grid: unexpected answer ${JSON.stringify(result).slice(0, 300)}`)
      },
    },
    overview: {
      name: `Intersection overview: the whole catalogue (${catalogue.actionCount} actions) per service (goal: at most 100 ms)`,
      run: overview,
      check(): void {
        const result = overview()
        if (!result.ok || result.totals.total !== catalogue.actionCount || result.totals.survive < 1) throw new Error(`Intersection overview: unexpected answer ${JSON.stringify(result).slice(0, 300)}`)
      },
    },
  }
}
