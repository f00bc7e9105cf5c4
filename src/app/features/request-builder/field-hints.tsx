import type { DurationLimits, ParameterModel } from '../../engine/types.ts'
import { durationWords } from '../../ui/duration-words.ts'
import { fieldDescription, type FieldPath } from './parameter-hints.ts'

/** The ids of a field's hints, for aria-describedby: constraints always, the warning when there is one. */
export function hintIds(id: string, warning: string | undefined): string {
  return warning === undefined ? `${id}-constraints` : `${id}-constraints ${id}-warning`
}

const codeClass = 'rounded bg-slate-100 px-1 font-mono wrap-anywhere text-slate-800 dark:bg-slate-800 dark:text-slate-200'

/** `3600 seconds (1 h)` for a DurationSeconds-like field, the bare value otherwise. */
function valueWords(path: string, value: string): string {
  if (!path.endsWith('Seconds') || !/^\d+$/.test(value)) return value
  const seconds = Number(value)
  return seconds < 60 ? `${seconds} seconds` : `${seconds} seconds (${durationWords(seconds)})`
}

interface FieldHintsProps {
  /** The field's id; the hints are `${id}-constraints` and `${id}-warning`. */
  id: string
  /** The field as the engine names it (`AssumeRole`, `RoleSessionName`). */
  field: FieldPath
  parameter: ParameterModel
  /** A last note after the constraints, e.g. `one item per line`. */
  note?: string | undefined
  /** The constraint STS would name for the value. Advisory: it never stops a send. */
  warning: string | undefined
  /** Show the pattern disclosure (off where the inputs show their members' patterns instead). */
  showPattern?: boolean
  /** DurationSeconds: what this request may ask for (the role's maximum, the chaining cap). */
  limits?: DurationLimits | undefined
}

/**
 * The field in plain words (`required · 2–64 characters: letters, digits and + = , . @ - _ · Default: …`),
 * from the engine's description of the STS model; the raw model pattern behind a `Pattern`
 * disclosure; for DurationSeconds, this request's limits and why; then the advisory warning.
 */
export function FieldHints({ id, field, parameter, note, warning, showPattern = true, limits }: FieldHintsProps) {
  const description = fieldDescription(field)
  const defaultValue = limits === undefined ? description.defaultValue : String(limits.default)
  return (
    <>
      <div id={`${id}-constraints`} className="text-xs text-slate-600 dark:text-slate-400">
        <p>
          <span className={description.required ? 'font-semibold text-slate-800 dark:text-slate-200' : ''}>{description.required ? 'required' : 'optional'}</span>
          {` · ${description.plain}`}
          {note !== undefined && ` · ${note}`}
          {parameter.sensitive && ' · sensitive'}
          {defaultValue !== undefined && ` · Default: ${valueWords(field.path, defaultValue)}`}
        </p>
        {limits !== undefined && (
          <p className="mt-0.5 text-slate-800 dark:text-slate-200">
            This request: {limits.min}–{limits.max} seconds ({durationWords(limits.max)} at most).
          </p>
        )}
      </div>
      {limits !== undefined && limits.notes.length > 0 && (
        <ul id={`${id}-notes`} className="ml-4 list-disc text-xs text-slate-600 dark:text-slate-400">
          {limits.notes.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {showPattern && description.pattern !== undefined && <PatternDisclosure pattern={description.pattern} />}
      {warning !== undefined && <FieldWarning id={`${id}-warning`} text={warning} />}
    </>
  )
}

/** The model's raw pattern, folded: plain words come first, the regular expression for those who want it. */
export function PatternDisclosure({ pattern, label = 'Pattern' }: { pattern: string; label?: string }) {
  return (
    <details className="text-xs text-slate-600 dark:text-slate-400">
      <summary className="w-fit cursor-pointer py-1 select-none">{label}</summary>
      <p className="mt-0.5">
        The model's pattern (a Java regular expression): <code className={codeClass}>{pattern}</code>
      </p>
    </details>
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
