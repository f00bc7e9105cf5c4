/** The policy layers of an IAM decision, named as AWS's AccessDenied messages name them. */
export type LayerName = 'scp' | 'rcp' | 'resource' | 'identity' | 'boundary' | 'session'

export const LAYER_WORDS: Record<LayerName, string> = {
  scp: 'service control policy',
  rcp: 'resource control policy',
  resource: 'resource-based policy',
  identity: 'identity-based policy',
  boundary: 'permissions boundary',
  session: 'session policy',
}

/** "an identity-based policy", "a session policy". */
export function withArticle(layer: LayerName): string {
  const words = LAYER_WORDS[layer]
  return /^[aeiou]/.test(words) ? `an ${words}` : `a ${words}`
}
