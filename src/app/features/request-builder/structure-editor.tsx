import { useEffect, useRef, useState } from 'react'
import type { ParameterModel } from '../../engine/types.ts'
import { FieldHints, FieldWarning, hintIds, PatternDisclosure } from './field-hints.tsx'
import { inputClass } from '../../ui/input-class.ts'
import { fieldDescription, memberWarning, valueWarning } from './parameter-hints.ts'
import { jsonExample } from '../../state/parameter-value.ts'
import { rowIsStarted, rowsFromText, structureForm, textFromRows, type Row, type StructureForm } from './structure-rows.ts'

interface StructureEditorProps {
  /** The field's id: prefix of every id inside. */
  id: string
  operation: string
  /** A structure or a list of structures whose members are strings (see structureForm). */
  parameter: ParameterModel
  /** The draft's JSON text for the parameter. */
  value: string
  /** Why the draft cannot encode the text, when it cannot. */
  problem: string | undefined
  onChange: (value: string) => void
}

const smallButton =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700'

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Tags, PolicyArns, ProvidedContexts, TaskPolicyArn: one row of inputs per structure, one input per
 * member the model gives it. The rows read and write the JSON text the draft holds; a text they
 * cannot show exactly (hand-typed, from an older draft) is shown as JSON, unchanged, with the reason.
 */
export function StructureEditor({ id, operation, parameter, value, problem, onChange }: StructureEditorProps) {
  const form = structureForm(parameter)
  if (form === undefined) throw new Error(`${parameter.name} has no row form: ParameterField should not give it a StructureEditor`)
  const reading = rowsFromText(value, form)
  // Rows or JSON. A text the rows cannot show switches to JSON, and it stays JSON while typing there
  // (rows replacing the text area mid-word would take the focus away) until the learner asks for rows.
  const [mode, setMode] = useState<'rows' | 'json'>(reading.ok ? 'rows' : 'json')
  if (!reading.ok && mode === 'rows') setMode('json')
  const showRows = reading.ok && mode === 'rows'
  // The draft's JSON text: its number of elements is the rows' (STS counts a list's elements as its length).
  const warning = problem ?? valueWarning(operation, parameter, value)
  const legendId = `${id}-legend`

  return (
    <fieldset aria-describedby={hintIds(id, warning)}>
      <legend id={legendId} className="mb-1 font-mono text-sm font-semibold text-slate-900 dark:text-slate-100">
        {parameter.name}
      </legend>
      <div className="flex flex-col gap-2">
        {showRows ? (
          <RowInputs id={id} operation={operation} legendName={parameter.name} form={form} rows={reading.rows} onChange={(rows) => onChange(textFromRows(rows, form))} />
        ) : (
          <>
            <textarea
              id={id}
              value={value}
              rows={4}
              spellCheck={false}
              autoComplete="off"
              placeholder={jsonExample(parameter)}
              aria-labelledby={legendId}
              aria-describedby={reading.ok ? hintIds(id, warning) : `${id}-json-note ${hintIds(id, warning)}`}
              onChange={(event) => onChange(event.target.value)}
              className={`${inputClass} resize-y`}
            />
            {!reading.ok && (
              <p id={`${id}-json-note`} className="text-xs text-slate-700 dark:text-slate-300">
                <span className="font-semibold">Note: </span>
                Shown as JSON, unchanged, because the inputs cannot show it exactly: {reading.reason}
              </p>
            )}
          </>
        )}
        <FieldHints id={id} field={{ operation, path: parameter.name }} parameter={parameter} warning={warning} showPattern={false} />
        <MemberHints id={`${id}-members`} operation={operation} parameterName={parameter.name} form={form} />
        {reading.ok && (
          <button type="button" className={`${smallButton} self-start`} onClick={() => setMode(showRows ? 'json' : 'rows')}>
            {showRows ? 'Edit as JSON' : `Edit as ${form.isList ? `${form.noun} rows` : 'inputs'}`}
          </button>
        )}
      </div>
    </fieldset>
  )
}

interface RowInputsProps {
  id: string
  operation: string
  /** The parameter name, which names the inputs of a single structure. */
  legendName: string
  form: StructureForm
  rows: readonly Row[]
  onChange: (rows: Row[]) => void
}

