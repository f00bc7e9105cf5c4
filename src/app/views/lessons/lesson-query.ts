// Which lesson or challenge the address names: `#/lessons?lesson=ID`, `#/lessons?challenge=ID`.
import { useSyncExternalStore } from 'react'

export interface LessonQuery {
  lessonId?: string
  challengeId?: string
}

export function lessonQueryOf(hash: string): LessonQuery {
  const at = hash.indexOf('?')
  if (at < 0) return {}
  const params = new URLSearchParams(hash.slice(at + 1))
  const lessonId = params.get('lesson') ?? undefined
  const challengeId = params.get('challenge') ?? undefined
  return { ...(lessonId ? { lessonId } : {}), ...(challengeId ? { challengeId } : {}) }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The part of the address after `?`, re-read when it changes. */
export function useLessonQuery(): LessonQuery {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return lessonQueryOf(hash)
}

/** The address that opens a lesson, for sharing. */
export function lessonLink(lessonId: string): string {
  return `${location.origin}${location.pathname}#/lessons?lesson=${encodeURIComponent(lessonId)}`
}
