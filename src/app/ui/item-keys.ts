/**
 * Stable React keys for the world's items, by object identity: a card keeps its open state and
 * draft while its item is edited (the edited object inherits the key) and other items come and go.
 */
const keys = new WeakMap<object, string>()
let next = 0

export function itemKey(item: object): string {
  let key = keys.get(item)
  if (key === undefined) {
    key = `item-${++next}`
    keys.set(item, key)
  }
  return key
}

/** The edited item takes over the key of the one it replaces. */
export function inheritKey(from: object, to: object): void {
  keys.set(to, itemKey(from))
}
