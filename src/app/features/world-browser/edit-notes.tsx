/** What an Apply or Delete also changed or left elsewhere, in the engine's words (empty: nothing shown). */
export function EditNotes({ what, notes }: { what: string; notes: readonly string[] }) {
  if (notes.length === 0) return null
  return (
    <div role="status" data-testid="edit-notes" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100">
      <p className="font-semibold">{what}</p>
      <ul className="mt-1 list-disc pl-5">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  )
}
