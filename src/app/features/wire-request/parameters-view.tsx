import type { QueryPair } from '../../engine/types.ts'
import { CopyButton } from '../../ui/copy-button.tsx'
import { ParameterName } from './parameter-name.tsx'
import { isListItem, parametersTsv } from './parameter-rows.ts'
import { ParameterValue } from './parameter-value.tsx'

/** The request's parameters decoded, one table row per pair, in the order they are sent. */
export function ParametersView({ pairs }: { pairs: readonly QueryPair[] }) {
  const hasLists = pairs.some(([name]) => isListItem(name))
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div className="flex min-w-0 flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <p className="text-xs text-slate-600 dark:text-slate-400">One row per parameter, in the order sent, with the URL encoding undone.</p>
        <CopyButton text={parametersTsv(pairs)} label="Copy parameters as tab-separated rows" />
      </div>
      <table className="w-full table-fixed border-collapse text-left text-[13px]">
        <caption className="mb-1 text-left text-xs font-medium text-slate-700 dark:text-slate-300">Decoded parameters</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="w-2/5 py-1.5 pr-3 text-xs font-semibold text-slate-700 dark:text-slate-300">
              Parameter
            </th>
            <th scope="col" className="py-1.5 text-xs font-semibold text-slate-700 dark:text-slate-300">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map(([name, value], index) => (
            <tr key={index} className="border-b border-slate-200 align-top last:border-b-0 dark:border-slate-700">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                <ParameterName name={name} />
              </th>
              <td className="py-1.5">
                <ParameterValue name={name} value={value} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hasLists && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Lists are flattened: <code className="font-mono">Tags.member.1.Key</code> is the <code className="font-mono">Key</code> of the first item of{' '}
          <code className="font-mono">Tags</code> (items count from 1).
        </p>
      )}
    </div>
  )
}
