import { statusLine, statusTone, type StatusTone } from './status-text.ts'

const styles: Record<StatusTone, { icon: string; className: string }> = {
  success: { icon: '✓', className: 'border-emerald-300 bg-emerald-50 text-emerald-900' },
  redirect: { icon: '↪', className: 'border-sky-300 bg-sky-50 text-sky-900' },
  'client-error': { icon: '✗', className: 'border-red-300 bg-red-50 text-red-900' },
  'server-error': { icon: '!', className: 'border-amber-300 bg-amber-50 text-amber-900' },
}

/** The response status with an icon and a colour: the icon carries the meaning too. */
export function StatusBadge({ status }: { status: number }) {
  const { icon, className } = styles[statusTone(status)]
  return (
    <span className={`inline-flex shrink-0 items-center gap-1.5 rounded-full border px-2.5 py-0.5 font-mono text-xs font-semibold ${className}`}>
      <span aria-hidden="true">{icon}</span>
      {statusLine(status).replace('HTTP/1.1 ', '')}
    </span>
  )
}
