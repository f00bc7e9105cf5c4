// One picture for a projector: two or three chosen layers and the survivors as a funnel, drawn from
// the overview's numbers, with a title, a description and every number in text.
import { useId } from 'react'
import type { OverviewRow, PolicyGridLayer } from '../../engine/types.ts'
import { FUNNEL_WIDTH, funnelGeometry } from './funnel-geometry.ts'
import { POLICY_LAYERS } from './overview-table.tsx'
import { LAYER_TITLES } from './verdict-words.ts'

interface FunnelChartProps {
  row: OverviewRow
  layers: readonly PolicyGridLayer[]
  onLayersChange: (layers: PolicyGridLayer[]) => void
}

const FILLS = ['fill-sky-600', 'fill-indigo-600', 'fill-violet-700']

export function FunnelChart({ row, layers, onLayersChange }: FunnelChartProps) {
  const id = useId()
  const steps = [...layers.map((layer) => ({ label: `${LAYER_TITLES[layer]} allows`, count: row.allowedBy[layer] })), { label: 'Survive every layer', count: row.survive }]
  const geometry = funnelGeometry(row.total, steps)
  const words = `${row.serviceName}: ${row.total} actions; ${steps.map((step) => `${step.label} ${step.count}`).join('; ')}.`
  const toggle = (layer: PolicyGridLayer, on: boolean) => {
    const next = on ? POLICY_LAYERS.filter((l) => l === layer || layers.includes(l)) : layers.filter((l) => l !== layer)
    if (next.length >= 1 && next.length <= 3) onLayersChange(next)
  }
  return (
    <figure className="flex flex-col gap-3" data-testid="intersection-funnel">
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="mb-1 font-medium">Layers in the picture (one to three)</legend>
        {POLICY_LAYERS.map((layer) => (
          <label key={layer} className="inline-flex items-center gap-1.5">
            <input type="checkbox" checked={layers.includes(layer)} disabled={!layers.includes(layer) && layers.length >= 3} onChange={(event) => toggle(layer, event.target.checked)} />
            {LAYER_TITLES[layer]}
          </label>
        ))}
      </fieldset>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${FUNNEL_WIDTH} ${geometry.height}`} className="w-full max-w-3xl">
        <title id={`${id}-title`}>{`How many ${row.serviceName} actions each chosen layer allows, and how many survive`}</title>
        <desc id={`${id}-desc`}>{words}</desc>
        {geometry.bars.map((bar, index) => (
          <g key={bar.label}>
            <rect x={0} y={bar.y} width={FUNNEL_WIDTH} height={bar.height} rx={4} className="fill-slate-100 dark:fill-slate-800" />
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={4} className={index === geometry.bars.length - 1 ? 'fill-emerald-700' : (FILLS[index] ?? 'fill-slate-600')} />
            <text x={FUNNEL_WIDTH / 2} y={bar.y + 24} textAnchor="middle" paintOrder="stroke" strokeWidth={4} className="fill-slate-900 stroke-white text-[15px] font-semibold dark:fill-white dark:stroke-slate-900">
              {`${bar.label}: ${bar.count}`}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <ol className="flex flex-col gap-0.5 text-sm">
          <li>
            {row.serviceName}: <span className="font-semibold tabular-nums">{row.total}</span> actions
          </li>
          {steps.map((step) => (
            <li key={step.label}>
              {step.label}: <span className="font-semibold tabular-nums">{step.count}</span> of {row.total}
            </li>
          ))}
        </ol>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">A layer that does not apply to this caller (no session policy, no boundary, no organization) limits nothing: it counts all {row.total}.</p>
      </figcaption>
    </figure>
  )
}
