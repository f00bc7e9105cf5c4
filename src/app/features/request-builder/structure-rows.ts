// Structures and lists of structures (Tags, PolicyArns, ProvidedContexts, TaskPolicyArn) edited as
// rows of inputs, one input per member of the model's structure. The draft still holds the JSON text
// (parameter-value.ts encodes it), so rows are only a view of that text: reading a text the rows
// cannot show exactly says why, and the editor falls back to the JSON so nothing is lost.
import { shapeNamed, structureParameters } from '../../engine/sts-model.ts'
import type { ParameterModel } from '../../engine/types.ts'

/** One member of the structure, described like a parameter so the same hints apply to it. */
export interface StructureMember {
  name: string
  parameter: ParameterModel
}

export interface StructureForm {
  /** The model's structure shape, e.g. `Tag`. */
  structureName: string
  /** A list of structures (Tags) or one structure (TaskPolicyArn). */
  isList: boolean
  /** What one row is called in button names and row titles, e.g. `tag`, `policy ARN`. */
  noun: string
  /** In the model's order. */
  members: StructureMember[]
}

/** One row: member name → the text typed. An empty text means the member is left out. */
export type Row = Readonly<Record<string, string>>

export type RowsReading = { ok: true; rows: Row[] } | { ok: false; reason: string }

/** Row nouns a learner knows from the AWS documentation; other structures get their shape name. */
const NOUNS: Readonly<Record<string, string>> = {
  Tag: 'tag',
  PolicyDescriptorType: 'policy ARN',
  ProvidedContext: 'provided context',
}

export function rowNoun(structureName: string): string {
  return NOUNS[structureName] ?? structureName.replace(/Type$/, '')
}

/** A member of a structure as a ParameterModel: its own shape's constraints, required as the structure says. */
export function memberParameter(structureName: string, memberName: string): ParameterModel {
  const parameter = structureParameters(structureName).find((p) => p.name === memberName)
  if (parameter === undefined) throw new Error(`The STS model's ${structureName} has no member ${memberName}`)
  return parameter
}

/**
 * The row form of a structure parameter, or undefined when rows do not fit it: a list of lists, or a
 * structure with a member that is not a plain string (none in STS today, but the model decides).
 */
export function structureForm(parameter: ParameterModel): StructureForm | undefined {
  const isList = parameter.type === 'list'
  const structureName = isList ? parameter.member : parameter.type === 'structure' ? parameter.shape : undefined
  if (structureName === undefined) return undefined
  const structure = shapeNamed(structureName)
  if (structure.type !== 'structure') return undefined
  const members = Object.keys(structure.members ?? {}).map((name) => ({ name, parameter: memberParameter(structureName, name) }))
  if (members.length === 0 || members.some((member) => member.parameter.type !== 'string')) return undefined
  return { structureName, isList, noun: rowNoun(structureName), members }
}

const quoted = (name: string) => `"${name}"`

function rowFromJson(item: unknown, form: StructureForm, position: string): { ok: true; row: Row } | { ok: false; reason: string } {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return { ok: false, reason: `${position} is not a JSON object.` }
  const known = new Set(form.members.map((member) => member.name))
  const row: Record<string, string> = {}
  for (const [name, value] of Object.entries(item)) {
    if (!known.has(name)) return { ok: false, reason: `${position} has ${quoted(name)}, which is not a member of ${form.structureName}.` }
    if (typeof value !== 'string') return { ok: false, reason: `${position}'s ${quoted(name)} is not a JSON string.` }
    // An empty input leaves its member out, so an explicit "" has no row form.
    if (value === '') return { ok: false, reason: `${position}'s ${quoted(name)} is an empty string, which the inputs cannot show (an empty input is left out).` }
    row[name] = value
  }
  return { ok: true, row }
}

/**
 * The rows that stand for `text`, when they stand for it exactly: `textFromRows` of them encodes to
 * the same request. An empty text is no rows (a list) or one empty row (a structure).
 */
export function rowsFromText(text: string, form: StructureForm): RowsReading {
  if (text.trim() === '') return { ok: true, rows: form.isList ? [] : [{}] }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'It is not valid JSON.' }
  }
  if (!form.isList) {
    const read = rowFromJson(parsed, form, 'It')
    return read.ok ? { ok: true, rows: [read.row] } : read
  }
  if (!Array.isArray(parsed)) return { ok: false, reason: 'It is not a JSON array.' }
  // `[]` goes on the wire as an empty list (`Name=`), while no rows leave the parameter out.
  if (parsed.length === 0) return { ok: false, reason: 'It is an empty list, which is sent as an empty parameter; no rows would leave it out.' }
  const rows: Row[] = []
  for (const [index, item] of parsed.entries()) {
    const read = rowFromJson(item, form, `Item ${index + 1}`)
    if (!read.ok) return read
    rows.push(read.row)
  }
  return { ok: true, rows }
}

/** The JSON text the draft holds for these rows: members in model order, empty inputs left out, compact. */
export function textFromRows(rows: readonly Row[], form: StructureForm): string {
  const objects = rows.map((row) => Object.fromEntries(form.members.flatMap(({ name }) => (row[name] ? [[name, row[name]]] : []))))
  if (!form.isList) {
    const only = objects[0] ?? {}
    return Object.keys(only).length === 0 ? '' : JSON.stringify(only)
  }
  return objects.length === 0 ? '' : JSON.stringify(objects)
}

/** Whether any input of the row holds text: hints about missing members only matter then. */
export function rowIsStarted(row: Row): boolean {
  return Object.values(row).some((value) => value !== '')
}
