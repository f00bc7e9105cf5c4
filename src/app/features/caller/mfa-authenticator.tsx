import { useQuery } from '@tanstack/react-query'
import { operationParameters } from '../../engine/sts-model.ts'
import { authenticatorCode } from '../../engine/world-model.ts'
import type { World } from '../../engine/types.ts'
import { useTickingNow } from '../../ui/use-ticking-now.ts'
import type { CallerOption } from '../../state/callers.ts'

interface MfaAuthenticatorProps {
  world: World
  caller: CallerOption | undefined
  operation: string
  /** The engine clock's offset from the wall clock: codes follow the engine clock. */
  clockOffsetMs: number
  /** Fills SerialNumber and TokenCode of the current operation. */
  onFill: (serialNumber: string, tokenCode: string) => void
}

const STEP_MS = 30_000

function DeviceCode({ serialNumber, seedBase32, clockOffsetMs, onFill }: { serialNumber: string; seedBase32: string; clockOffsetMs: number; onFill: MfaAuthenticatorProps['onFill'] }) {
  const nowMs = useTickingNow(clockOffsetMs)
  const step = Math.floor(nowMs / STEP_MS)
  const code = useQuery({ queryKey: ['mfa', seedBase32, step], queryFn: () => authenticatorCode(seedBase32, step * STEP_MS), staleTime: Infinity })
  const left = Math.ceil(((step + 1) * STEP_MS - nowMs) / 1000)
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <code className="font-mono text-xs wrap-anywhere">{serialNumber}</code>
      <span className="font-mono text-lg font-bold tracking-widest" data-testid="mfa-code">
        {code.data ?? '······'}
      </span>
      <span className="text-xs text-slate-600 dark:text-slate-400">{left} s left</span>
      <button
        type="button"
        disabled={code.data === undefined}
        onClick={() => code.data !== undefined && onFill(serialNumber, code.data)}
        className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-semibold text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
      >
        Fill SerialNumber and TokenCode
      </button>
    </li>
  )
}

/**
 * The simulated authenticator app: for an operation that takes an MFA code, the current codes of the
 * caller's virtual MFA devices (the world holds their seeds), one click from the form.
 */
export function MfaAuthenticator({ world, caller, operation, clockOffsetMs, onFill }: MfaAuthenticatorProps) {
  if (caller?.kind !== 'long-term' || !operationParameters(operation).some((p) => p.name === 'TokenCode')) return null
  const user = world.users.find((u) => u.accessKeys.some((key) => key.accessKeyId === caller.id))
  if (user === undefined || user.mfaDevices.length === 0) return null
  return (
    <section aria-label="Simulated authenticator" className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-800/60">
      <h3 className="text-xs font-semibold text-slate-700 dark:text-slate-300">Simulated authenticator app: {user.name}'s MFA devices (codes on the engine clock)</h3>
      <ul className="mt-1 flex flex-col gap-1">
        {user.mfaDevices.map((device) => (
          <DeviceCode key={device.serialNumber} serialNumber={device.serialNumber} seedBase32={device.seedBase32} clockOffsetMs={clockOffsetMs} onFill={onFill} />
        ))}
      </ul>
    </section>
  )
}
