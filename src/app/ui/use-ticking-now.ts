import { useEffect, useState } from 'react'

/** The wall clock plus an offset, re-read every second so countdowns and expiry marks stay live. */
export function useTickingNow(offsetMs: number): number {
  const [wallMs, setWallMs] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setWallMs(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  return wallMs + offsetMs
}
