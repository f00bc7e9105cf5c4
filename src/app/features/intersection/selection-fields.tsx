// Which rows: actions (a list, a service prefix or a pattern such as s3:Put*) and an optional
// resource ARN, each a labelled text field with its problem in words.
import { inputClass } from '../../ui/input-class.ts'

interface SelectionFieldsProps {
  actionsText: string
  onActionsText: (text: string) => void
  /** Why the actions text cannot be used, if it cannot. */
  actionsProblem: string | undefined
  resource: string
  onResource: (text: string) => void
}

const EXAMPLES = ['s3:GetObject, s3:GetBucketPolicy, s3:PutObject, s3:ListBucket', 's3', 's3:Put*', 'iam']

export function SelectionFields({ actionsText, onActionsText, actionsProblem, resource, onResource }: SelectionFieldsProps) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="flex flex-col gap-1.5">
        <label htmlFor="policies-actions" className="text-sm font-medium">
          Actions
        </label>
        <input
          id="policies-actions"
          value={actionsText}
          onChange={(event) => onActionsText(event.target.value)}
          aria-describedby="policies-actions-hint"
          aria-invalid={actionsProblem !== undefined}
          spellCheck={false}
          className={`${inputClass} font-mono`}
        />
        <div id="policies-actions-hint" className="flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400">
          {actionsProblem !== undefined ? (
            <p className="font-semibold text-red-800 dark:text-red-300">
              <span aria-hidden="true">✗ </span>
              {actionsProblem}
            </p>
          ) : (
            <p>Actions separated by commas, a whole service (s3) or a pattern (s3:Put*).</p>
          )}
          <p className="flex flex-wrap items-center gap-1.5">
            Try:
            {EXAMPLES.map((example) => (
              <button key={example} type="button" onClick={() => onActionsText(example)} className="rounded border border-slate-300 px-1.5 font-mono hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800">
                {example.length > 24 ? 'the four of the example' : example}
              </button>
            ))}
          </p>
        </div>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="policies-resource" className="text-sm font-medium">
          Resource ARN (optional)
        </label>
        <input id="policies-resource" value={resource} onChange={(event) => onResource(event.target.value)} aria-describedby="policies-resource-hint" spellCheck={false} placeholder="*" className={`${inputClass} font-mono`} />
        <p id="policies-resource-hint" className="text-xs text-slate-600 dark:text-slate-400">
          Empty or *: every statement counts whatever its Resource, and no resource policy applies. An ARN (arn:aws:s3:::bucket/key) brings in the resource’s own policy and its account.
        </p>
      </div>
    </div>
  )
}
