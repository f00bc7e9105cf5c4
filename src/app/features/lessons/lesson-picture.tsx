import type { LessonPicture as Picture } from '../../engine/lessons.ts'

/** A lesson's small picture: a chain of hops, or overlapping policy layers; its words say the same. */
export function LessonPicture({ picture }: { picture: Picture }) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-950">
      {picture.kind === 'chain' ? <Chain nodes={picture.nodes} edges={picture.edges} /> : <Venn sets={picture.sets} overlap={picture.overlap} />}
      <figcaption className="mt-3 text-sm text-slate-700 dark:text-slate-300">{picture.caption}</figcaption>
    </figure>
  )
}

function Chain({ nodes, edges }: { nodes: readonly string[]; edges: readonly string[] }) {
  const words = nodes.map((node, index) => (index < nodes.length - 1 ? `${node}, then ${edges[index] ?? 'a call'} to` : node)).join(' ')
  return (
    <ol aria-label={`A chain: ${words}`} className="flex flex-col items-stretch gap-1 sm:flex-row sm:flex-wrap sm:items-center">
      {nodes.map((node, index) => (
        <li key={index} className="flex flex-col items-center gap-1 sm:flex-row">
          <span className="rounded-md border border-indigo-300 bg-white px-3 py-1.5 text-center font-mono text-xs font-semibold text-slate-900 dark:border-indigo-700 dark:bg-slate-900 dark:text-slate-100">
            {node}
          </span>
          {index < nodes.length - 1 && (
            <span className="flex flex-col items-center px-1 text-xs text-indigo-800 sm:flex-row dark:text-indigo-200">
              <span className="font-mono">{edges[index] ?? ''}</span>
              <span aria-hidden="true" className="text-base leading-none">
                <span className="sm:hidden">↓</span>
                <span className="hidden sm:inline"> →</span>
              </span>
            </span>
          )}
        </li>
      ))}
    </ol>
  )
}

const COLOURS = ['fill-sky-400/30 stroke-sky-600', 'fill-amber-400/30 stroke-amber-600', 'fill-emerald-400/30 stroke-emerald-600']

function Venn({ sets, overlap }: { sets: readonly string[]; overlap: string }) {
  const three = sets.length >= 3
  const circles = three
    ? [
        { cx: 120, cy: 85, label: { x: 70, y: 40 } },
        { cx: 180, cy: 85, label: { x: 230, y: 40 } },
        { cx: 150, cy: 135, label: { x: 150, y: 205 } },
      ]
    : [
        { cx: 115, cy: 105, label: { x: 70, y: 30 } },
        { cx: 185, cy: 105, label: { x: 230, y: 30 } },
      ]
  const centre = three ? { x: 150, y: 105 } : { x: 150, y: 110 }
  return (
    <svg viewBox="0 0 300 215" role="img" aria-label={`Overlapping layers: ${sets.join(', ')}. Only their overlap takes effect: ${overlap}.`} className="mx-auto block h-auto w-full max-w-sm">
      {circles.slice(0, sets.length).map((circle, index) => (
        <circle key={index} cx={circle.cx} cy={circle.cy} r={three ? 62 : 72} className={`${COLOURS[index % COLOURS.length]} stroke-2`} />
      ))}
      {circles.slice(0, sets.length).map((circle, index) => (
        <text key={index} x={circle.label.x} y={circle.label.y} textAnchor="middle" className="fill-slate-900 text-[12px] font-semibold dark:fill-slate-100">
          {sets[index]}
        </text>
      ))}
      <text x={centre.x} y={centre.y} textAnchor="middle" className="fill-slate-950 text-[11px] font-bold dark:fill-white">
        {overlap}
      </text>
    </svg>
  )
}
