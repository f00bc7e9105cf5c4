// The simulated IdP's sign-in form as plain data, and what a sign-in puts into the request.
import type { SimulatedProvider } from '../../engine/types.ts'
import { ANONYMOUS } from '../../state/callers.ts'

export interface SignInForm {
  providerArn: string
  roleArn: string
  /** SAML NameID, or the OIDC `sub` claim. */
  subject: string
  /** SAML only: the NameID Format. */
  nameIdFormat: string
  /** OIDC: the `aud` claim; OAuth 2.0: the app id; Cognito: the identity pool id. */
  audience: string
  /** Cognito only: the `amr` values, one per line. */
  amr: string
  sessionName: string
  /** Seconds, as typed; empty leaves it out (SAML SessionDuration attribute, OIDC DurationSeconds parameter). */
  sessionDuration: string
  /** `Key=value`, one per line. */
  tags: string
  /** One key per line. */
  transitiveTagKeys: string
  sourceIdentity: string
  /** How long the assertion or token is valid, in seconds, as typed. */
  lifetime: string
}

export const NAME_ID_FORMATS = [
  'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
  'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
] as const

export type ProviderKind = SimulatedProvider['kind']

const DEMO_SUBJECT: Record<ProviderKind, string> = {
  saml: 'alice@example.com',
  oidc: 'user-1234',
  oauth2: 'amzn1.account.AEXAMPLEUSER42',
  cognito: 'us-east-1:1f2e3d4c-5b6a-4789-8abc-def012345678',
}

/** How long each kind of IdP usually makes its assertion or token valid, in seconds. */
const DEMO_LIFETIME: Record<ProviderKind, string> = { saml: '300', oidc: '3600', oauth2: '3600', cognito: '600' }

/** The audience a provider's token is for by default: its first client id, app id or identity pool. */
export function defaultAudience(provider: SimulatedProvider | undefined, oidcClientIds: readonly string[] = []): string {
  if (provider?.kind === 'oauth2') return provider.appIds?.[0] ?? ''
  if (provider?.kind === 'cognito') return provider.identityPools?.[0]?.id ?? ''
  if (provider?.kind === 'oidc') return oidcClientIds[0] ?? ''
  return ''
}

/** A ready-to-send form for a provider: its first trusting role, a demo user, the usual lifetimes. */
export function initialForm(provider: SimulatedProvider | undefined, audience = ''): SignInForm {
  const kind = provider?.kind ?? 'oidc'
  return {
    providerArn: provider?.arn ?? '',
    roleArn: provider?.roles[0] ?? '',
    subject: DEMO_SUBJECT[kind],
    nameIdFormat: NAME_ID_FORMATS[0],
    audience,
    amr: 'authenticated\ngraph.facebook.com\ngraph.facebook.com:1020304050607080:4242',
    sessionName: kind === 'saml' ? 'alice@example.com' : 'web-session',
    sessionDuration: '',
    tags: '',
    transitiveTagKeys: '',
    sourceIdentity: '',
    lifetime: DEMO_LIFETIME[kind],
  }
}

/** `Key=value` lines to tags; lines without `=` are skipped, the first `=` splits. */
export function tagsFromText(text: string): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const at = line.indexOf('=')
    if (at <= 0) continue
    tags[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  return tags
}

export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** A whole number typed in a field, or undefined when empty or not a number. */
export function wholeNumber(text: string): number | undefined {
  return /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : undefined
}

/**
 * The draft change a sign-in makes: the federation operation and its fields, sent unsigned. An
 * OAuth 2.0 access token also names its provider (ProviderId); every other web token leaves it out
 * (and clears one left from an earlier sign-in).
 */
export function prefillFor(kind: ProviderKind, form: SignInForm, credential: string) {
  const duration = wholeNumber(form.sessionDuration)
  if (kind === 'saml') {
    return { type: 'prefill' as const, callerId: ANONYMOUS, operation: 'AssumeRoleWithSAML', fields: { RoleArn: form.roleArn, PrincipalArn: form.providerArn, SAMLAssertion: credential } }
  }
  return {
    type: 'prefill' as const,
    callerId: ANONYMOUS,
    operation: 'AssumeRoleWithWebIdentity',
    fields: {
      RoleArn: form.roleArn,
      RoleSessionName: form.sessionName,
      WebIdentityToken: credential,
      ProviderId: kind === 'oauth2' ? form.providerArn : '',
      DurationSeconds: duration === undefined ? '' : String(duration),
    },
  }
}
