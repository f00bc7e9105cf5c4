// Learning mode's door to the engine: the lesson data types, the world a lesson starts on, and the
// goal checks run on the page (request goals read the history; probe goals run in the worker, see
// engine-host.ts). The catalog itself is in lesson-catalog.ts, loaded only where lessons are shown.
export { attemptMatches, lessonWorld, requestGoalMet, secondsAfterSending } from '../../engine/index.ts'
export type { AttemptRecord, LessonAttempt, SavedItems } from '../../engine/index.ts'
export { LESSON_TOPICS } from '../../engine/index.ts'
export type {
  AttemptMatch,
  Challenge,
  ChallengeOption,
  ConsoleStep,
  CallStep,
  Goal,
  Lesson,
  LessonPicture,
  LessonStep,
  LessonTopic,
  ProbeGoal,
  GridGoal,
  RequestGoal,
  WorldChange,
} from '../../engine/index.ts'
