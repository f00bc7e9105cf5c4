/**
 * The WAI-ARIA tabs keys: Left and Right move to the previous and next tab (wrapping round), Home and
 * End to the first and last. Undefined for any other key, so the browser keeps its default.
 */
export function tabAfterKey(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count
    case 'ArrowLeft':
      return (current - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return undefined
  }
}
