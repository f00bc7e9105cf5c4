import { describe, expect, it } from 'vitest'
import { lessonQueryOf } from './lesson-query.ts'

describe('lessonQueryOf', () => {
  it('reads the lesson or challenge the address names', () => {
    expect(lessonQueryOf('#/lessons?lesson=role-chaining')).toEqual({ lessonId: 'role-chaining' })
    expect(lessonQueryOf('#/lessons?challenge=mfa-1')).toEqual({ challengeId: 'mfa-1' })
    expect(lessonQueryOf('#/lessons')).toEqual({})
    expect(lessonQueryOf('#/lessons?lesson=')).toEqual({})
  })
})
