// The world view (#/world): every account, IAM user, role and policy of the simulated AWS, the
// organization, resources with their policies and the identity providers, each editable. An edit is
// applied only if the world stays valid (problems shown at their paths), and the last edits can be undone.
import { useState } from 'react'
import type { World } from '../../engine/types.ts'
import { OrganizationEditor } from '../../features/organization-editor/organization-editor.tsx'
import { ResourceEditor } from '../../features/resource-editor/resource-editor.tsx'
import { PolicyDocumentField } from '../../features/policy-editor/policy-document-field.tsx'
import { AwsManagedPolicyBrowser } from '../../features/world-browser/aws-managed-policy-browser.tsx'
import { EntitySection } from '../../features/world-browser/entity-section.tsx'
import { WhoCanAssumePanel } from '../../features/world-browser/who-can-assume-panel.tsx'
import { rememberBefore, takeLastUndo, useUndoEntries } from '../../features/world-browser/world-undo.ts'
import { sectionCount, WORLD_SECTIONS } from '../../features/world-browser/world-sections.ts'
import { ProvidersEditor } from '../../features/world-editor/providers-editor.tsx'
import { checkWorld } from '../../state/world-check.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import type { ViewProps } from '../../state/view-props.ts'
import { lastWorldPlace, rememberWorldPlace, type WorldPlace } from '../../features/world-browser/world-place.ts'


export default function WorldView({ state, dispatch }: ViewProps) {
  const { world } = state
  const [place, setPlace] = useState(lastWorldPlace)
  const move = (next: WorldPlace) => {
    rememberWorldPlace(next)
    setPlace(next)
  }
  const undo = useUndoEntries()
  const apply = (next: World, what = 'Edit the world') => {
    const check = checkWorld(next)
    if (!check.ok) return check.problems
    rememberBefore({ before: world, what })
    dispatch({ type: 'world', world: check.world })
    return []
  }
  const undoLast = () => {
    const last = takeLastUndo()
    if (last !== undefined) dispatch({ type: 'world', world: last.before })
  }
  const section = place.section
  const editing = { world, apply, PolicyField: PolicyDocumentField }

  return (
    <div className="mx-auto flex max-w-[1720px] flex-col gap-4 p-4 sm:p-6" data-testid="world-view">
      <header className="flex min-w-0 flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-xl font-semibold text-slate-900 dark:text-slate-100">The world: {world.name}</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">Everything STS and the policy engine answer from. Edit, apply, then send a request and see the answer change.</p>
        </div>
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <button type="button" className={secondaryButton} disabled={undo.length === 0} onClick={undoLast} data-testid="world-undo">
            {undo.length === 0 ? 'Undo' : `Undo: ${undo.at(-1)?.what ?? ''}`}
          </button>
        </div>
      </header>
      <div className="grid min-w-0 items-start gap-5 lg:grid-cols-[12rem_minmax(0,1fr)]">
        <nav aria-label="World sections" className="min-w-0">
          <ul className="flex gap-1 overflow-x-auto pb-1 lg:flex-col lg:overflow-visible">
            {WORLD_SECTIONS.map(({ id, title }) => {
              const count = sectionCount(world, id)
              const current = id === section
              return (
                <li key={id} className="shrink-0">
                  <button
                    type="button"
                    aria-current={current ? 'page' : undefined}
                    data-section={id}
                    onClick={() => move({ ...place, section: id })}
                    className={`flex w-full items-center justify-between gap-2 rounded-md px-3 py-2 text-left text-sm whitespace-nowrap ${
                      current ? 'bg-indigo-600 font-semibold text-white' : 'text-slate-800 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'
                    }`}
                  >
                    {title}
                    {count !== undefined && <span className={`rounded-full px-1.5 text-xs ${current ? 'bg-indigo-500' : 'bg-slate-200 dark:bg-slate-700'}`}>{count.toLocaleString('en-US')}</span>}
                  </button>
                </li>
              )
            })}
          </ul>
        </nav>
        <section aria-label={WORLD_SECTIONS.find((s) => s.id === section)?.title} className="min-w-0">
          {section === 'accounts' || section === 'users' || section === 'roles' || section === 'policies' ? (
            <EntitySection
              key={section}
              section={section}
              {...editing}
              trustInsight={(roleIndex, text) => <WhoCanAssumePanel world={world} roleIndex={roleIndex} trustPolicyText={text} clockOffsetMs={state.clockOffsetMs} />} selectedKey={place.selected[section]} onSelect={(key) => move({ ...place, selected: { ...place.selected, [section]: key } })} />
          ) : section === 'aws-policies' ? (
            <AwsManagedPolicyBrowser />
          ) : section === 'providers' ? (
            <ProvidersEditor world={world} onChange={(edited) => apply(edited, 'Edit identity providers')} />
          ) : section === 'organization' ? (
            <OrganizationEditor world={world} apply={(next) => apply(next, 'Edit the organization')} PolicyField={PolicyDocumentField} />
          ) : (
            <ResourceEditor world={world} apply={(next) => apply(next, 'Edit resources')} PolicyField={PolicyDocumentField} />
          )}
        </section>
      </div>
    </div>
  )
}
