// What the learner has done in learning mode, kept in localStorage: the lessons whose goals were all
// met, and per challenge the first answer (what the score counts) and the latest. Read defensively:
// anything unreadable is no progress, never a broken page.
import { useSyncExternalStore } from 'react'
import { LESSONS_KEY } from './storage-keys.ts'

export interface ChallengeAnswer {
  /** The option picked first: the score counts it. */
  first: string
  /** The option picked most recently. */
  last: string
}

export interface LessonProgress {
  done: readonly string[]
  answers: Readonly<Record<string, ChallengeAnswer>>
}

export const NO_PROGRESS: LessonProgress = { done: [], answers: {} }

type Store = Pick<Storage, 'getItem' | 'setItem'>

const ID = /^[\w.-]{1,200}$/

/** The progress in a saved text; anything malformed is dropped (the rest is kept). */
export function parseProgress(raw: string | null): LessonProgress {
  if (raw === null) return NO_PROGRESS
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return NO_PROGRESS
  }
  if (typeof value !== 'object' || value === null) return NO_PROGRESS
  const { done, answers } = value as { done?: unknown; answers?: unknown }
  const doneIds = Array.isArray(done) ? [...new Set(done.filter((id): id is string => typeof id === 'string' && ID.test(id)))] : []
  const kept: Record<string, ChallengeAnswer> = {}
  if (typeof answers === 'object' && answers !== null && !Array.isArray(answers)) {
    for (const [id, answer] of Object.entries(answers as Record<string, unknown>)) {
      if (!ID.test(id) || typeof answer !== 'object' || answer === null) continue
      const { first, last } = answer as { first?: unknown; last?: unknown }
      if (typeof first === 'string' && ID.test(first)) kept[id] = { first, last: typeof last === 'string' && ID.test(last) ? last : first }
    }
  }
  return { done: doneIds, answers: kept }
}

export function withLessonDone(progress: LessonProgress, lessonId: string): LessonProgress {
  return progress.done.includes(lessonId) ? progress : { ...progress, done: [...progress.done, lessonId] }
}

/** Records an answer: the first one stays the one that counts. */
export function withAnswer(progress: LessonProgress, challengeId: string, optionId: string): LessonProgress {
  const earlier = progress.answers[challengeId]
  return { ...progress, answers: { ...progress.answers, [challengeId]: { first: earlier?.first ?? optionId, last: optionId } } }
}

export interface TopicScore {
  topic: string
  /** Challenges whose first answer was right. */
  right: number
  /** Challenges in the topic. */
  total: number
}

/** Per topic (in the order topics first appear): right first answers out of the topic's questions. */
export function topicScores(challenges: readonly { id: string; topic: string; answer: string }[], progress: LessonProgress): TopicScore[] {
  const scores = new Map<string, TopicScore>()
  for (const challenge of challenges) {
    const score = scores.get(challenge.topic) ?? { topic: challenge.topic, right: 0, total: 0 }
    score.total += 1
    if (progress.answers[challenge.id]?.first === challenge.answer) score.right += 1
    scores.set(challenge.topic, score)
  }
  return [...scores.values()]
}

/** The first lesson (in course order) not done yet; undefined when every one is. */
export function firstNotDone<L extends { id: string; order: number }>(lessons: readonly L[], progress: LessonProgress): L | undefined {
  return [...lessons].sort((a, b) => a.order - b.order).find((lesson) => !progress.done.includes(lesson.id))
}

// --- The store the app reads: localStorage, shared by every component and kept across reloads. ------

function storage(): Store | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

let cached: { raw: string | null; progress: LessonProgress } | undefined
const listeners = new Set<() => void>()

function read(): LessonProgress {
  let raw: string | null
  try {
    raw = storage()?.getItem(LESSONS_KEY) ?? null
  } catch {
    raw = null
  }
  if (cached === undefined || cached.raw !== raw) cached = { raw, progress: parseProgress(raw) }
  return cached.progress
}

/** Changes the saved progress (kept in memory when the browser refuses storage). */
export function updateProgress(change: (progress: LessonProgress) => LessonProgress): void {
  const next = change(read())
  if (next === read()) return
  const raw = JSON.stringify(next)
  try {
    storage()?.setItem(LESSONS_KEY, raw)
  } catch {
    // Not saved: still shown for this visit.
  }
  cached = { raw: storage()?.getItem(LESSONS_KEY) === raw ? raw : cached?.raw ?? null, progress: next }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key === LESSONS_KEY) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** The learner's progress, re-rendering when it changes (here or in another tab). */
export function useLessonProgress(): LessonProgress {
  return useSyncExternalStore(subscribe, read, () => NO_PROGRESS)
}
