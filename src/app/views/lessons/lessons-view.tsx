// Learning mode (#/lessons): the course (lessons in order, each done once its goals are met in a
// playground of its own) and exam-style challenges with a score per topic; `?lesson=ID` opens a
// lesson, `?challenge=ID` unfolds a challenge.
import { useMemo, useState } from 'react'
import { lessonCatalog } from '../../engine/lesson-catalog.ts'
import type { Challenge } from '../../engine/lessons.ts'
import { attemptOutcome, outcomeSentence } from '../../features/lessons/attempt-outcome.ts'
import type { ShowMeState } from '../../features/lessons/challenge-card.tsx'
import { ChallengeSection } from '../../features/lessons/challenge-section.tsx'
import { LessonList } from '../../features/lessons/lesson-list.tsx'
import { topicName } from '../../features/lessons/topic-names.ts'
import { topicScores, updateProgress, useLessonProgress, withAnswer } from '../../state/lesson-progress.ts'
import type { ViewProps } from '../../state/view-props.ts'
import { LessonScreen } from './lesson-screen.tsx'
import { useLessonQuery } from './lesson-query.ts'
import { useOpenLessonScenario } from './use-lesson-runs.ts'
import { attemptMatches, LESSON_TOPICS } from '../../engine/lessons.ts'

// The catalog lists lessons in course order already.
const lessons = lessonCatalog.lessons
// In course order of topics, so the scores read like the course.
const challenges = [...lessonCatalog.challenges].sort((a, b) => LESSON_TOPICS.indexOf(a.topic) - LESSON_TOPICS.indexOf(b.topic))

export default function LessonsView({ state, dispatch, scenario }: ViewProps) {
  const query = useLessonQuery()
  const progress = useLessonProgress()
  const scores = useMemo(() => topicScores(challenges, progress), [progress])
  const [showMe, setShowMe] = useState<Readonly<Record<string, ShowMeState>>>({})
  const openScenario = useOpenLessonScenario(dispatch)

  const lessonIndex = query.lessonId === undefined ? -1 : lessons.findIndex((lesson) => lesson.id === query.lessonId)
  const lesson = lessons[lessonIndex]

  const runShowMe = async (challenge: Challenge) => {
    setShowMe((shown) => ({ ...shown, [challenge.id]: { kind: 'running' } }))
    const ran = await openScenario({ kind: 'lesson', id: `challenge-${challenge.id}`, title: `Challenge: ${topicName(challenge.topic)}` }, challenge.showMe.world, challenge.showMe.steps)
    const attempts = ran.ok ? ran.run.attempts : []
    const last = attempts[attempts.length - 1]
    const next: ShowMeState = !ran.ok
      ? { kind: 'failed', problem: ran.problem }
      : last === undefined
        ? { kind: 'failed', problem: ran.run.problem ?? 'nothing was sent' }
        : { kind: 'done', sentence: outcomeSentence(attemptOutcome(last)), matched: attemptMatches(challenge.showMe.expect, last, attempts.slice(0, -1)) }
    setShowMe((shown) => ({ ...shown, [challenge.id]: next }))
  }

  return (
    <div data-testid="lessons" className="mx-auto flex max-w-4xl flex-col gap-8 p-4 text-slate-900 sm:p-6 dark:text-slate-100">
      {query.lessonId !== undefined && lesson === undefined && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:border-amber-700 dark:bg-amber-950">
          There is no lesson called “{query.lessonId}”. Pick one below.
        </p>
      )}
      {lesson !== undefined ? (
        <LessonScreen key={lesson.id} lesson={lesson} done={progress.done.includes(lesson.id)} next={lessons[lessonIndex + 1]} state={state} dispatch={dispatch} {...(scenario === undefined ? {} : { scenario })} />
      ) : (
        <>
          <section aria-labelledby="lessons-title" className="flex flex-col gap-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="lessons-title" className="text-2xl font-bold tracking-tight">
                Lessons
              </h2>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {progress.done.filter((id) => lessons.some((candidate) => candidate.id === id)).length} of {lessons.length} done
              </p>
            </div>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Each lesson opens a playground of its own beside yours (yours stays as it is): reach its goals in the Workbench, the World or the Federation view, and the engine checks them against what was really sent.
            </p>
            <LessonList lessons={lessons} done={progress.done} />
          </section>
          <section aria-labelledby="challenges-title" className="flex flex-col gap-3">
            <h2 id="challenges-title" className="text-2xl font-bold tracking-tight">
              Challenges
            </h2>
            <p className="text-sm text-slate-700 dark:text-slate-300">Exam-style questions. The score per topic counts your first answer; “Show me” runs the experiment that settles it.</p>
            <ChallengeSection
              challenges={challenges}
              scores={scores}
              answers={progress.answers}
              onAnswer={(challengeId, optionId) => updateProgress((saved) => withAnswer(saved, challengeId, optionId))}
              showMeOf={(challengeId) => showMe[challengeId] ?? { kind: 'idle' }}
              onShowMe={(challenge) => void runShowMe(challenge)}
              {...(query.challengeId === undefined ? {} : { openId: query.challengeId })}
            />
          </section>
        </>
      )}
    </div>
  )
}
