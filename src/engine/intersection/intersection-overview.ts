import { credentialRestriction } from '../authorization/credential-restrictions.ts'
import type { CatalogueAction, IamCatalogue } from '../policy/catalogue/iam-catalogue.ts'
import { decide } from '../policy/decide.ts'
import type { World } from '../world/world-schema.ts'
import { layerAnswers } from './grid-row.ts'
import { gridSetup } from './grid-setup.ts'
import type { OverviewRequest, OverviewResult, OverviewRow, PolicyGridLayer } from './intersection-types.ts'

const POLICY_LAYERS: readonly PolicyGridLayer[] = ['rcp', 'scp', 'resource', 'identity', 'boundary', 'session']

const emptyRow = (service: string, serviceName: string): OverviewRow => ({
  service,
  serviceName,
  total: 0,
  allowedBy: { rcp: 0, scp: 0, resource: 0, identity: 0, boundary: 0, session: 0 },
  survive: 0,
})

function add(into: OverviewRow, row: OverviewRow): void {
  into.total += row.total
  into.survive += row.survive
  for (const layer of POLICY_LAYERS) into.allowedBy[layer] += row.allowedBy[layer]
}

/**
 * The funnel of the intersection, per service of the catalogue: how many of its actions each layer
 * allows and how many survive the final decision (with no resource: a statement counts whatever its
 * Resource, and no resource policy applies). A layer the caller does not have (no boundary, no
 * organization, no session policy, no resource policy) does not limit anything, so it counts as
 * allowing every action (`total`): the funnel then narrows only where a layer does. Services with
 * no action of the chosen access levels are left out. Statements are judged once and each action
 * costs a set lookup per statement (as in policy/effective-actions.ts).
 */
export function intersectionOverview(engine: { world: World; sessionKey: Uint8Array }, request: OverviewRequest, nowMs: number, catalogue: IamCatalogue): OverviewResult {
  const setup = gridSetup(engine, { subject: request.subject, whatIf: request.whatIf }, nowMs, catalogue)
  if (!setup.ok) return setup
  const levels = request.accessLevels ? new Set(request.accessLevels) : undefined
  const totals = emptyRow('*', 'All services')
  const rows: OverviewRow[] = []
  for (const service of catalogue.services()) {
    const actions: CatalogueAction[] = catalogue.actionsOf(service).filter((entry) => !levels || levels.has(entry.accessLevel))
    if (actions.length === 0) continue
    const row = emptyRow(service, catalogue.serviceName(service) ?? service)
    row.total = actions.length
    for (const { action } of actions) {
      const { answers, verdicts } = layerAnswers(setup, action)
      for (const layer of POLICY_LAYERS) {
        const answer = answers[layer]
        if (!answer || answer.verdict === 'allow') row.allowedBy[layer]++
      }
      if (decide(verdicts, setup.facts).result === 'Allow' && !credentialRestriction(setup.subject.session, action)) row.survive++
    }
    rows.push(row)
    add(totals, row)
  }
  return { ok: true, caller: setup.caller, rows, totals, hypothetical: setup.policies.hypothetical }
}
