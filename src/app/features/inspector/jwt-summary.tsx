import type { JsonObject } from './jwt-decode.ts'
import { audiences, SOURCE_IDENTITY_CLAIM, tagsClaim, TAGS_CLAIM, timeClaims } from './jwt-decode.ts'
import { FactList } from './fact-list.tsx'
import { InstantList } from './instant-list.tsx'
import { SessionTagsTable } from './session-tags-table.tsx'

function claimText(value: unknown): string | undefined {
  if (value === undefined) return undefined
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** Who issued the token, about whom, for whom, until when, and the session tags it asks for. */
export function JwtSummary({ header, payload, nowMs }: { header: JsonObject; payload: JsonObject; nowMs: number }) {
  const aud = audiences(payload)
  const tags = tagsClaim(payload)
  const times = timeClaims(payload).map((claim) => ({
    label: claim.name,
    role: claim.role,
    raw: claimText(claim.raw) ?? '',
    ms: claim.ms,
    note: claim.ms !== undefined && !claim.integer ? 'STS wants whole seconds (an integer).' : undefined,
  }))
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <FactList
        label="Token claims"
        facts={[
          { term: 'Issuer (iss)', value: claimText(payload.iss) },
          { term: 'Subject (sub)', value: claimText(payload.sub) },
          { term: 'Audience (aud)', value: aud.length === 0 ? undefined : aud.join(', ') },
          ...(payload.azp === undefined ? [] : [{ term: 'Authorized party (azp)', value: claimText(payload.azp) }]),
          { term: 'Algorithm (alg)', value: claimText(header.alg), detail: header.alg === 'none' ? 'Unsigned: nothing vouches for the claims.' : undefined },
          ...(header.kid === undefined ? [] : [{ term: 'Key id (kid)', value: claimText(header.kid) }]),
          ...(payload[SOURCE_IDENTITY_CLAIM] === undefined ? [] : [{ term: 'Source identity', value: claimText(payload[SOURCE_IDENTITY_CLAIM]) }]),
        ]}
      />
      <div className="flex flex-col gap-1.5">
        <h3 className="text-sm font-medium text-slate-900 dark:text-slate-100">Validity</h3>
        <InstantList label="Time claims" rows={times} nowMs={nowMs} />
      </div>
      {tags === undefined ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No <code className="font-mono">{TAGS_CLAIM}</code> claim: no session tags.
        </p>
      ) : (
        <SessionTagsTable claim={tags} caption={`Session tags (${TAGS_CLAIM})`} />
      )}
    </div>
  )
}
