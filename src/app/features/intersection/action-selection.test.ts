import { describe, expect, it } from 'vitest'
import { parseActionSelection, selectionText } from './action-selection.ts'

describe('parseActionSelection', () => {
  it('reads a list of actions, a service and a pattern', () => {
    expect(parseActionSelection('s3:GetObject, s3:PutObject\ns3:GetObject')).toEqual({ ok: true, selection: { kind: 'list', actions: ['s3:GetObject', 's3:PutObject'] } })
    expect(parseActionSelection(' S3 ')).toEqual({ ok: true, selection: { kind: 'service', service: 's3' } })
    expect(parseActionSelection('s3:Put*')).toEqual({ ok: true, selection: { kind: 'pattern', pattern: 's3:Put*' } })
    expect(parseActionSelection('sts:AssumeRole')).toEqual({ ok: true, selection: { kind: 'list', actions: ['sts:AssumeRole'] } })
  })

  it('says what is wrong with empty, malformed or mixed text', () => {
    expect(parseActionSelection('  ').ok).toBe(false)
    expect(parseActionSelection('s3:Get Object!')).toEqual({ ok: false, problem: 'Object! is neither an action (service:Action), a service prefix nor a pattern.' })
    expect(parseActionSelection('s3:GetObject s3:Put*').ok).toBe(false)
    expect(parseActionSelection('s3:GetObject iam').ok).toBe(false)
  })

  it('writes a selection back as the text that reads it', () => {
    for (const text of ['s3:GetObject, s3:PutObject', 's3', 's3:Put*']) {
      const parsed = parseActionSelection(text)
      expect(parsed.ok && selectionText(parsed.selection)).toBe(text)
    }
  })
})
