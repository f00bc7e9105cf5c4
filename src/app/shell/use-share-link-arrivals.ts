import { useEffect, useRef } from 'react'
import { SHARE_PREFIX } from '../state/share-link.ts'
import { openShareLink, type StartupNotice } from '../state/startup.ts'
import type { Workspace, WorkspaceAction } from '../state/workspace.ts'

/**
 * A share link opened in a tab where the playground is already running changes only the fragment:
 * it opens as a scenario here too, and the address goes back to the workbench's route.
 */
export function useShareLinkArrivals(workspace: Workspace, dispatch: (action: WorkspaceAction) => void, onRefused: (notice: StartupNotice) => void): void {
  const latest = useRef({ workspace, dispatch, onRefused })
  useEffect(() => {
    latest.current = { workspace, dispatch, onRefused }
  })
  useEffect(() => {
    const onHashChange = () => {
      const hash = window.location.hash
      if (!hash.startsWith(SHARE_PREFIX)) return
      history.replaceState(null, '', `${location.pathname}${location.search}#/`)
      void openShareLink(latest.current.workspace, hash).then((opened) => {
        if (opened.ok && opened.workspace.scenario) latest.current.dispatch({ type: 'open-scenario', scenario: opened.workspace.scenario })
        else if (!opened.ok) latest.current.onRefused(opened.notice)
      })
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
}
