// The views, one line each: a hash route, the title in the navigation, and the chunk that draws it
// (loaded on demand, so the first page carries only the shell).
import type { ComponentType } from 'react'
import type { ViewProps } from './state/view-props.ts'

export interface ViewEntry {
  /** The route after `#`: `/`, `/federation`. */
  path: string
  title: string
  /** What the view is for, in the navigation's tooltip and the loading line. */
  description: string
  load: () => Promise<{ default: ComponentType<ViewProps> }>
}

export const views: readonly ViewEntry[] = [
  { path: '/', title: 'Workbench', description: 'Build, sign and send STS requests; see the wire, the answer and why', load: () => import('./views/workbench/workbench-view.tsx') },
  { path: '/world', title: 'World', description: 'Every account, user, role, policy, resource and identity provider of the simulated AWS, editable', load: () => import('./views/world/world-view.tsx') },
  { path: '/policies', title: 'Policies', description: 'What a caller may do: every policy layer per action, the intersection that survives, and what-ifs', load: () => import('./views/policies/policies-view.tsx') },
  { path: '/federation', title: 'Federation', description: 'Simulated identity providers, the token inspector and the providers of the world', load: () => import('./views/federation/federation-view.tsx') },
  { path: '/compare', title: 'Compare', description: 'The ways to get temporary credentials side by side, as AWS compares them, each answer shown by requests the engine sent', load: () => import('./views/compare/compare-view.tsx') },
  { path: '/lessons', title: 'Lessons', description: 'Learning mode: lessons with goals the engine checks, and exam-style challenges with a score per topic', load: () => import('./views/lessons/lessons-view.tsx') },
]

export function viewFor(path: string): ViewEntry | undefined {
  return views.find((view) => view.path === path)
}
