/** A Storage stand-in for tests: a Map, and `limit` (characters per value) past which it is "full". */
export function memoryStorage(items: Record<string, string> = {}, limit = Infinity) {
  const map = new Map(Object.entries(items))
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (value.length > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      map.set(key, value)
    },
    removeItem: (key: string) => void map.delete(key),
  }
}
