import { useEffect, useEffectEvent } from 'react'

/** Calls onSend on Ctrl+Enter or Cmd+Enter anywhere on the page, even inside a field. */
export function useSendShortcut(onSend: () => void): void {
  const send = useEffectEvent(onSend)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.repeat) return
      event.preventDefault()
      send()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
