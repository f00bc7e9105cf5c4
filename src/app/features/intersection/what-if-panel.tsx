// What-if: switch policy layers off, or edit the session policy or the boundary in place. The grid
// then shows a hypothetical state, computed by the engine and never applied to the world.
import type { ComponentType } from 'react'
import type { PolicyGridLayer, PolicyProblem, WhatIf } from '../../engine/types.ts'
import type { PolicyFieldProps } from '../../ui/document-field-props.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import { POLICY_LAYERS } from './overview-table.tsx'
import { LAYER_TITLES } from './verdict-words.ts'

interface WhatIfPanelProps {
  whatIf: WhatIf
  onChange: (whatIf: WhatIf) => void
  /** The texts an edit starts from: the session policy the credentials carry, the principal's inline boundary. */
  startTexts: { sessionPolicy: string; boundary: string }
  /** The editor the view plugs in (the policy-editor feature's field). */
  PolicyField: ComponentType<PolicyFieldProps>
  /** The engine's problems with the edited texts (those texts are then ignored). */
  problems: readonly PolicyProblem[]
}

const EMPTY_POLICY = '{\n  "Version": "2012-10-17",\n  "Statement": []\n}'

function EditedPolicy({ kind, title, value, onChange, onStop, PolicyField }: { kind: 'session' | 'boundary'; title: string; value: string; onChange: (text: string) => void; onStop: () => void; PolicyField: ComponentType<PolicyFieldProps> }) {
  const id = `what-if-${kind}`
  return (
    <div className="flex flex-col gap-2">
      <PolicyField
        id={id}
        kind={kind}
        label={title}
        value={value}
        onChange={onChange}
        describedBy={`${id}-hint`}
        hints={
          <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
            Hypothetical: the grid uses this text as you type; the world and the issued credentials keep theirs.
          </p>
        }
      />
      <button type="button" className={`${secondaryButton} self-start`} onClick={onStop}>
        Stop editing the {kind === 'session' ? 'session policy' : 'permissions boundary'}
      </button>
    </div>
  )
}

export function WhatIfPanel({ whatIf, onChange, startTexts, PolicyField, problems }: WhatIfPanelProps) {
  const off = whatIf.off ?? []
  const changed = off.length > 0 || whatIf.sessionPolicy !== undefined || whatIf.boundary !== undefined
  const toggle = (layer: PolicyGridLayer, isOff: boolean) => onChange({ ...whatIf, off: isOff ? POLICY_LAYERS.filter((l) => l === layer || off.includes(l)) : off.filter((l) => l !== layer) })
  const without = (key: 'sessionPolicy' | 'boundary'): WhatIf => {
    const { [key]: dropped, ...rest } = whatIf
    void dropped
    return rest
  }
  return (
    <section aria-labelledby="what-if-title" className="flex flex-col gap-3 rounded-lg border border-dashed border-amber-500 p-4 dark:border-amber-600">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id="what-if-title" className="text-sm font-semibold">
            What if…
          </h3>
          <p className="text-xs text-slate-600 dark:text-slate-400">Switch a layer off or edit a policy here: the grid recomputes, the world stays as it is.</p>
        </div>
        {changed && (
          <button type="button" className={secondaryButton} onClick={() => onChange({})}>
            Back to the real policies
          </button>
        )}
      </div>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="mb-1 font-medium">Layers switched off</legend>
        {POLICY_LAYERS.map((layer) => (
          <label key={layer} className="inline-flex items-center gap-1.5">
            <input type="checkbox" checked={off.includes(layer)} onChange={(event) => toggle(layer, event.target.checked)} />
            {LAYER_TITLES[layer]} off
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        {whatIf.sessionPolicy === undefined && (
          <button type="button" className={secondaryButton} onClick={() => onChange({ ...whatIf, sessionPolicy: startTexts.sessionPolicy || EMPTY_POLICY })}>
            Edit the session policy
          </button>
        )}
        {whatIf.boundary === undefined && (
          <button type="button" className={secondaryButton} onClick={() => onChange({ ...whatIf, boundary: startTexts.boundary || EMPTY_POLICY })}>
            Edit the permissions boundary
          </button>
        )}
      </div>
      {whatIf.sessionPolicy !== undefined && (
        <EditedPolicy kind="session" title="Session policy (what-if)" value={whatIf.sessionPolicy} onChange={(text) => onChange({ ...whatIf, sessionPolicy: text })} onStop={() => onChange(without('sessionPolicy'))} PolicyField={PolicyField} />
      )}
      {whatIf.boundary !== undefined && (
        <EditedPolicy kind="boundary" title="Permissions boundary (what-if)" value={whatIf.boundary} onChange={(text) => onChange({ ...whatIf, boundary: text })} onStop={() => onChange(without('boundary'))} PolicyField={PolicyField} />
      )}
      {problems.length > 0 && (
        <div role="status" className="text-sm text-amber-950 dark:text-amber-100">
          <p className="font-semibold">
            <span aria-hidden="true">⚠ </span>The engine ignores an edited text it cannot read:
          </p>
          <ul className="list-disc pl-5">
            {problems.map((problem, index) => (
              <li key={index}>{problem.path !== '' ? `${problem.path}: ` : ''}{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
