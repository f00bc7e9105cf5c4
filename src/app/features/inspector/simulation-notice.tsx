/** Always in view: what this inspector does (decode, never verify) and that real tokens are secrets. */
export function SimulationNotice() {
  return (
    <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100">
      <span aria-hidden="true">⚠ </span>
      <strong className="font-semibold">Simulation:</strong> this inspector decodes; only the simulated STS verifies signatures, against the provider in the world.{' '}
      <strong className="font-semibold">Never paste production assertions or tokens: they are credentials.</strong>
    </p>
  )
}
