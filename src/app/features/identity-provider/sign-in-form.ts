// The simulated IdP's sign-in form as plain data, and what a sign-in puts into the request.
import type { SimulatedProvider } from '../../../engine/index.ts'
import { ANONYMOUS } from '../caller/callers.ts'

export interface SignInForm {
  providerArn: string
  roleArn: string
  /** SAML NameID, or the OIDC `sub` claim. */
  subject: string
  /** SAML only: the NameID Format. */
  nameIdFormat: string
  /** OIDC only: the `aud` claim. */
  audience: string
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

/** A ready-to-send form for a provider: its first trusting role, a demo user, the usual lifetimes. */
export function initialForm(provider: SimulatedProvider | undefined, audience = ''): SignInForm {
  const saml = provider?.kind === 'saml'
  return {
    providerArn: provider?.arn ?? '',
    roleArn: provider?.roles[0] ?? '',
    subject: saml ? 'alice@example.com' : 'user-1234',
    nameIdFormat: NAME_ID_FORMATS[0],
    audience,
    sessionName: saml ? 'alice@example.com' : 'web-session',
    sessionDuration: '',
    tags: '',
    transitiveTagKeys: '',
    sourceIdentity: '',
    lifetime: saml ? '300' : '3600',
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

/** The draft change a sign-in makes: the federation operation, its fields, sent unsigned. */
export function prefillFor(kind: 'saml' | 'oidc', form: SignInForm, credential: string) {
  const duration = wholeNumber(form.sessionDuration)
  return kind === 'saml'
    ? { type: 'prefill' as const, callerId: ANONYMOUS, operation: 'AssumeRoleWithSAML', fields: { RoleArn: form.roleArn, PrincipalArn: form.providerArn, SAMLAssertion: credential } }
    : {
        type: 'prefill' as const,
        callerId: ANONYMOUS,
        operation: 'AssumeRoleWithWebIdentity',
        fields: { RoleArn: form.roleArn, RoleSessionName: form.sessionName, WebIdentityToken: credential, ...(duration === undefined ? {} : { DurationSeconds: String(duration) }) },
      }
}
