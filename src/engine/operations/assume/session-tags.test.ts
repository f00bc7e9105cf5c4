import { describe, expect, it } from 'vitest'
import { mergeTags } from '../../authorization/caller-context.ts'
import type { Session } from '../../sessions/session.ts'
import { newSessionTags } from './session-tags.ts'

// Tag keys are user input: the model's pattern [\p{L}\p{Z}\p{N}_.:/=+\-@]+ admits __proto__,
// constructor and valueOf, which must stay ordinary tags rather than touch an object's prototype.

describe('session tags named like Object.prototype members', () => {
  it('a passed tag __proto__ becomes a session tag', () => {
    const { tags } = newSessionTags({ tags: [{ Key: '__proto__', Value: 'x' }, { Key: 'team', Value: 'blue' }], transitiveTagKeys: ['__proto__'] }, undefined)
    expect(Object.entries(tags)).toEqual([
      ['__proto__', 'x'],
      ['team', 'blue'],
    ])
  })

  it('a transitive tag __proto__ of the calling session flows into the next one', () => {
    const caller = { tags: JSON.parse('{"__proto__":"x"}') as Record<string, string>, transitiveTagKeys: ['__proto__'] } as Pick<Session, 'tags' | 'transitiveTagKeys'> as Session
    const { tags, transitiveTagKeys } = newSessionTags({ tags: [], transitiveTagKeys: [] }, caller)
    expect(Object.entries(tags)).toEqual([['__proto__', 'x']])
    expect(transitiveTagKeys).toEqual(['__proto__'])
  })

  it('role tags __proto__ and constructor stay principal tags when no session tag overrides them', () => {
    const merged = mergeTags(JSON.parse('{"__proto__":"role","constructor":"role"}') as Record<string, string>, { team: 'blue' })
    expect(Object.entries(merged)).toEqual([
      ['__proto__', 'role'],
      ['constructor', 'role'],
      ['team', 'blue'],
    ])
  })
})
