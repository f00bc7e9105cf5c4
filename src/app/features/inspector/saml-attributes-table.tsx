import { Fragment } from 'react'
import type { SamlAttribute } from './saml-summary.ts'

/** A value with a line-break opportunity after each comma, so a Role pair breaks between its two ARNs. */
function CommaBreaks({ text }: { text: string }) {
  const parts = text.split(/(?<=,)/)
  return parts.map((part, index) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && <wbr />}
    </Fragment>
  ))
}

/** Every attribute (name → values), the ones AWS reads marked "AWS" and named shortly. */
export function SamlAttributesTable({ attributes }: { attributes: readonly SamlAttribute[] }) {
  if (attributes.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No attributes. STS needs at least Role and RoleSessionName.</p>
  return (
    <div className="overflow-x-auto">
      <table className="w-full table-fixed text-left text-sm">
        <caption className="sr-only">Attributes of the assertion</caption>
        <thead>
          <tr className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
            <th scope="col" className="w-2/5 py-1 pr-3 font-medium">Name</th>
            <th scope="col" className="py-1 font-medium">Values</th>
          </tr>
        </thead>
        <tbody>
          {attributes.map((attribute, index) => (
            <tr key={`${attribute.name}-${index}`} className={`border-b align-top ${attribute.aws !== undefined ? 'border-indigo-100 bg-indigo-50/70 dark:border-indigo-900 dark:bg-indigo-950/40' : 'border-slate-100 dark:border-slate-800'}`}>
              <th scope="row" className="py-1.5 pr-3 font-normal">
                {attribute.aws !== undefined && (
                  <span className="mr-1.5 rounded border border-indigo-300 px-1 text-[11px] font-semibold text-indigo-800 dark:border-indigo-600 dark:text-indigo-200">AWS</span>
                )}
                <span className={attribute.aws !== undefined ? 'font-semibold wrap-anywhere text-slate-900 dark:text-slate-100' : 'font-mono text-[13px] wrap-anywhere'}>{attribute.aws ?? attribute.name}</span>
                {attribute.aws !== undefined && <div className="font-mono text-[11px] wrap-anywhere text-slate-600 dark:text-slate-400">{attribute.name}</div>}
              </th>
              <td className="py-1.5">
                {attribute.values.length === 0 ? (
                  <span className="text-slate-600 italic dark:text-slate-400">no values</span>
                ) : (
                  <ul className="flex flex-col gap-0.5">
                    {attribute.values.map((value, k) => (
                      <li key={k} className="font-mono text-[13px] wrap-anywhere">
                        <CommaBreaks text={value} />
                      </li>
                    ))}
                  </ul>
                )}
                {attribute.aws === 'Role' && <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">Each value: a role ARN and a SAML provider ARN, comma-separated.</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
