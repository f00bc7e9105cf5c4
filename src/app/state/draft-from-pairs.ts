// The other way from draftRequest: the form fields that send these Query parameters again, for a
// request made elsewhere (the Compare view's experiments) and loaded into the workbench.
import { API_VERSION, operationParameters } from '../engine/sts-model.ts'
import type { ParameterModel, QueryPair } from '../engine/types.ts'
import { fieldKind } from './parameter-value.ts'

export interface DraftFields {
  fields: Record<string, string>
  /** What the form cannot send as it was sent, one sentence each (an unknown parameter, an empty value). */
  notes: string[]
}

type Tree = string | Tree[] | { [member: string]: Tree }

/** Builds a value from `member.N` and `.Member` path segments: lists are arrays, structures objects. */
function insert(tree: Tree | undefined, path: readonly string[], value: string): Tree {
  if (path.length === 0) return value
  const [head, ...rest] = path
  if (head === 'member' && rest.length > 0) {
    const list = Array.isArray(tree) ? [...tree] : []
    const index = Number(rest[0]) - 1
    list[index] = insert(list[index], rest.slice(1), value)
    return list
  }
  const object = tree !== undefined && typeof tree === 'object' && !Array.isArray(tree) ? { ...tree } : {}
  object[head ?? ''] = insert(object[head ?? ''], rest, value)
  return object
}

function fieldText(parameter: ParameterModel, tree: Tree): string {
  const kind = fieldKind(parameter)
  if (kind === 'scalar') return typeof tree === 'string' ? tree : JSON.stringify(tree)
  if (kind === 'string-list') return Array.isArray(tree) ? tree.filter((item) => item !== undefined).map(String).join('\n') : String(tree)
  return JSON.stringify(Array.isArray(tree) ? tree.filter((item) => item !== undefined) : tree)
}

/** The fields of `operation` that send `pairs` (Action and Version are the form's own). */
export function draftFieldsFromPairs(operation: string, pairs: readonly QueryPair[]): DraftFields {
  const parameters = operationParameters(operation)
  const trees = new Map<string, Tree>()
  const notes: string[] = []
  for (const [name, value] of pairs) {
    if (name === 'Action') continue
    if (name === 'Version') {
      if (value !== API_VERSION) notes.push(`Version was ${value}; the workbench sends ${API_VERSION}.`)
      continue
    }
    const [root = '', ...path] = name.split('.')
    const parameter = parameters.find((p) => p.name === root)
    if (parameter === undefined) {
      notes.push(`${name} is not a parameter of ${operation}; the form cannot send it.`)
      continue
    }
    if (path.length === 0 && value === '' && fieldKind(parameter) === 'scalar') {
      notes.push(`${name} was sent empty; the workbench leaves an empty field out.`)
      continue
    }
    trees.set(root, path.length === 0 && fieldKind(parameter) !== 'scalar' ? (value === '' ? [] : value) : insert(trees.get(root), path, value))
  }
  const fields: Record<string, string> = {}
  for (const parameter of parameters) {
    const tree = trees.get(parameter.name)
    if (tree !== undefined) fields[parameter.name] = fieldText(parameter, tree)
  }
  return { fields, notes }
}
