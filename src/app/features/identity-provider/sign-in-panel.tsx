import { useState } from 'react'
import { oidcProviderArn } from '../../engine/world-model.ts'
import type { SimulatedProvider, World } from '../../engine/types.ts'
import { CopyButton } from '../../ui/copy-button.tsx'
import { Panel } from '../../ui/panel.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { defaultAudience, initialForm, NAME_ID_FORMATS, type ProviderKind, type SignInForm } from './sign-in-form.ts'
import { TextField } from './text-field.tsx'
import { useSignIn, type SignedIn } from './use-sign-in.ts'

interface SignInPanelProps {
  world: World
  providers: readonly SimulatedProvider[]
  /** The engine clock's offset from the wall clock: assertions and tokens are issued on the engine clock. */
  clockOffsetMs: number
  /** Puts the assertion or token into the federation request (sent unsigned). */
  onUse: (signedIn: SignedIn) => void
  /** Shows it decoded in the inspector. */
  onInspect: (signedIn: SignedIn) => void
}

const primary = 'rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700'
const secondary =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700'

function audienceOf(world: World, provider: SimulatedProvider | undefined): string {
  const clientIds = provider?.kind === 'oidc' ? (world.oidcProviders.find((p) => oidcProviderArn(world, p) === provider.arn)?.clientIds ?? []) : []
  return defaultAudience(provider, clientIds)
}

/** What each kind of IdP hands over, and to which operation. */
const KIND_TEXT: Record<ProviderKind, { tag: string; hint: string; subject: string; audience: string; audienceHint: string; lifetime: string }> = {
  saml: { tag: 'SAML', hint: 'SAML 2.0: a signed samlp:Response for AssumeRoleWithSAML.', subject: 'NameID (the user at the IdP)', audience: '', audienceHint: '', lifetime: 'Assertion lifetime (seconds)' },
  oidc: {
    tag: 'OIDC',
    hint: 'OpenID Connect: a signed ID token (JWT) for AssumeRoleWithWebIdentity.',
    subject: 'Subject (sub claim)',
    audience: 'Audience (aud claim)',
    audienceHint: "Must be one of the provider's client ids, or STS answers “Incorrect token audience”.",
    lifetime: 'Token lifetime (seconds)',
  },
  oauth2: {
    tag: 'OAuth 2.0',
    hint: 'An opaque access token for AssumeRoleWithWebIdentity with ProviderId: STS asks the provider who it belongs to.',
    subject: 'User id at the provider',
    audience: 'App id',
    audienceHint: 'An app registered at the provider; another one makes the provider reject the token (IDPRejectedClaim).',
    lifetime: 'Token lifetime (seconds)',
  },
  cognito: {
    tag: 'Cognito',
    hint: 'An Amazon Cognito identity token (JWT) for AssumeRoleWithWebIdentity: no IAM provider needed.',
    subject: 'Identity id (sub claim)',
    audience: 'Identity pool (aud claim)',
    audienceHint: "The identity pool id; trust policies check it as cognito-identity.amazonaws.com:aud.",
    lifetime: 'Token lifetime (seconds)',
  },
}

