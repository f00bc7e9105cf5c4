import { describe, expect, it } from 'vitest'
import { fixtureTable } from './comparison-fixture.test-data.ts'
import { tableFootnotes } from './footnotes.ts'

describe(tableFootnotes, () => {
  it('numbers the lines that need a note in reading order, from the number given', () => {
    const notes = tableFootnotes(fixtureTable.rows, 'classic', 1)
    expect([...notes.entries()].map(([key, note]) => [key, note.number, note.id])).toEqual([
      ['AssumeRole/role-chaining', 1, 'classic-note-1'],
      ['GetFederationToken/root', 2, 'classic-note-2'],
    ])
    expect([...tableFootnotes(fixtureTable.rows, 'newer', 3).values()].map((note) => note.number)).toEqual([3, 4])
  })
})
