import { authorize, type AuthorizationInput, type Decision } from '../policy/authorize.ts'

export interface ActionDecisions {
  /** The first action that was not allowed, or undefined when all were. */
  deniedAction?: string
  /** Each action's decision and the exact input it was decided on (for traces and encoded messages). */
  decisions: { action: string; decision: Decision; request: AuthorizationInput }[]
}

/**
 * Decides the actions one after another and stops at the first that is not allowed: a call that
 * needs several permissions (sts:AssumeRole, then sts:TagSession, then sts:SetSourceIdentity) is
 * refused for the first it lacks.
 */
export function authorizeInOrder(actions: readonly string[], requestFor: (action: string) => AuthorizationInput): ActionDecisions {
  const decisions: ActionDecisions['decisions'] = []
  for (const action of actions) {
    const request = requestFor(action)
    const decision = authorize(request)
    decisions.push({ action, decision, request })
    if (decision.result !== 'Allow') return { deniedAction: action, decisions }
  }
  return { decisions }
}
