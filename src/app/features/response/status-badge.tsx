import { statusText, statusTone, type StatusTone } from '../../ui/status-text.ts'

const styles: Record<StatusTone, { icon: string; className: string }> = {
  success: { icon: '✓', className: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100' },
  redirect: { icon: '↪', className: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100' },
  'client-error': { icon: '✗', className: 'border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100' },
  'server-error': { icon: '!', className: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100' },
}

/** The response status, e.g. `✓ 200 OK`: the icon shape and the words carry the meaning, not the colour. */
export function StatusBadge({ status }: { status: number }) {
  const { icon, className } = styles[statusTone(status)]
  return (
    <span className={`inline-flex shrink-0 items-center gap-1.5 rounded-full border px-2.5 py-0.5 font-mono text-xs font-semibold ${className}`}>
      <span aria-hidden="true">{icon}</span>
      {statusText(status)}
    </span>
  )
}
