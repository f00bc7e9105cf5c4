import { shapeNamed } from '../model/sts-model.ts'
import type { ShapeModel } from '../model/model-types.ts'
import { firstValues, type QueryPair } from '../protocol/query-codec.ts'
import { parseInt32 } from './integer-parsing.ts'
import type { DecodedStructure, DecodedValue } from './validation-message.ts'

/**
 * Decodes AWS Query parameters into the operation's input shape, driven by the model
 * (the Query serialization of botocore's QuerySerializer, serialize.py):
 *
 * - scalars by name (`RoleArn=…`); structures as dotted members (`TaskPolicyArn.arn=…`); lists as
 *   `Name.member.N` for strings (`TransitiveTagKeys.member.1=…`) and `Name.member.N.Member` for
 *   structures (`Tags.member.1.Key=…`);
 * - when a name repeats, the first occurrence wins (observed for scalars; applied to every name,
 *   list members included);
 * - an empty list is sent as the bare name (`Tags=`, what botocore sends): a bare list name means
 *   "present", whatever its value, and gives an empty list when no element follows;
 * - names the model does not know are ignored (Action, Version, `Unknown=…`, `Tags.member.0.Key`).
 *
 * Choices where no source says what AWS does:
 * - list elements are ordered by N and the gaps are closed: `member.1` and `member.3` make a
 *   two-element list, and error paths use the position (`tags.2.member.key` for `member.3`);
 * - N must be written canonically (`1`, `2`, … no sign, no leading zero); `member.01` is unknown;
 * - a list element exists only if something addresses it that the model knows: a structure
 *   element with only unknown members (`Tags.member.2.Colour=red`) is not an element;
 * - a structure exists when at least one of its members is sent; a bare structure name
 *   (`TaskPolicyArn=x`) is ignored;
 * - integers are parsed in model order (members, then elements); the first that does not parse
 *   decides the MalformedInput fault.
 */

export type DecodeOutcome =
  | { ok: true; input: DecodedStructure }
  | { ok: false; malformed: 'empty' | 'invalid' }

const CANONICAL_INDEX = /^[1-9][0-9]*$/

/** Orders decimal strings by numeric value, without converting (N may exceed 2^53). */
function compareIndices(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)
}

class QueryDecoder {
  private readonly values: Map<string, string>
  private readonly names: readonly string[]
  malformed: 'empty' | 'invalid' | undefined

  constructor(pairs: readonly QueryPair[]) {
    this.values = firstValues(pairs)
    this.names = [...this.values.keys()]
  }

  /** The members of a structure shape found under `prefix` (`''` at the top level). */
  structure(shape: ShapeModel, prefix: string): Record<string, DecodedValue> {
    const decoded: Record<string, DecodedValue> = {}
    for (const [member, ref] of Object.entries(shape.members ?? {})) {
      const value = this.value(ref.shape, prefix === '' ? member : `${prefix}.${member}`)
      if (value !== undefined) decoded[member] = value
    }
    return decoded
  }

  /** The value of shape `shapeName` sent under `name`, or undefined when nothing was sent. */
  private value(shapeName: string, name: string): DecodedValue | undefined {
    const shape = shapeNamed(shapeName)
    switch (shape.type) {
      case 'structure': {
        const decoded = this.structure(shape, name)
        return Object.keys(decoded).length > 0 ? decoded : undefined
      }
      case 'list':
        return this.list(shape, name)
      case 'integer':
        return this.integer(name)
      default:
        // Strings (the only other input type in the STS model) are taken verbatim.
        return this.values.get(name)
    }
  }

  private integer(name: string): number | undefined {
    const raw = this.values.get(name)
    if (raw === undefined) return undefined
    const parsed = parseInt32(raw)
    if (parsed.ok) return parsed.value
    this.malformed ??= parsed.reason
    return undefined
  }

  private list(shape: ShapeModel, name: string): DecodedValue[] | undefined {
    if (shape.member === undefined) throw new Error(`The list shape at ${name} has no member shape`)
    const prefix = `${name}.member.`
    const indices = new Set<string>()
    for (const candidate of this.names) {
      if (!candidate.startsWith(prefix)) continue
      const rest = candidate.slice(prefix.length)
      const dot = rest.indexOf('.')
      const index = dot === -1 ? rest : rest.slice(0, dot)
      if (CANONICAL_INDEX.test(index)) indices.add(index)
    }
    const elements: DecodedValue[] = []
    for (const index of [...indices].sort(compareIndices)) {
      const element = this.value(shape.member, `${prefix}${index}`)
      if (element !== undefined) elements.push(element)
    }
    return elements.length > 0 || this.values.has(name) ? elements : undefined
  }
}

/** Decodes the pairs of a request into the input shape `inputShape`, or names the MalformedInput. */
export function decodeParameters(inputShape: string, pairs: readonly QueryPair[]): DecodeOutcome {
  const decoder = new QueryDecoder(pairs)
  const input = decoder.structure(shapeNamed(inputShape), '')
  return decoder.malformed === undefined ? { ok: true, input } : { ok: false, malformed: decoder.malformed }
}
