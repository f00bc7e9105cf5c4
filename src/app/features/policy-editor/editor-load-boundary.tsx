import { Component, type ReactNode } from 'react'

interface EditorLoadBoundaryProps {
  /** What to show instead when the editor fails to load or to start. */
  fallback: ReactNode
  children: ReactNode
}

/**
 * Catches a failed lazy load (a chunk that cannot be fetched) or an editor that throws while it
 * starts, and keeps the plain text area instead: the field must always work.
 */
export class EditorLoadBoundary extends Component<EditorLoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
