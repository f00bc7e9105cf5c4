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
    <ol aria-label={`A chain: ${words}`} className="flex flex-col items-center gap-1">
      {nodes.map((node, index) => (
        <li key={index} className="flex flex-col items-center gap-1">
          <span className="rounded-md border border-indigo-300 bg-white px-3 py-1.5 text-center font-mono text-xs font-semibold text-slate-900 dark:border-indigo-700 dark:bg-slate-900 dark:text-slate-100">
            {node}
          </span>
          {index < nodes.length - 1 && (
            <span className="flex flex-col items-center px-1 text-center text-xs text-indigo-800 dark:text-indigo-200">
              <span className="font-mono">{edges[index] ?? ''}</span>
              <span aria-hidden="true" className="text-base leading-none">
                ↓
              </span>
            </span>
          )}
        </li>
      ))}
    </ol>
  )
}

const CIRCLE_COLOURS = ['fill-sky-400/30 stroke-sky-600', 'fill-amber-400/30 stroke-amber-600', 'fill-emerald-400/30 stroke-emerald-600']
const SWATCHES = ['bg-sky-400/40 border-sky-600', 'bg-amber-400/40 border-amber-600', 'bg-emerald-400/40 border-emerald-600']

/** Circles marked 1, 2, 3 and the overlap marked ✓, with the words in a key beside them (labels of any length fit). */
function Venn({ sets, overlap }: { sets: readonly string[]; overlap: string }) {
  const three = sets.length >= 3
  const circles = three
    ? [
        { cx: 75, cy: 70, mark: { x: 50, y: 58 } },
        { cx: 125, cy: 70, mark: { x: 150, y: 58 } },
        { cx: 100, cy: 112, mark: { x: 100, y: 150 } },
      ]
    : [
        { cx: 72, cy: 70, mark: { x: 42, y: 75 } },
        { cx: 128, cy: 70, mark: { x: 158, y: 75 } },
      ]
  const shown = circles.slice(0, sets.length)
  const centre = three ? { x: 100, y: 90 } : { x: 100, y: 76 }
  return (
    <div className="flex flex-col items-center gap-3 sm:flex-row sm:items-center">
      <svg viewBox={three ? '0 0 200 180' : '0 0 200 140'} aria-hidden="true" className="h-auto w-44 shrink-0">
        {shown.map((circle, index) => (
          <circle key={index} cx={circle.cx} cy={circle.cy} r={three ? 48 : 55} className={`${CIRCLE_COLOURS[index % CIRCLE_COLOURS.length]} stroke-2`} />
        ))}
        {shown.map((circle, index) => (
          <text key={index} x={circle.mark.x} y={circle.mark.y} textAnchor="middle" className="fill-slate-900 text-[16px] font-bold dark:fill-slate-100">
            {index + 1}
          </text>
        ))}
        <text x={centre.x} y={centre.y} textAnchor="middle" className="fill-emerald-800 text-[18px] font-bold dark:fill-emerald-300">
          ✓
        </text>
      </svg>
      <dl aria-label="Overlapping layers" className="flex min-w-0 flex-col gap-1.5 text-sm text-slate-800 dark:text-slate-200">
        {sets.map((set, index) => (
          <div key={index} className="flex items-start gap-2">
            <dt className="flex shrink-0 items-center gap-1">
              <span aria-hidden="true" className={`inline-block size-3 rounded-full border ${SWATCHES[index % SWATCHES.length]}`} />
              <span className="font-bold">{index + 1}</span>
              <span className="sr-only">: a layer</span>
            </dt>
            <dd>{set}</dd>
          </div>
        ))}
        <div className="flex items-start gap-2 font-semibold">
          <dt className="shrink-0 text-emerald-800 dark:text-emerald-300">
            <span aria-hidden="true">✓</span>
            <span className="sr-only">Where they overlap, what takes effect</span>
          </dt>
          <dd>{overlap}</dd>
        </div>
      </dl>
    </div>
  )
}
