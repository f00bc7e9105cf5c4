/**
 * Stable React keys for providers, by object identity: a card keeps its open state and draft while
 * its provider is edited (the edited object inherits the key) and other providers come and go.
 */
const keys = new WeakMap<object, string>()
let next = 0

export function providerKey(provider: object): string {
  let key = keys.get(provider)
  if (key === undefined) {
    key = `provider-${++next}`
    keys.set(provider, key)
  }
  return key
}

/** The edited provider takes over the key of the one it replaces. */
export function inheritKey(from: object, to: object): void {
  keys.set(to, providerKey(from))
}
