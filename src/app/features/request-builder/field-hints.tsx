import type { ParameterModel } from '../../engine/types.ts'
import { constraintParts } from './parameter-hints.ts'

/** The ids of a field's hints, for aria-describedby: constraints always, the warning when there is one. */
export function hintIds(id: string, warning: string | undefined): string {
  return warning === undefined ? `${id}-constraints` : `${id}-constraints ${id}-warning`
}

interface FieldHintsProps {
  /** The field's id; the hints are `${id}-constraints` and `${id}-warning`. */
  id: string
  parameter: ParameterModel
  /** What a list holds, in the plural, for its count (`tags`). */
  items?: string | undefined
  /** A last note after the constraints, e.g. `one item per line`. */
  note?: string | undefined
  /** Why STS would likely reject the value. Advisory: it never stops a send. */
  warning: string | undefined
  /** Show the pattern (off where the inputs show their members' patterns instead). */
  showPattern?: boolean
}

/** The model's constraints in words (`required · 2–64 characters · pattern …`) and the advisory warning. */
export function FieldHints({ id, parameter, items, note, warning, showPattern = true }: FieldHintsProps) {
  const [presence, ...limits] = constraintParts(parameter, items)
  return (
    <>
      <p id={`${id}-constraints`} className="text-xs text-slate-600 dark:text-slate-400">
        <span className={presence === 'required' ? 'font-semibold text-slate-800 dark:text-slate-200' : ''}>{presence}</span>
        {limits.map((limit) => ` · ${limit}`)}
        {note !== undefined && ` · ${note}`}
        {showPattern && parameter.pattern !== undefined && (
          <>
            {' · pattern '}
            <code className="rounded bg-slate-100 px-1 font-mono wrap-anywhere text-slate-800 dark:bg-slate-800 dark:text-slate-200">{parameter.pattern}</code>
          </>
        )}
      </p>
      {warning !== undefined && <FieldWarning id={`${id}-warning`} text={warning} />}
    </>
  )
}

/** An advisory warning: amber text with a warning sign, so colour is not the only signal. */
export function FieldWarning({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="text-xs text-amber-800 dark:text-amber-300">
      <span aria-hidden="true">⚠ </span>
      <span className="sr-only">Warning: </span>
      {text}
    </p>
  )
}
