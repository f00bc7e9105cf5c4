import type { WebCrypto } from '../deps.ts'
import { simulatedCognitoToken, type SimulatedCognitoTokenOptions } from '../idp/cognito-idp.ts'
import { simulatedIdToken, type SimulatedIdTokenOptions } from '../idp/oidc-idp.ts'
import { simulatedSamlResponse, type SimulatedSamlOptions } from '../idp/saml-idp.ts'
import type { World } from '../world/world-schema.ts'
import type { MintStep } from './lesson-types.ts'

export type Minted = { ok: true; token: string } | { ok: false; problem: string }

/** The options' required text fields, present and text (the IdP functions trust their types). */
function missingText(options: Record<string, unknown>, names: readonly string[]): string | undefined {
  const missing = names.filter((name) => typeof options[name] !== 'string')
  return missing.length > 0 ? `options need ${missing.join(', ')} (text)` : undefined
}

async function mintOnce(step: MintStep, world: World, nowMs: number, webCrypto: WebCrypto | undefined): Promise<Minted> {
  const options = step.options
  if (typeof options !== 'object' || options === null) return { ok: false, problem: 'options must be an object' }
  if (step.mint === 'cognito') {
    const missing = typeof options.sub !== 'string' || !Array.isArray(options.amr) ? 'options need sub (text) and amr (a list)' : undefined
    if (missing) return { ok: false, problem: missing }
    const result = await simulatedCognitoToken(world, { ...(options as unknown as SimulatedCognitoTokenOptions), nowMs })
    return result.ok ? { ok: true, token: result.token } : { ok: false, problem: result.reason }
  }
  if (step.provider === undefined) return { ok: false, problem: `a ${step.mint} mint names its provider ARN` }
  if (step.mint === 'oidc') {
    const missing = missingText(options, ['sub'])
    if (missing) return { ok: false, problem: missing }
    const result = await simulatedIdToken(world, step.provider, { ...(options as unknown as SimulatedIdTokenOptions), nowMs })
    return result.ok ? { ok: true, token: result.token } : { ok: false, problem: result.reason }
  }
  if (step.mint === 'saml') {
    const missing = missingText(options, ['nameId', 'roleSessionName'])
    if (missing) return { ok: false, problem: missing }
    if (webCrypto === undefined) return { ok: false, problem: 'a SAML response is signed with WebCrypto, and none was given' }
    const result = await simulatedSamlResponse(world, step.provider, { ...(options as unknown as SimulatedSamlOptions), nowMs }, webCrypto)
    return result.ok ? { ok: true, token: result.base64 } : { ok: false, problem: result.reason }
  }
  return { ok: false, problem: `unknown mint ${String(step.mint)}` }
}

/**
 * A token or assertion from a simulated identity provider of the world, made at the engine clock:
 * an OIDC ID token, an Amazon Cognito identity token, or a signed SAML response (base64, as the
 * browser posts it as SAMLResponse). Never throws: a failure is a problem in words.
 */
export async function mintToken(step: MintStep, world: World, nowMs: number, webCrypto: WebCrypto | undefined): Promise<Minted> {
  try {
    return await mintOnce(step, world, nowMs, webCrypto)
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) }
  }
}