function RowInputs({ id, operation, legendName, form, rows, onChange }: RowInputsProps) {
  const addButton = useRef<HTMLButtonElement>(null)
  // Where the focus goes after the rows change: the new row's first input, or Add after a removal.
  const pendingFocus = useRef<string | null>(null)
  useEffect(() => {
    if (pendingFocus.current === null) return
    const target = pendingFocus.current === 'add' ? addButton.current : document.getElementById(pendingFocus.current)
    pendingFocus.current = null
    target?.focus()
  })

  const inputId = (index: number, member: string) => `${id}-${index + 1}-${member}`
  const setMember = (index: number, member: string, text: string) => onChange(rows.map((row, i) => (i === index ? { ...row, [member]: text } : row)))
  const firstMember = form.members[0]?.name ?? ''

  if (!form.isList) {
    return <MemberInputs operation={operation} parameterName={legendName} form={form} row={rows[0] ?? {}} namePrefix={legendName} inputId={(member) => inputId(0, member)} hintsId={`${id}-members`} warn={true} onChange={(member, text) => setMember(0, member, text)} />
  }

  const noun = form.noun
  return (
    <>
      {rows.length === 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">No {noun}s: the parameter is left out of the request.</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {rows.map((row, index) => {
            const title = `${capitalised(noun)} ${index + 1}`
            return (
              <li key={index} className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-2.5 dark:border-slate-700 dark:bg-slate-800/50">
                <div className="flex items-center justify-between gap-2">
                  <span className="text-xs font-semibold text-slate-700 dark:text-slate-300">{title}</span>
                  <button
                    type="button"
                    className={smallButton}
                    onClick={() => {
                      pendingFocus.current = 'add'
                      onChange(rows.filter((_, i) => i !== index))
                    }}
                  >
                    Remove<span className="sr-only"> {noun} {index + 1}</span>
                  </button>
                </div>
                <MemberInputs
                  operation={operation}
                  parameterName={legendName}
                  form={form}
                  row={row}
                  namePrefix={title}
                  inputId={(member) => inputId(index, member)}
                  hintsId={`${id}-members`}
                  warn={rowIsStarted(row)}
                  onChange={(member, text) => setMember(index, member, text)}
                />
              </li>
            )
          })}
        </ol>
      )}
      <button
        ref={addButton}
        type="button"
        className={`${smallButton} self-start`}
        onClick={() => {
          pendingFocus.current = inputId(rows.length, firstMember)
          onChange([...rows, {}])
        }}
      >
        <span aria-hidden="true">+ </span>Add {noun}
      </button>
    </>
  )
}

interface MemberInputsProps {
  operation: string
  /** The parameter the rows belong to: members are named `Tags.Key` for the engine. */
  parameterName: string
  form: StructureForm
  row: Row
  /** The row's title (`Tag 2`) or the parameter name, read before each member's label: `Tag 2 Value`. */
  namePrefix: string
  inputId: (member: string) => string
  hintsId: string
  /** Show advisory warnings: off for a row nothing has been typed in yet. */
  warn: boolean
  onChange: (member: string, text: string) => void
}

function MemberInputs({ operation, parameterName, form, row, namePrefix, inputId, hintsId, warn, onChange }: MemberInputsProps) {
  return (
    <div className="grid gap-2 sm:grid-cols-[repeat(auto-fit,minmax(10rem,1fr))]">
      {form.members.map(({ name }) => {
        const inputKey = inputId(name)
        const text = row[name] ?? ''
        const warning = warn ? memberWarning({ operation, path: `${parameterName}.${name}` }, text) : undefined
        return (
          <div key={name} className="flex min-w-0 flex-col gap-1">
            <label htmlFor={inputKey} className="font-mono text-xs font-semibold text-slate-800 dark:text-slate-200">
              <span className="sr-only">{namePrefix} </span>
              {name}
            </label>
            <input
              id={inputKey}
              type="text"
              value={text}
              spellCheck={false}
              autoComplete="off"
              aria-describedby={warning === undefined ? hintsId : `${inputKey}-warning ${hintsId}`}
              onChange={(event) => onChange(name, event.target.value)}
              className={inputClass}
            />
            {warning !== undefined && <FieldWarning id={`${inputKey}-warning`} text={warning} />}
          </div>
        )
      })}
    </div>
  )
}

/** What each member accepts, from the engine: `Each tag: Key required · 1–128 characters: …`, the pattern folded. */
function MemberHints({ id, operation, parameterName, form }: { id: string; operation: string; parameterName: string; form: StructureForm }) {
  return (
    <div className="text-xs text-slate-600 dark:text-slate-400">
      <div id={id}>
        <p>{form.isList ? `Each ${form.noun}:` : 'Members:'} an empty input is left out.</p>
        <ul className="mt-0.5 flex flex-col gap-0.5">
          {form.members.map(({ name }) => {
            const description = fieldDescription({ operation, path: `${parameterName}.${name}` })
            return (
              <li key={name}>
                <span className="font-mono font-semibold text-slate-800 dark:text-slate-200">{name}</span> {description.required ? 'required' : 'optional'} · {description.plain}
              </li>
            )
          })}
        </ul>
      </div>
      {form.members.map(({ name }) => {
        const { pattern } = fieldDescription({ operation, path: `${parameterName}.${name}` })
        return pattern === undefined ? null : <PatternDisclosure key={name} pattern={pattern} label={`Pattern of ${name}`} />
      })}
    </div>
  )
}
