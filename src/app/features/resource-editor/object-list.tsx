import { useId } from 'react'
import type { WorldProblem } from '../../engine/types.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { inputClass } from '../../ui/input-class.ts'
import { MAX_OBJECT_TAGS, type ObjectDraft, type TagDraft } from './bucket-draft.ts'
import { hasProblemAt } from '../../ui/problem-paths.ts'

interface ObjectListProps {
  objects: readonly ObjectDraft[]
  onChange: (objects: ObjectDraft[]) => void
  /** `resources.s3Buckets[0]`: where the problems of this list are. */
  path: string
  problems: readonly WorldProblem[]
}

const smallButton = `${secondaryButton} text-xs!`

/** A bucket's objects, each with a key and tags: what `s3:ExistingObjectTag/<key>` conditions read. */
export function ObjectList({ objects, onChange, path, problems }: ObjectListProps) {
  const id = useId()
  const replace = (index: number, object: ObjectDraft) => onChange(objects.map((o, i) => (i === index ? object : o)))
  const replaceTag = (index: number, t: number, tag: TagDraft) => {
    const object = objects[index]!
    replace(index, { ...object, tags: object.tags.map((old, i) => (i === t ? tag : old)) })
  }
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="text-sm font-medium text-slate-900 dark:text-slate-100">Objects ({objects.length})</legend>
      <p className="text-xs text-slate-600 dark:text-slate-400">The objects a request may name. Their tags (up to {MAX_OBJECT_TAGS} each) are what s3:ExistingObjectTag/&lt;key&gt; conditions read.</p>
      {objects.length === 0 && <p className="text-sm text-slate-700 dark:text-slate-300">None.</p>}
      {objects.map((object, index) => {
        const at = `${path}.objects[${index}]`
        return (
          <div key={index} className="flex min-w-0 flex-col gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-700">
            <EditorField id={`${id}-${index}-key`} label={`Object ${index + 1} key`} value={object.key} onChange={(key) => replace(index, { ...object, key })} invalid={hasProblemAt(problems, `${at}.key`)} hint="e.g. q1.csv or 2026/q1.csv" />
            {object.tags.map((tag, t) => {
              const tagInvalid = hasProblemAt(problems, `${at}.tags[${t}]`) || hasProblemAt(problems, `${at}.tags.${tag.key}`)
              const invalidClass = tagInvalid ? 'border-red-600! dark:border-red-400!' : ''
              return (
                <div key={t} role="group" aria-label={`Tag ${t + 1} of object ${index + 1}`} className="flex min-w-0 flex-wrap items-end gap-2">
                  <div className="flex min-w-0 flex-1 basis-28 flex-col gap-1">
                    <label htmlFor={`${id}-${index}-tag-${t}-key`} className="text-xs font-medium text-slate-900 dark:text-slate-100">
                      Tag key
                    </label>
                    <input id={`${id}-${index}-tag-${t}-key`} type="text" spellCheck={false} autoComplete="off" aria-invalid={tagInvalid} value={tag.key} onChange={(event) => replaceTag(index, t, { ...tag, key: event.target.value })} className={`${inputClass} ${invalidClass}`} />
                  </div>
                  <div className="flex min-w-0 flex-1 basis-28 flex-col gap-1">
                    <label htmlFor={`${id}-${index}-tag-${t}-value`} className="text-xs font-medium text-slate-900 dark:text-slate-100">
                      Value
                    </label>
                    <input id={`${id}-${index}-tag-${t}-value`} type="text" spellCheck={false} autoComplete="off" aria-invalid={tagInvalid} value={tag.value} onChange={(event) => replaceTag(index, t, { ...tag, value: event.target.value })} className={`${inputClass} ${invalidClass}`} />
                  </div>
                  <button type="button" className={smallButton} onClick={() => replace(index, { ...object, tags: object.tags.filter((_, i) => i !== t) })}>
                    Remove tag<span className="sr-only"> {t + 1} of object {index + 1}</span>
                  </button>
                </div>
              )
            })}
            <div className="flex flex-wrap gap-2">
              <button type="button" className={smallButton} disabled={object.tags.length >= MAX_OBJECT_TAGS} onClick={() => replace(index, { ...object, tags: [...object.tags, { key: '', value: '' }] })}>
                Add tag<span className="sr-only"> to object {index + 1}</span>
              </button>
              <button type="button" className={smallButton} onClick={() => onChange(objects.filter((_, i) => i !== index))}>
                Remove object {index + 1}
              </button>
            </div>
          </div>
        )
      })}
      <div>
        <button type="button" className={secondaryButton} onClick={() => onChange([...objects, { key: '', tags: [] }])}>
          Add object
        </button>
      </div>
    </fieldset>
  )
}
