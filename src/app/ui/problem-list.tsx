/** A problem at a path of the world (the engine's WorldProblem). */
export interface PathProblem {
  path: string
  message: string
}

interface ProblemListProps {
  id: string
  problems: readonly PathProblem[]
  /** What the problems stop, e.g. "Apply is off until they are fixed." */
  consequence: string
}

/**
 * The world's problems with their paths, as parseWorld reports them. Always in the page (empty when
 * there are none) so the polite live region announces problems as they appear while typing.
 */
export function ProblemList({ id, problems, consequence }: ProblemListProps) {
  return (
    <div id={id} role="status" aria-live="polite">
      {problems.length > 0 && (
        <div className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          <p className="font-semibold">
            <span aria-hidden="true">✗ </span>
            {problems.length === 1 ? 'The world would not be valid' : `The world would not be valid (${problems.length} problems)`}. {consequence}
          </p>
          <ul className="mt-1 flex list-disc flex-col gap-0.5 pl-5">
            {problems.map((problem, index) => (
              <li key={`${problem.path}-${index}`} className="break-words">
                <code className="font-mono text-xs font-semibold">{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
