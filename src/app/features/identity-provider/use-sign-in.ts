import { useMutation } from '@tanstack/react-query'
import type { EngineClient } from '../../engine/engine-client.ts'
import { useEngineClient } from '../../engine/engine-provider.tsx'
import type { SimulatedProvider } from '../../engine/types.ts'
import { linesOf, tagsFromText, wholeNumber, type ProviderKind, type SignInForm } from './sign-in-form.ts'

export interface SignedIn {
  kind: ProviderKind
  /** The base64 SAMLResponse or the JWT. */
  credential: string
  form: SignInForm
}

/** Signs in on the engine client's world, on the engine clock (offset from the wall clock). */
async function signIn(client: EngineClient, clockOffsetMs: number, { provider, form }: { provider: SimulatedProvider; form: SignInForm }): Promise<SignedIn> {
  const principalTags = tagsFromText(form.tags)
  const transitiveTagKeys = linesOf(form.transitiveTagKeys)
  const lifetimeSeconds = wholeNumber(form.lifetime)
  const common = {
    ...(Object.keys(principalTags).length > 0 ? { principalTags } : {}),
    ...(transitiveTagKeys.length > 0 ? { transitiveTagKeys } : {}),
    ...(form.sourceIdentity.trim() === '' ? {} : { sourceIdentity: form.sourceIdentity.trim() }),
    ...(lifetimeSeconds === undefined ? {} : { lifetimeSeconds }),
  }
  if (provider.kind === 'saml') {
    const duration = wholeNumber(form.sessionDuration)
    const result = await client.signInSaml(provider.arn, {
      ...common,
      nameId: form.subject,
      nameIdFormat: form.nameIdFormat,
      roles: [{ roleArn: form.roleArn, providerArn: provider.arn }],
      roleSessionName: form.sessionName,
      ...(duration === undefined ? {} : { sessionDuration: duration }),
    }, clockOffsetMs)
    if (!result.ok) throw new Error(result.reason)
    return { kind: 'saml', credential: result.base64, form }
  }
  const audience = form.audience.trim()
  if (provider.kind === 'oauth2') {
    const result = await client.signInOauth2(provider.arn, { userId: form.subject, ...(audience === '' ? {} : { appId: audience }), ...(lifetimeSeconds === undefined ? {} : { lifetimeSeconds }) }, clockOffsetMs)
    if (!result.ok) throw new Error(result.reason)
    return { kind: 'oauth2', credential: result.token, form }
  }
  if (provider.kind === 'cognito') {
    const result = await client.signInCognito({
      sub: form.subject,
      amr: linesOf(form.amr),
      ...(audience === '' ? {} : { poolId: audience }),
      ...(lifetimeSeconds === undefined ? {} : { lifetimeSeconds }),
      ...(Object.keys(principalTags).length > 0 ? { principalTags } : {}),
    }, clockOffsetMs)
    if (!result.ok) throw new Error(result.reason)
    return { kind: 'cognito', credential: result.token, form }
  }
  const result = await client.signInOidc(provider.arn, { ...common, sub: form.subject, ...(audience === '' ? {} : { aud: audience }) }, clockOffsetMs)
  if (!result.ok) throw new Error(result.reason)
  return { kind: 'oidc', credential: result.token, form }
}

/** Signing in at a simulated IdP: a mutation, like sending a request. */
export function useSignIn(clockOffsetMs: number) {
  const client = useEngineClient()
  return useMutation({ mutationKey: ['idp', 'sign-in'], mutationFn: (input: { provider: SimulatedProvider; form: SignInForm }) => signIn(client, clockOffsetMs, input) })
}
