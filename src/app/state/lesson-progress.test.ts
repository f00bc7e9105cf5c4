import { describe, expect, it } from 'vitest'
import { firstNotDone, NO_PROGRESS, parseProgress, topicScores, withAnswer, withLessonDone } from './lesson-progress.ts'

describe('parseProgress', () => {
  it('reads what was saved', () => {
    const saved = { done: ['a', 'b'], answers: { c1: { first: 'x', last: 'y' } } }
    expect(parseProgress(JSON.stringify(saved))).toEqual(saved)
  })

  it('gives no progress for nothing saved, bad JSON or the wrong shape', () => {
    for (const raw of [null, '', '{', 'null', '42', '"done"', '[]', '{"done":5}']) {
      const progress = parseProgress(raw)
      expect(progress.done).toEqual([])
      expect(progress.answers).toEqual({})
    }
  })

  it('keeps the readable parts and drops the rest', () => {
    const raw = JSON.stringify({ done: ['a', 7, null, 'a', 'b c', 'x'.repeat(300), 'ok'], answers: { c1: { first: 'x' }, c2: 'y', c3: { last: 'z' }, 'bad id': { first: 'x' } } })
    expect(parseProgress(raw)).toEqual({ done: ['a', 'ok'], answers: { c1: { first: 'x', last: 'x' } } })
  })
})

describe('progress changes', () => {
  it('marks a lesson done once', () => {
    const once = withLessonDone(NO_PROGRESS, 'a')
    expect(withLessonDone(once, 'a')).toBe(once)
    expect(once.done).toEqual(['a'])
  })

  it('keeps the first answer, and the latest', () => {
    const answered = withAnswer(withAnswer(NO_PROGRESS, 'c1', 'wrong'), 'c1', 'right')
    expect(answered.answers['c1']).toEqual({ first: 'wrong', last: 'right' })
  })
})

describe('topicScores', () => {
  const challenges = [
    { id: 'c1', topic: 'mfa', answer: 'a' },
    { id: 'c2', topic: 'mfa', answer: 'b' },
    { id: 'c3', topic: 'durations', answer: 'a' },
  ]

  it('counts right first answers out of the questions per topic', () => {
    let progress = withAnswer(NO_PROGRESS, 'c1', 'a')
    progress = withAnswer(progress, 'c2', 'a')
    progress = withAnswer(progress, 'c2', 'b')
    expect(topicScores(challenges, progress)).toEqual([
      { topic: 'mfa', right: 1, total: 2 },
      { topic: 'durations', right: 0, total: 1 },
    ])
  })
})

describe('firstNotDone', () => {
  it('is the first lesson in course order not done', () => {
    const lessons = [
      { id: 'b', order: 2 },
      { id: 'a', order: 1 },
      { id: 'c', order: 3 },
    ]
    expect(firstNotDone(lessons, NO_PROGRESS)?.id).toBe('a')
    expect(firstNotDone(lessons, { done: ['a'], answers: {} })?.id).toBe('b')
    expect(firstNotDone(lessons, { done: ['a', 'b', 'c'], answers: {} })).toBeUndefined()
  })
})
