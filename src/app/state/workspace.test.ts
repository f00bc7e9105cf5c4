import { describe, expect, it } from 'vitest'
import { demoWorld } from '../../engine/index.ts'
import { onOtherTabSave } from './other-tab.ts'
import { freshState } from './playground-state.ts'
import { currentState, workspaceReducer, type Workspace } from './workspace.ts'

const own = freshState('A'.repeat(43) + '=')
const lessonWorld = { ...demoWorld, name: 'Lesson world' }
const opened: Workspace = { own, scenario: { source: { kind: 'lesson', id: 'l1', title: 'Lesson one' }, state: { ...own, world: lessonWorld } } }

describe('workspace: the own playground and a scenario beside it', () => {
  it('changes made while a scenario is open go to the scenario only', () => {
    const next = workspaceReducer(opened, { type: 'clock', offsetMs: 60_000 })
    expect(next.own).toBe(own)
    expect(currentState(next).clockOffsetMs).toBe(60_000)
  })

  it('leaving gives back the own playground as it was; keeping makes the scenario the own', () => {
    const changed = workspaceReducer(opened, { type: 'clock', offsetMs: 60_000 })
    expect(workspaceReducer(changed, { type: 'leave-scenario' })).toEqual({ own })
    const kept = workspaceReducer(changed, { type: 'keep-scenario' })
    expect(kept.scenario).toBeUndefined()
    expect(kept.own.world.name).toBe('Lesson world')
    expect(kept.own.clockOffsetMs).toBe(60_000)
  })

  it('another tab’s save replaces the own playground and leaves an open scenario alone', () => {
    const theirs = { ...own, clockOffsetMs: 5 }
    const next = workspaceReducer(opened, { type: 'adopt-own', state: theirs })
    expect(next.own).toBe(theirs)
    expect(next.scenario).toBe(opened.scenario)
  })
})

describe('another tab saved the playground', () => {
  it.each([
    ['made on top of what this tab has, nothing changed here', { revision: 'b', base: 'a' }, { known: 'a', changedHere: false, waiting: false }, 'follow'],
    ['the first stamped save over an unstamped one', { revision: 'b' }, { known: undefined, changedHere: false, waiting: false }, 'follow'],
    ['this tab has unsaved changes', { revision: 'b', base: 'a' }, { known: 'a', changedHere: true, waiting: false }, 'ask'],
    ['made on top of an older save (this tab’s last save was overwritten)', { revision: 'c', base: 'a' }, { known: 'b', changedHere: false, waiting: false }, 'ask'],
    ['this tab already waits for the user', { revision: 'b', base: 'a' }, { known: 'a', changedHere: false, waiting: true }, 'ask'],
    ['unstamped text', undefined, { known: 'a', changedHere: false, waiting: false }, 'ask'],
  ] as const)('%s → %s', (_name, incoming, tab, decision) => {
    expect(onOtherTabSave(incoming, tab)).toBe(decision)
  })
})
