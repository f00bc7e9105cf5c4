import { useId, useMemo, useState } from 'react'
import { parseWorldText } from '../../engine/world-model.ts'
import type { World, WorldProblem } from '../../engine/types.ts'
import { sizeText, WORLD_FILE_MAX_BYTES } from '../../state/state-limits.ts'
import { SafeText } from '../../ui/safe-text.tsx'

interface WorldFileControlsProps {
  world: World
  /** Called only with a world that passed every check; says whether it could be saved (if not, nothing changed). */
  onImport: (world: World) => { ok: true } | { ok: false; reason: string }
}

const button =
  'inline-flex min-h-8 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-semibold text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700'

type ImportResult = { ok: true; name: string } | { ok: false; file: string; problems: WorldProblem[] } | { ok: 'not-saved'; file: string; reason: string }

/** Export the world as its JSON file; import one, which replaces the world only if it is valid. */
export function WorldFileControls({ world, onImport }: WorldFileControlsProps) {
  const inputId = useId()
  const [result, setResult] = useState<ImportResult | undefined>(undefined)
  const href = useMemo(() => URL.createObjectURL(new Blob([`${JSON.stringify(world, null, 2)}\n`], { type: 'application/json' })), [world])

  const importFile = async (file: File) => {
    // Bounded before it is read: a huge file is refused without loading it.
    if (file.size > WORLD_FILE_MAX_BYTES) {
      setResult({ ok: false, file: file.name, problems: [{ path: '(file)', message: `the file is ${sizeText(file.size)}; the playground imports world files up to ${sizeText(WORLD_FILE_MAX_BYTES)}` }] })
      return
    }
    const parsed = parseWorldText(await file.text())
    if (!parsed.ok) {
      setResult({ ok: false, file: file.name, problems: parsed.problems })
      return
    }
    const saved = onImport(parsed.world)
    setResult(saved.ok ? { ok: true, name: parsed.world.name } : { ok: 'not-saved', file: file.name, reason: saved.reason })
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <a href={href} download="sts-playground-world.json" className={button}>
        Export world
      </a>
      <label htmlFor={inputId} className={`${button} has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600`}>
        Import world…
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) void importFile(file)
          }}
        />
      </label>
      {result?.ok === true && (
        <p role="status" className="text-xs text-emerald-800 dark:text-emerald-300">
          <span aria-hidden="true">✓ </span>Imported the world “<SafeText text={result.name} />”.
        </p>
      )}
      {result?.ok === 'not-saved' && (
        <div role="alert" className="basis-full rounded-md border border-red-300 bg-red-50 px-3 py-2 text-xs text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          <p className="font-semibold">
            <span aria-hidden="true">✗ </span>{result.file} was not imported: {result.reason}. Your world is unchanged.
          </p>
          <button type="button" className="mt-1 font-semibold underline" onClick={() => setResult(undefined)}>
            Dismiss
          </button>
        </div>
      )}
      {result?.ok === false && (
        <div role="alert" className="basis-full rounded-md border border-red-300 bg-red-50 px-3 py-2 text-xs text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          <p className="font-semibold">
            <span aria-hidden="true">✗ </span>{result.file} is not a valid world file; your world is unchanged.
          </p>
          <ul className="mt-1 list-disc pl-5 font-mono">
            {result.problems.slice(0, 5).map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                {problem.path}: {problem.message}
              </li>
            ))}
            {result.problems.length > 5 && <li>…and {result.problems.length - 5} more</li>}
          </ul>
          <button type="button" className="mt-1 font-semibold underline" onClick={() => setResult(undefined)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  )
}
