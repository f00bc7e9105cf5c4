import { useId, useState } from 'react'
import type { QueryValue } from '../../engine/types.ts'
import { CopyButton } from '../../ui/copy-button.tsx'
import { CODE_FORMS } from './code-forms.ts'
import { LOCAL_STS_PORT, localStsUrl, type CodeRequest, type CodeTarget } from './code-request.ts'

export interface CodeExportViewProps {
  operation: string
  /** The draft's parameters as values (lists and structures unflattened), by wire name. */
  parameters: Readonly<Record<string, QueryValue>>
  /** Fields left out of the request (e.g. unfinished JSON), by parameter name. */
  problems: Readonly<Record<string, string>>
  /** The caller's keys; undefined for the anonymous caller (the request goes unsigned). */
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined
  /** The draft's real endpoint host and the region it signs for. */
  host: string
  region: string
}

type TargetKind = CodeTarget['kind']

/**
 * The current request as code to run: AWS CLI, Python (boto3), JavaScript (AWS SDK v3) and curl,
 * against `npm run serve:sts` or real AWS. Secrets stay in the environment unless the demo keys are
 * asked for, which only the local endpoint offers.
 */
export function CodeExportView({ operation, parameters, problems, credentials, host, region }: CodeExportViewProps) {
  const id = useId()
  const [targetKind, setTargetKind] = useState<TargetKind>('local')
  const [port, setPort] = useState(String(LOCAL_STS_PORT))
  const [includeKeys, setIncludeKeys] = useState(false)
  const portNumber = /^\d{1,5}$/.test(port) && Number(port) > 0 && Number(port) <= 65535 ? Number(port) : LOCAL_STS_PORT
  const target: CodeTarget = targetKind === 'local' ? { kind: 'local', url: localStsUrl(portNumber) } : { kind: 'aws', host, region }
  const embed = includeKeys && targetKind === 'local' && credentials !== undefined
  const request: CodeRequest = {
    operation,
    parameters,
    signed: credentials !== undefined,
    temporary: credentials?.sessionToken !== undefined,
    credentials: embed ? { kind: 'embedded', ...credentials } : { kind: 'environment' },
    target,
  }
  const leftOut = Object.keys(problems)

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <fieldset className="flex min-w-0 flex-col gap-2">
        <legend className="mb-1 text-xs font-medium text-slate-700 dark:text-slate-300">Run it against</legend>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <label className="inline-flex min-h-9 items-center gap-2">
            <input type="radio" name={`${id}-target`} checked={targetKind === 'local'} onChange={() => setTargetKind('local')} />
            <span>
              Local <code className="font-mono">npm run serve:sts</code>
            </span>
          </label>
          <label className="inline-flex items-center gap-2">
            <span className="text-xs text-slate-600 dark:text-slate-400">port</span>
            <input
              aria-label="Local endpoint port"
              inputMode="numeric"
              value={port}
              onChange={(event) => setPort(event.target.value)}
              disabled={targetKind !== 'local'}
              className="w-24 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm text-slate-900 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
            />
          </label>
          <label className="inline-flex min-h-9 items-center gap-2">
            <input type="radio" name={`${id}-target`} checked={targetKind === 'aws'} onChange={() => setTargetKind('aws')} />
            <span>
              Real AWS <code className="font-mono wrap-anywhere">{host}</code>
            </span>
          </label>
        </div>
        <label className="inline-flex min-h-9 items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1" checked={includeKeys} disabled={targetKind !== 'local' || credentials === undefined} onChange={(event) => setIncludeKeys(event.target.checked)} />
          <span>
            Write the caller’s demo keys into the code <span className="text-xs text-slate-600 dark:text-slate-400">(local endpoint only; otherwise the code reads AWS_ACCESS_KEY_ID and friends from the environment or a profile)</span>
          </span>
        </label>
      </fieldset>
      {leftOut.length > 0 && (
        <p role="note" className="text-xs text-amber-800 dark:text-amber-200">
          <span aria-hidden="true">⚠ </span>Left out, as on the wire: {leftOut.join(', ')} (not valid yet).
        </p>
      )}
      {CODE_FORMS.map((form) => {
        const text = form.generate(request)
        const labelId = `${id}-${form.key}`
        return (
          <div key={form.key} className="flex min-w-0 flex-col gap-1.5">
            <div className="flex min-w-0 flex-wrap items-center justify-between gap-x-3 gap-y-1">
              <h3 id={labelId} className="text-xs font-medium text-slate-700 dark:text-slate-300">
                {form.title}
              </h3>
              <CopyButton text={text} label={`Copy ${form.title} code`} />
            </div>
            <p id={`${labelId}-about`} className="text-xs text-slate-600 dark:text-slate-400">
              {form.run}
            </p>
            <pre
              role="group"
              aria-labelledby={labelId}
              aria-describedby={`${labelId}-about`}
              data-testid={`code-${form.key}`}
              tabIndex={0}
              className="max-h-96 overflow-auto rounded-lg bg-slate-900 px-4 py-3 font-mono text-[13px] leading-relaxed whitespace-pre-wrap wrap-anywhere text-slate-100 dark:bg-black/60 dark:ring-1 dark:ring-slate-700"
            >
              {text}
            </pre>
          </div>
        )
      })}
    </div>
  )
}
