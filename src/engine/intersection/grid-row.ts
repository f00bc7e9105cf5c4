import { credentialRestriction } from '../authorization/credential-restrictions.ts'
import { GRANT_ORDER } from '../policy/authorize.ts'
import type { CatalogueAction } from '../policy/catalogue/iam-catalogue.ts'
import { decide, reasonFor, type LayerVerdicts, type Outcome } from '../policy/decide.ts'
import { LAYER_WORDS, type LayerName } from '../policy/layers.ts'
import type { PrincipalMatchKind } from '../policy/principal-match.ts'
import type { GridSetup } from './grid-setup.ts'
import { GRID_LAYERS, type GridCell, type GridLayer, type GridRow } from './intersection-types.ts'
import { answerLayer, type LayerAnswer } from './layer-statements.ts'

/** The policy layers in the order decide() reads a Deny in them. */
const DENY_ORDER: readonly LayerName[] = ['scp', 'rcp', 'resource', 'identity', 'boundary', 'session']

/** Each present layer's answer for one action, and the layer verdicts decide() takes. */
export function layerAnswers(setup: GridSetup, action: string): { answers: Partial<Record<LayerName, LayerAnswer>>; verdicts: LayerVerdicts } {
  const answers: Partial<Record<LayerName, LayerAnswer>> = {}
  const verdicts: LayerVerdicts = {}
  for (const layer of DENY_ORDER) {
    const levels = setup.judged[layer]
    if (!levels) continue
    const answer = answerLayer(levels, action)
    answers[layer] = answer
    verdicts[layer] = answer.verdict
  }
  const resource = answers.resource
  if (resource?.verdict === 'allow') {
    const grant = GRANT_ORDER.find((kind) => resource.grants.includes(kind))
    if (grant) verdicts.resourceGrant = grant
  }
  return { answers, verdicts }
}

/** A grant that names the caller itself: within one account it is not limited by the boundary or session policies (IAM User Guide, "Session policies"). */
const DIRECT_GRANTS: ReadonlySet<PrincipalMatchKind> = new Set(['user', 'role-session', 'federated-user'])

interface GrantNotes {
  resource?: string
  ceilings?: string
}

function grantNotes(setup: GridSetup, grant: PrincipalMatchKind | undefined): GrantNotes {
  if (!grant) return {}
  if (setup.facts.crossAccount) return { resource: 'Across accounts the resource policy and the caller’s own policies must both allow (IAM User Guide, "Cross-account policy evaluation logic").' }
  if (DIRECT_GRANTS.has(grant) && !setup.facts.trustPolicy) {
    const who = grant === 'role-session' ? 'the role session’s ARN' : grant === 'user' ? 'the IAM user’s ARN' : 'the federated user session’s ARN'
    return {
      resource: `The resource policy names ${who}: the permissions boundary and session policies do not limit this grant (IAM User Guide, "Session policies").`,
      ceilings: `Does not limit this request: the resource policy grants ${who} directly.`,
    }
  }
  if (grant === 'role' || grant === 'federating-user') {
    const who = grant === 'role' ? 'the role’s ARN, not the session’s' : 'the IAM user behind the federated session'
    return {
      resource: `The resource policy names ${who}: the permissions boundary and session policies still limit this grant (IAM User Guide, "Session policies").`,
      ceilings: `Limits this request: the resource policy’s grant names ${who}.`,
    }
  }
  return {}
}

function layerCell(setup: GridSetup, layer: LayerName, answer: LayerAnswer | undefined, notes: GrantNotes, resourceAllowed: boolean): GridCell {
  const policies = setup.policies
  if (!answer) {
    const off = policies.off.has(layer) ? { note: 'Switched off by the what-if.' } : {}
    return { layer, verdict: 'not-applicable', ...off }
  }
  const cellNotes: string[] = []
  if (layer === 'identity' && policies.off.has('identity')) cellNotes.push('Switched off by the what-if: no identity-based policies.')
  if ((layer === 'boundary' || layer === 'session') && policies.replaced.has(layer)) cellNotes.push('Replaced by the what-if text.')
  if (layer === 'session' && isFederationWithoutPolicy(setup)) {
    cellNotes.push(
      'A GetFederationToken session without a session policy has no permissions, except where a resource policy names the federated user (AWS STS API Reference, GetFederationToken; IAM User Guide, "Session policies").',
    )
  }
  if (resourceAllowed && layer === 'resource' && notes.resource) cellNotes.push(notes.resource)
  if (resourceAllowed && (layer === 'boundary' || layer === 'session') && notes.ceilings) cellNotes.push(notes.ceilings)
  const note = cellNotes.length > 0 ? { note: cellNotes.join(' ') } : {}
  if (answer.verdict === 'deny') return { layer, verdict: 'explicit-deny', ...(answer.statement ? { statement: answer.statement } : {}), ...note }
  if (answer.missing) return { layer, verdict: 'missing-key', statement: answer.missing.ref, missingKeys: answer.missing.missingKeys, ...note }
  if (answer.verdict === 'allow') return { layer, verdict: 'allow', ...(answer.statement ? { statement: answer.statement } : {}), ...note }
  return { layer, verdict: 'implicit-deny', ...note }
}

function isFederationWithoutPolicy(setup: GridSetup): boolean {
  const session = setup.subject.session
  return session?.federatedName !== undefined && session.policies.length === 0 && session.policyArns.length === 0 && !setup.policies.replaced.has('session')
}

function finalCell(outcome: Outcome, action: string): GridCell {
  const verdict = outcome.result === 'Allow' ? 'allow' : outcome.result === 'ExplicitDeny' ? 'explicit-deny' : 'implicit-deny'
  return { layer: 'final', verdict, note: reasonFor(outcome, action) }
}

/** One row: a cell per GRID_LAYERS entry, the final decision by the engine's decide(). */
export function gridRow(setup: GridSetup, entry: CatalogueAction): GridRow {
  const { action } = entry
  const { answers, verdicts } = layerAnswers(setup, action)
  const outcome = decide(verdicts, setup.facts)
  const notes = grantNotes(setup, verdicts.resourceGrant)
  const resourceAllowed = verdicts.resource === 'allow'
  const denying = DENY_ORDER.find((layer) => answers[layer]?.verdict === 'deny')
  const denyStatement = denying ? answers[denying]?.statement : undefined
  const restriction = credentialRestriction(setup.subject.session, action)
  const cells: GridCell[] = GRID_LAYERS.map((layer: GridLayer): GridCell => {
    if (layer === 'explicit-deny') {
      return denying
        ? { layer, verdict: 'explicit-deny', ...(denyStatement ? { statement: denyStatement } : {}), note: `A Deny statement in the ${LAYER_WORDS[denying]} applies.` }
        : { layer, verdict: 'not-applicable' }
    }
    if (layer === 'final') return restriction ? { layer, verdict: 'explicit-deny', note: restriction.why } : finalCell(outcome, action)
    return layerCell(setup, layer, answers[layer], notes, resourceAllowed)
  })
  return { action, accessLevel: entry.accessLevel, resource: setup.resourceArn, cells, ...(restriction ? { restriction } : {}) }
}
