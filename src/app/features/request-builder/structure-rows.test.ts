import { describe, expect, it } from 'vitest'
import { operationParameters, type ParameterModel } from '../../../engine/index.ts'
import { fieldValue } from '../../state/parameter-value.ts'
import { rowIsStarted, rowsFromText, structureForm, textFromRows, type StructureForm } from './structure-rows.ts'

const parameter = (operation: string, name: string): ParameterModel => {
  const found = operationParameters(operation).find((p) => p.name === name)
  if (!found) throw new Error(`no ${operation}.${name}`)
  return found
}

const formOf = (operation: string, name: string): StructureForm => {
  const form = structureForm(parameter(operation, name))
  if (!form) throw new Error(`no row form for ${operation}.${name}`)
  return form
}

const tags = formOf('AssumeRole', 'Tags')

describe('structure rows from the model', () => {
  it('names the members of each structure in model order, with their own constraints', () => {
    expect(tags.members.map((m) => m.name)).toEqual(['Key', 'Value'])
    expect(tags).toMatchObject({ structureName: 'Tag', isList: true, noun: 'tag' })
    expect(tags.members[0]?.parameter).toMatchObject({ required: true, type: 'string', min: 1, max: 128 })
    expect(tags.members[1]?.parameter).toMatchObject({ required: true, min: 0, max: 256 })

    const policyArns = formOf('AssumeRole', 'PolicyArns')
    expect(policyArns.members.map((m) => m.name)).toEqual(['arn'])
    expect(policyArns.noun).toBe('policy ARN')
    expect(policyArns.members[0]?.parameter).toMatchObject({ required: false, min: 20, max: 2048 })

    const contexts = formOf('AssumeRole', 'ProvidedContexts')
    expect(contexts.members.map((m) => m.name)).toEqual(['ProviderArn', 'ContextAssertion'])

    const taskPolicy = formOf('AssumeRoot', 'TaskPolicyArn')
    expect(taskPolicy).toMatchObject({ structureName: 'PolicyDescriptorType', isList: false })
  })

  it('has no row form for scalars and string lists', () => {
    expect(structureForm(parameter('AssumeRole', 'RoleArn'))).toBeUndefined()
    expect(structureForm(parameter('AssumeRole', 'TransitiveTagKeys'))).toBeUndefined()
  })
})

describe('JSON text ⇄ rows', () => {
  it('reads the draft text as rows and writes the same text back', () => {
    const text = '[{"Key":"team","Value":"blue"},{"Key":"cost-center","Value":"42"}]'
    const reading = rowsFromText(text, tags)
    expect(reading).toEqual({ ok: true, rows: [{ Key: 'team', Value: 'blue' }, { Key: 'cost-center', Value: '42' }] })
    if (reading.ok) expect(textFromRows(reading.rows, tags)).toBe(text)
  })

  it('writes the exact format of the brief and an empty string for no rows', () => {
    expect(textFromRows([{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }], formOf('AssumeRole', 'PolicyArns'))).toBe(
      '[{"arn":"arn:aws:iam::aws:policy/ReadOnlyAccess"}]',
    )
    expect(textFromRows([], tags)).toBe('')
    expect(rowsFromText('', tags)).toEqual({ ok: true, rows: [] })
    expect(rowsFromText('  \n', tags)).toEqual({ ok: true, rows: [] })
  })

  it('leaves empty inputs out, in model order whatever order the text had', () => {
    expect(textFromRows([{ Value: 'blue', Key: 'team' }, { Key: 'solo', Value: '' }, {}], tags)).toBe(
      '[{"Key":"team","Value":"blue"},{"Key":"solo"},{}]',
    )
    // And reads them back as empty inputs, so the round trip is exact.
    expect(rowsFromText('[{"Key":"solo"},{}]', tags)).toEqual({ ok: true, rows: [{ Key: 'solo' }, {}] })
  })

  it('encodes the same request before and after a round trip', () => {
    const param = parameter('AssumeRole', 'Tags')
    for (const text of ['[{"Value":"v","Key":"k"}]', '[ {"Key": "a"} , {} ]', '']) {
      const reading = rowsFromText(text, tags)
      expect(reading.ok).toBe(true)
      if (reading.ok) expect(fieldValue(param, textFromRows(reading.rows, tags))).toEqual(fieldValue(param, text))
    }
  })

  it('refuses texts rows cannot show exactly, and says why', () => {
    const refused = (text: string) => {
      const reading = rowsFromText(text, tags)
      expect(reading.ok).toBe(false)
      return reading.ok ? '' : reading.reason
    }
    expect(refused('[{"Key":')).toMatch(/not valid JSON/)
    expect(refused('{"Key":"team"}')).toMatch(/not a JSON array/)
    expect(refused('[]')).toMatch(/empty list/)
    expect(refused('["team"]')).toMatch(/Item 1 is not a JSON object/)
    expect(refused('[{"Key":"a"},{"Key":"b","Colour":"red"}]')).toMatch(/Item 2 has "Colour", which is not a member of Tag/)
    expect(refused('[{"Key":"a","Value":7}]')).toMatch(/"Value" is not a JSON string/)
    expect(refused('[{"Key":"a","Value":""}]')).toMatch(/empty string/)
  })

  it('treats a single structure as one row', () => {
    const taskPolicy = formOf('AssumeRoot', 'TaskPolicyArn')
    expect(rowsFromText('', taskPolicy)).toEqual({ ok: true, rows: [{}] })
    expect(textFromRows([{}], taskPolicy)).toBe('')
    const text = '{"arn":"arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials"}'
    const reading = rowsFromText(text, taskPolicy)
    expect(reading).toEqual({ ok: true, rows: [{ arn: 'arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials' }] })
    if (reading.ok) expect(textFromRows(reading.rows, taskPolicy)).toBe(text)
    expect(rowsFromText('[{"arn":"x"}]', taskPolicy)).toMatchObject({ ok: false })
  })

  it('knows when a row has been started', () => {
    expect(rowIsStarted({})).toBe(false)
    expect(rowIsStarted({ Key: '' })).toBe(false)
    expect(rowIsStarted({ Value: 'x' })).toBe(true)
  })
})
