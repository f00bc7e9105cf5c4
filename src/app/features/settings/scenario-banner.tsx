import type { ScenarioSource } from '../../state/workspace.ts'

interface ScenarioBannerProps {
  source: ScenarioSource
  /** The scenario becomes the user's own playground. */
  onKeep: () => void
  /** Back to the user's own playground, as it was. */
  onLeave: () => void
}

const button =
  'min-h-8 rounded-md border px-2.5 py-1 text-xs font-semibold border-sky-400 bg-white text-sky-950 hover:bg-sky-100 dark:border-sky-600 dark:bg-sky-900 dark:text-sky-50 dark:hover:bg-sky-800'

function describe(source: ScenarioSource): string {
  if (source.kind === 'lesson') return `You are in the lesson “${source.title}”: it set up its own world.`
  return source.carriesWorld
    ? 'You are looking at a shared scenario: its world, request and clock.'
    : 'You are looking at a shared scenario: its request and clock, on your own world.'
}

/** Says that a scenario is open beside the user's own playground, and offers the way back or to keep it. */
export function ScenarioBanner({ source, onKeep, onLeave }: ScenarioBannerProps) {
  return (
    <section
      aria-label="Scenario"
      data-testid="scenario-banner"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-sky-300 bg-sky-50 px-4 py-2.5 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100"
    >
      <p className="min-w-0 flex-1 basis-72">
        <span aria-hidden="true">ℹ </span>
        {describe(source)} Your own playground is saved and unchanged; changes made here stay with the scenario.
      </p>
      <span className="flex flex-wrap gap-2">
        <button type="button" className={button} onClick={onLeave}>
          Back to my playground
        </button>
        <button type="button" className={button} onClick={onKeep}>
          Keep this as my playground
        </button>
      </span>
    </section>
  )
}
