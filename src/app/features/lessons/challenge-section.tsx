import { useEffect } from 'react'
import type { Challenge } from '../../engine/lessons.ts'
import type { ChallengeAnswer, TopicScore } from '../../state/lesson-progress.ts'
import { ChallengeCard, type ShowMeState } from './challenge-card.tsx'
import { topicName } from './topic-names.ts'

interface ChallengeSectionProps {
  challenges: readonly Challenge[]
  scores: readonly TopicScore[]
  answers: Readonly<Record<string, ChallengeAnswer>>
  onAnswer: (challengeId: string, optionId: string) => void
  showMeOf: (challengeId: string) => ShowMeState
  onShowMe: (challenge: Challenge) => void
  /** A challenge to open (from a `?challenge=` link). */
  openId?: string
}

/** The challenges by topic, each topic folded with its score (right first answers / questions). */
export function ChallengeSection({ challenges, scores, answers, onAnswer, showMeOf, onShowMe, openId }: ChallengeSectionProps) {
  // A challenge link: its card comes into view once its topic is unfolded.
  useEffect(() => {
    if (openId !== undefined) document.querySelector(`[data-challenge-id="${CSS.escape(openId)}"]`)?.scrollIntoView({ block: 'start' })
  }, [openId])
  return (
    <div className="flex flex-col gap-2">
      {scores.map((score) => {
        const inTopic = challenges.filter((challenge) => challenge.topic === score.topic)
        return (
          <details key={score.topic} open={inTopic.some((challenge) => challenge.id === openId)} data-testid="challenge-topic" data-topic={score.topic} className="rounded-lg border border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-950">
            <summary className="flex cursor-pointer items-center justify-between gap-3 rounded-lg px-4 py-2.5 font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:text-slate-100">
              <span>{topicName(score.topic)}</span>
              <span data-testid="topic-score" data-right={score.right} data-total={score.total} className="text-sm font-medium text-slate-700 dark:text-slate-300">
                {score.right}/{score.total}
                <span className="sr-only"> right at the first try</span>
              </span>
            </summary>
            <div className="flex flex-col gap-3 px-3 pb-3">
              {inTopic.map((challenge) => (
                <ChallengeCard
                  key={challenge.id}
                  challenge={challenge}
                  answer={answers[challenge.id]}
                  onAnswer={(optionId) => onAnswer(challenge.id, optionId)}
                  showMe={showMeOf(challenge.id)}
                  onShowMe={() => onShowMe(challenge)}
                />
              ))}
            </div>
          </details>
        )
      })}
    </div>
  )
}
