import type { TagsClaim } from './jwt-decode.ts'

/** The session tags a token asks for: key, value, and whether each is transitive (passed on when chaining). */
export function SessionTagsTable({ claim, caption }: { claim: TagsClaim; caption: string }) {
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      {claim.rows.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full table-fixed text-left text-sm">
            <caption className="text-left text-sm font-medium text-slate-900 dark:text-slate-100">{caption}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
                <th scope="col" className="py-1 pr-3 font-medium">Key</th>
                <th scope="col" className="py-1 pr-3 font-medium">Value</th>
                <th scope="col" className="w-24 py-1 font-medium">Transitive</th>
              </tr>
            </thead>
            <tbody>
              {claim.rows.map((row) => (
                <tr key={row.key} className="border-b border-slate-100 align-top dark:border-slate-800">
                  <th scope="row" className="py-1 pr-3 font-mono text-[13px] font-normal wrap-anywhere">{row.key}</th>
                  <td className="py-1 pr-3 font-mono text-[13px] wrap-anywhere">{row.value ?? <span className="font-sans text-slate-600 italic dark:text-slate-400">no such tag</span>}</td>
                  <td className="py-1">{row.transitive ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {claim.problems.map((problem) => (
        <p key={problem} className="text-sm text-red-700 dark:text-red-300">
          <span aria-hidden="true">✗ </span>
          {problem}
        </p>
      ))}
    </div>
  )
}
