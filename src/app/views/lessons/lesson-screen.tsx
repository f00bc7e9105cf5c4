// One lesson: its page, its own playground (opened on arrival, beside the learner's), goals checked
// live against that playground's history and world, the worked answer and, where needed, the lab.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useProbeGoals } from '../../engine/queries.ts'
import { lessonWorld, type Lesson } from '../../engine/lessons.ts'
import { allMet, goalStates, probeGoalsOf } from '../../features/lessons/goal-state.ts'
import { LabPanel } from '../../features/lessons/lab-panel.tsx'
import { LessonPage, type AnswerState, type LessonPlayground } from '../../features/lessons/lesson-page.tsx'
import { attemptOutcome, outcomeSentence } from '../../features/lessons/attempt-outcome.ts'
import { updateProgress, withLessonDone } from '../../state/lesson-progress.ts'
import type { ViewProps } from '../../state/view-props.ts'
import { savedWalletEntry, stepCallerFor, walletName } from './lesson-callers.ts'
import { lessonLink } from './lesson-query.ts'
import { useOpenLessonScenario, useRunInPlayground, type Ran } from './use-lesson-runs.ts'

interface LessonScreenProps extends Pick<ViewProps, 'state' | 'dispatch' | 'scenario'> {
  lesson: Lesson
  done: boolean
  next: Lesson | undefined
}

/** Operations of the console federation endpoint: not something the workbench's form can send again. */
const CONSOLE_OPERATIONS = new Set(['getSigninToken', 'login'])

export function LessonScreen({ lesson, done, next, state, dispatch, scenario }: LessonScreenProps) {
  const isOpen = scenario?.kind === 'lesson' && scenario.id === lesson.id
  const probeGoals = useMemo(() => (isOpen ? probeGoalsOf(lesson.goals) : []), [isOpen, lesson.goals])
  const probes = useProbeGoals(probeGoals, state.history.length, state.clockOffsetMs)
  const states = goalStates(lesson.goals, isOpen ? state.history : undefined, probes.data)
  const met = isOpen && allMet(states)

  useEffect(() => {
    if (met) updateProgress((progress) => withLessonDone(progress, lesson.id))
  }, [met, lesson.id])

  const openScenario = useOpenLessonScenario(dispatch)
  const runHere = useRunInPlayground(state, dispatch)
  // Arriving at a lesson opens its playground (the screen is keyed by lesson): once, so going back to
  // one's own playground while here stays there.
  const [opening, setOpening] = useState<LessonPlayground>(() => (isOpen ? { kind: 'closed' } : { kind: 'opening' }))
  const [answer, setAnswer] = useState<AnswerState>({ kind: 'idle' })
  const [lab, setLab] = useState<{ busy: boolean; outcome?: string }>({ busy: false })
  const { id, title, world, setup } = lesson
  const startOpening = useCallback(
    () => openScenario({ kind: 'lesson', id, title }, world, setup ?? []).then((ran) => setOpening(ran.ok ? { kind: 'closed' } : { kind: 'failed', problem: ran.problem })),
    [openScenario, id, title, world, setup],
  )
  const open = () => {
    setOpening({ kind: 'opening' })
    void startOpening()
  }
  const arrival = useRef({ wasOpen: isOpen, handled: false })
  useEffect(() => {
    if (arrival.current.handled) return
    arrival.current.handled = true
    if (!arrival.current.wasOpen) void startOpening()
  }, [startOpening])

  const playground: LessonPlayground = isOpen ? { kind: 'open' } : opening

  const loadAnswer = async () => {
    setAnswer({ kind: 'running' })
    // An answer that edits the world (a trust policy, a boundary): its changes over the lesson's world as it is now.
    const edits = lesson.answer.world === undefined ? undefined : lessonWorld(lesson.answer.world, { base: state.world, nowMs: Date.now() + state.clockOffsetMs })
    if (edits?.ok === false) {
      setAnswer({ kind: 'failed', problem: edits.problems.join('; ') })
      return
    }
    const edited = edits?.ok === true ? edits.world : undefined
    if (edited !== undefined) dispatch({ type: 'world', world: edited })
    const ran = await runHere(lesson.answer.steps, {}, edited)
    setAnswer(ran.ok ? { kind: 'done', ...(ran.run.problem === undefined ? {} : { problem: ran.run.problem }) } : { kind: 'failed', problem: ran.problem })
  }

  const labRun = async (running: Promise<Ran>) => {
    setLab({ busy: true })
    const ran = await running
    const last = ran.ok ? ran.run.attempts[ran.run.attempts.length - 1] : undefined
    setLab({ busy: false, outcome: !ran.ok ? `It could not run: ${ran.problem}` : last === undefined ? (ran.run.problem ?? 'Nothing was sent.') : outcomeSentence(attemptOutcome(last)) })
  }

  const needs = {
    console: lesson.answer.steps.some((step) => 'console' in step),
    tamper: lesson.answer.steps.some((step) => 'operation' in step && step.tamper !== undefined),
  }
  const lastRequest = [...state.history].reverse().find((exchange) => !CONSOLE_OPERATIONS.has(exchange.operation))
  const labPanel =
    isOpen && (needs.console || needs.tamper) ? (
      <LabPanel
        needs={needs}
        credentials={state.wallet.map((entry) => ({ accessKeyId: entry.accessKeyId, arn: entry.arn, issuedBy: entry.issuedBy }))}
        lastRequest={lastRequest === undefined ? undefined : { operation: lastRequest.operation, body: lastRequest.request.body }}
        busy={lab.busy}
        outcome={lab.outcome}
        onConsoleSignIn={(accessKeyId, sessionDuration) => {
          const entry = state.wallet.find((candidate) => candidate.accessKeyId === accessKeyId)
          if (entry === undefined) return
          void labRun(runHere([{ console: 'getSigninToken', as: walletName(accessKeyId), login: true, ...(sessionDuration === undefined ? {} : { sessionDuration }) }], savedWalletEntry(entry)))
        }}
        onTamperedResend={(body) => {
          if (lastRequest === undefined) return
          const caller = stepCallerFor(lastRequest.draft.callerId, state.world, state.wallet)
          if (caller === undefined) {
            setLab({ busy: false, outcome: 'The caller of that request is no longer in the wallet.' })
            return
          }
          const fields = lastRequest.draft.fields[lastRequest.operation] ?? {}
          const endpoint = lastRequest.endpoint === 'global' ? {} : { endpoint: { region: lastRequest.endpoint } }
          void labRun(runHere([{ as: caller.as, operation: lastRequest.operation, fields: { ...fields }, ...endpoint, tamper: { body } }], caller.saved))
        }}
      />
    ) : undefined

  return (
    <LessonPage
      lesson={lesson}
      goalStates={states}
      playground={playground}
      onOpenPlayground={() => void open()}
      answer={answer}
      onLoadAnswer={() => void loadAnswer()}
      link={lessonLink(lesson.id)}
      done={done}
      {...(labPanel === undefined ? {} : { lab: labPanel })}
      {...(next === undefined ? {} : { next: { id: next.id, title: next.title } })}
    />
  )
}
