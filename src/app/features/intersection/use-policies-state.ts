// The Policies view's choices, and the engine requests they make: whose permissions, which actions
// and resource, the what-if, the opened cell, the overview's access levels and the funnel's layers.
import { useMemo, useState } from 'react'
import type { AccessLevel, GridRequest, GridSubject, OverviewRequest, PolicyGridLayer, WhatIf } from '../../engine/types.ts'
import { parseActionSelection } from './action-selection.ts'
import type { OpenCell } from './intersection-grid.tsx'
import { ACCESS_LEVELS } from './overview-table.tsx'
import { chosenSubject } from './subject-store.ts'
import { findSubjectOption, subjectValue, type SubjectGroup } from './subject-options.ts'

export const DEFAULT_ACTIONS = 's3:GetObject, s3:GetBucketPolicy, s3:PutObject, s3:ListBucket'

/** True when the what-if changes anything (the grid is then hypothetical). */
export function whatIfActive(whatIf: WhatIf): boolean {
  return (whatIf.off?.length ?? 0) > 0 || whatIf.sessionPolicy !== undefined || whatIf.boundary !== undefined
}

export function usePoliciesState(groups: readonly SubjectGroup[]) {
  const [subjectPick, setSubjectPick] = useState<string>(() => {
    const chosen = chosenSubject()
    return chosen === undefined ? '' : subjectValue(chosen)
  })
  const [draftPolicy, setDraftPolicy] = useState(() => {
    const chosen = chosenSubject()
    return chosen?.kind === 'draft' ? (chosen.sessionPolicy ?? '') : ''
  })
  const [actionsText, setActionsText] = useState(DEFAULT_ACTIONS)
  const [resource, setResource] = useState('')
  const [whatIf, setWhatIf] = useState<WhatIf>({})
  const [open, setOpen] = useState<OpenCell | undefined>(undefined)
  const [accessLevels, setAccessLevels] = useState<AccessLevel[]>([...ACCESS_LEVELS])
  const [funnelLayers, setFunnelLayers] = useState<PolicyGridLayer[]>(['identity', 'boundary', 'session'])
  const [funnelService, setFunnelService] = useState('s3')

  // The pick while the world offers it, else the first subject offered (the newest credentials).
  const selected = findSubjectOption(groups, subjectPick) ?? groups[0]?.options[0]
  const subject = useMemo<GridSubject | undefined>(() => {
    if (selected === undefined) return undefined
    if (selected.subject.kind === 'draft') return draftPolicy.trim() === '' ? selected.subject : { ...selected.subject, sessionPolicy: draftPolicy }
    return selected.subject
  }, [selected, draftPolicy])
  const parsed = useMemo(() => parseActionSelection(actionsText), [actionsText])
  const active = whatIfActive(whatIf)
  const trimmedResource = resource.trim()

  const gridRequest = useMemo<GridRequest | undefined>(
    () =>
      subject === undefined || !parsed.ok
        ? undefined
        : { subject, actions: parsed.selection, ...(trimmedResource === '' ? {} : { resource: trimmedResource }), ...(active ? { whatIf } : {}) },
    [subject, parsed, trimmedResource, active, whatIf],
  )
  const traceRequest = useMemo<GridRequest | undefined>(
    () => (gridRequest === undefined || open === undefined ? undefined : { ...gridRequest, actions: { kind: 'list', actions: [open.action] }, resource: open.resource }),
    [gridRequest, open],
  )
  const overviewRequest = useMemo<OverviewRequest | undefined>(
    () => (subject === undefined ? undefined : { subject, ...(active ? { whatIf } : {}), ...(accessLevels.length === ACCESS_LEVELS.length ? {} : { accessLevels }) }),
    [subject, active, whatIf, accessLevels],
  )

  return {
    selected,
    pickSubject: (value: string) => {
      setSubjectPick(value)
      setOpen(undefined)
    },
    draftPolicy,
    setDraftPolicy,
    actionsText,
    setActionsText,
    actionsProblem: parsed.ok ? undefined : parsed.problem,
    resource,
    setResource,
    resourceSet: trimmedResource !== '' && trimmedResource !== '*',
    whatIf,
    setWhatIf,
    whatIfActive: active,
    open,
    setOpen,
    accessLevels,
    setAccessLevels,
    funnelLayers,
    setFunnelLayers,
    funnelService,
    setFunnelService,
    gridRequest,
    traceRequest,
    overviewRequest,
  }
}