/** Sign in at an IdP of the world, simulated with its demo keys, and get what it would hand to STS. */
export function SignInPanel({ world, providers, clockOffsetMs, onUse, onInspect }: SignInPanelProps) {
  const [form, setForm] = useState<SignInForm>(() => initialForm(providers[0], audienceOf(world, providers[0])))
  const provider = providers.find((p) => p.arn === form.providerArn)
  const signing = useSignIn(clockOffsetMs)
  const set = (field: keyof SignInForm) => (value: string) => setForm({ ...form, [field]: value })
  const kind: ProviderKind = provider?.kind ?? 'oidc'
  const saml = kind === 'saml'
  const text = KIND_TEXT[kind]
  const result = signing.data

  if (providers.length === 0) {
    return (
      <Panel id="idp" title="Simulated identity provider" description="Sign in at an IdP of the world and get a signed assertion or token.">
        <p className="text-sm">This world has no SAML or OIDC provider with a simulated IdP key.</p>
      </Panel>
    )
  }

  return (
    <Panel id="idp" title="Simulated identity provider" description="Sign in at an IdP of the world and get a signed SAML response or ID token for STS.">
      <p className="rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-xs text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100">
        <span aria-hidden="true">ℹ </span>A simulation: it signs with the demo keys in the world file. No real IdP is contacted, and nothing here is valid outside the playground.
      </p>
      <form
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault()
          if (provider) signing.mutate({ provider, form })
        }}
      >
        <SelectField
          id="idp-provider"
          label="Identity provider"
          value={form.providerArn}
          onChange={(arn) => {
            const next = providers.find((p) => p.arn === arn)
            setForm(initialForm(next, audienceOf(world, next)))
            signing.reset()
          }}
          hint={<p>{text.hint}</p>}
        >
          {providers.map((p) => (
            <option key={p.arn} value={p.arn}>
              {KIND_TEXT[p.kind].tag}: {p.label}
              {p.arn === p.label ? '' : ` (${p.arn})`}
            </option>
          ))}
        </SelectField>
        <SelectField id="idp-role" label="Role" value={form.roleArn} onChange={set('roleArn')} hint={<p>{saml ? 'Sent in the Role attribute, paired with the provider.' : 'The RoleArn of the request.'}</p>}>
          {(provider?.roles ?? []).map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </SelectField>
        <TextField label={text.subject} value={form.subject} onChange={set('subject')} />
        {saml ? (
          <SelectField id="idp-nameid-format" label="NameID format" value={form.nameIdFormat} onChange={set('nameIdFormat')} hint={<p>STS returns it as SubjectType (prefix removed for SAML 2.0 formats).</p>}>
            {NAME_ID_FORMATS.map((format) => (
              <option key={format} value={format}>
                {format}
              </option>
            ))}
          </SelectField>
        ) : (
          <TextField label={text.audience} value={form.audience} onChange={set('audience')} hint={text.audienceHint} />
        )}
        {kind === 'cognito' && (
          <TextField label="amr values" value={form.amr} onChange={set('amr')} lines={3} hint="One per line: authenticated or unauthenticated, then the login provider." />
        )}
        <TextField label={saml ? 'RoleSessionName attribute' : 'RoleSessionName (request)'} value={form.sessionName} onChange={set('sessionName')} />
        <TextField
          label={saml ? 'SessionDuration attribute (seconds)' : 'DurationSeconds (request)'}
          value={form.sessionDuration}
          onChange={set('sessionDuration')}
          inputMode="numeric"
          hint="Empty: the default, one hour."
        />
        {kind !== 'oauth2' && (
          <TextField label="Session tags" value={form.tags} onChange={set('tags')} lines={2} hint="Key=value, one per line. The role's trust policy must allow sts:TagSession." />
        )}
        {kind !== 'oauth2' && kind !== 'cognito' && (
          <>
            <TextField label="Transitive tag keys" value={form.transitiveTagKeys} onChange={set('transitiveTagKeys')} lines={2} hint="One key per line." />
            <TextField label="Source identity" value={form.sourceIdentity} onChange={set('sourceIdentity')} hint="Empty: none." />
          </>
        )}
        <TextField
          label={text.lifetime}
          value={form.lifetime}
          onChange={set('lifetime')}
          inputMode="numeric"
          hint={saml ? 'NotOnOrAfter of the assertion. STS also wants it redeemed within 5 minutes of issue.' : 'exp − iat. A negative value makes a token that has already expired.'}
        />
        <div>
          <button type="submit" className={primary} disabled={signing.isPending}>
            Sign in
          </button>
        </div>
      </form>
      {signing.error !== null && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          <span aria-hidden="true">✗ </span>The simulated IdP could not sign in: {signing.error.message}
        </p>
      )}
      {result !== undefined && <SignedInResult result={result} onUse={onUse} onInspect={onInspect} />}
    </Panel>
  )
}

function SignedInResult({ result, onUse, onInspect }: { result: SignedIn; onUse: (r: SignedIn) => void; onInspect: (r: SignedIn) => void }) {
  const what = result.kind === 'saml' ? 'SAML response (base64)' : result.kind === 'oauth2' ? 'OAuth 2.0 access token' : 'ID token (JWT)'
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-700 dark:bg-emerald-950">
      {/* Only the sentence is announced: the credential itself is thousands of characters. */}
      <p role="status" className="text-sm font-semibold text-emerald-950 dark:text-emerald-100">
        <span aria-hidden="true">✓ </span>Signed in. The IdP handed over a {what} of {result.credential.length.toLocaleString('en-US')} characters.
      </p>
      <p data-testid="idp-credential" className="max-h-16 overflow-hidden font-mono text-xs break-all text-slate-800 dark:text-slate-200">
        {result.credential}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={primary} onClick={() => onUse(result)}>
          Use in {result.kind === 'saml' ? 'AssumeRoleWithSAML' : 'AssumeRoleWithWebIdentity'}
        </button>
        <button type="button" className={secondary} onClick={() => onInspect(result)}>
          Open in Inspector
        </button>
        <CopyButton text={result.credential} label={`Copy the ${what}`} />
      </div>
    </div>
  )
}
