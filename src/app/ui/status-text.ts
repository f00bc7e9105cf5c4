/** Reason phrases for the statuses STS answers with. */
const reasons: Record<number, string> = {
  200: 'OK',
  302: 'Found',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
}

/** E.g. `403 Forbidden`, or just `418` for a status STS never sends. */
export function statusText(status: number): string {
  const reason = reasons[status]
  return reason === undefined ? String(status) : `${status} ${reason}`
}

/** E.g. `HTTP/1.1 403 Forbidden`. */
export function statusLine(status: number): string {
  return `HTTP/1.1 ${statusText(status)}`
}

export type StatusTone = 'success' | 'redirect' | 'client-error' | 'server-error'

export function statusTone(status: number): StatusTone {
  if (status < 300) return 'success'
  if (status < 400) return 'redirect'
  if (status < 500) return 'client-error'
  return 'server-error'
}
