// The workbench (#/): pick a caller, build a request, see it on the wire, send it, and read the answer
// and why. Composes the request, wire, why, response and history features around the shared state.
import { useEffect, useMemo, useRef } from 'react'
import { encodeQuery } from '../../engine/sts-model.ts'
import type { RequestTarget } from '../../engine/engine-host.ts'
import { useSendRequest, useSignedPreview } from '../../engine/queries.ts'
import { CodeExportView } from '../../features/code-export/code-export-view.tsx'
import { CallerPicker } from '../../features/caller/caller-picker.tsx'
import { EndpointPicker } from '../../features/caller/endpoint-picker.tsx'
import { MfaAuthenticator } from '../../features/caller/mfa-authenticator.tsx'
import { HistoryPanel } from '../../features/history/history-panel.tsx'
import { choosePoliciesSubject } from '../../features/intersection/subject-store.ts'
import { PolicyDocumentField } from '../../features/policy-editor/policy-document-field.tsx'
import { RequestBuilderPanel } from '../../features/request-builder/request-builder-panel.tsx'
import { ResponsePanel } from '../../features/response/response-panel.tsx'
import { WhyPanel } from '../../features/why/why-panel.tsx'
import { WireRequestPanel } from '../../features/wire-request/wire-request-panel.tsx'
import { callerGroups, callerKind, findCaller } from '../../state/callers.ts'
import { signingRegionFor, stsEndpointHost } from '../../engine/endpoints.ts'
import { draftParameters, draftRequest } from '../../state/request-draft.ts'
import type { Exchange } from '../../state/exchange.ts'
import type { ViewProps } from '../../state/view-props.ts'
import { CoursePointer } from './course-pointer.tsx'
import { useSendShortcut } from './use-send-shortcut.ts'

export default function WorkbenchView({ state, dispatch, navigate, arrivalFocus, onArrived, scenario }: ViewProps) {
  const groups = useMemo(() => callerGroups(state.world, state.wallet), [state.world, state.wallet])
  const caller = findCaller(groups, state.draft.callerId)
  const { pairs, problems } = useMemo(() => draftRequest(state.draft), [state.draft])
  const body = useMemo(() => encodeQuery(pairs), [pairs])
  const { parameters } = useMemo(() => draftParameters(state.draft), [state.draft])
  const target = useMemo<RequestTarget | undefined>(
    () => (caller === undefined ? undefined : { credentials: caller.credentials, body, host: stsEndpointHost(state.endpoint), region: signingRegionFor(state.endpoint) }),
    [caller, body, state.endpoint],
  )
  const preview = useSignedPreview(target, state.clockOffsetMs)
  // The answer comes into view where it is not already (on a phone it sits below the form).
  const answer = useRef<HTMLDivElement>(null)
  const revealNext = useRef(false)
  const sending = useSendRequest(({ request, result, sentAt }, sent: Pick<Exchange, 'callerLabel' | 'operation' | 'endpoint' | 'draft'>) => {
    revealNext.current = true
    dispatch({ type: 'recorded', exchange: { ...sent, request, result, sentAt } })
  })
  // Once the new answer is on the page (after the commit, so its layout is final).
  useEffect(() => {
    if (!revealNext.current) return
    revealNext.current = false
    revealAnswer(answer.current)
  }, [state.selectedExchangeId])
  const shown = state.history.find((exchange) => exchange.id === state.selectedExchangeId)

  const send = () => {
    if (target === undefined || sending.isPending) return
    // The history records the request as it was sent, even if the form changes before the answer.
    const about = { callerLabel: caller?.arn ?? 'anonymous', operation: state.draft.operation, endpoint: state.endpoint, draft: state.draft }
    sending.mutate({ target, clockOffsetMs: state.clockOffsetMs, about })
  }
  useSendShortcut(send)

  // Arriving from another view with a request to send ("Use in AssumeRoleWithSAML"): focus Send.
  const sendButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (arrivalFocus !== 'send') return
    sendButton.current?.focus()
    onArrived()
  }, [arrivalFocus, onArrived])

  return (
    <>
    {/* Not while a lesson is open: its banner already says where the learner is. */}
    {scenario?.kind !== 'lesson' && <CoursePointer />}
    {/* Narrow: one column in reading order. Wide: request | wire request over why | response over history. */}
    <div className="mx-auto grid max-w-[1720px] items-start gap-5 p-4 sm:p-6 xl:grid-cols-[minmax(0,0.95fr)_minmax(0,1fr)_minmax(0,1.2fr)]">
      <div className="min-w-0">
        <RequestBuilderPanel
          draft={state.draft}
          dispatch={(action) => dispatch({ type: 'draft', action })}
          PolicyField={PolicyDocumentField}
          callerPicker={
            <>
              <CallerPicker
                groups={groups}
                selected={caller}
                clockOffsetMs={state.clockOffsetMs}
                onChange={(callerId) => dispatch({ type: 'draft', action: { type: 'caller', callerId } })}
                onForget={(accessKeyId) => dispatch({ type: 'forget-credentials', accessKeyId })}
                onForgetExpired={(nowMs) => dispatch({ type: 'forget-expired', nowMs })}
                onExplore={(chosen) => {
                  if (chosen.kind === 'anonymous') return
                  choosePoliciesSubject({ kind: 'credentials', accessKeyId: chosen.id, ...(chosen.kind === 'session' ? { sessionToken: chosen.credentials.sessionToken } : {}) })
                  navigate('/policies')
                }}
              />
              <EndpointPicker value={state.endpoint} onChange={(endpoint) => dispatch({ type: 'endpoint', endpoint })} />
              <MfaAuthenticator
                world={state.world}
                caller={caller}
                operation={state.draft.operation}
                clockOffsetMs={state.clockOffsetMs}
                onFill={(serialNumber, tokenCode) => {
                  dispatch({ type: 'draft', action: { type: 'field', name: 'SerialNumber', value: serialNumber } })
                  dispatch({ type: 'draft', action: { type: 'field', name: 'TokenCode', value: tokenCode } })
                }}
              />
            </>
          }
          canSend={caller !== undefined}
          sending={sending.isPending}
          sendButtonRef={sendButton}
          problems={problems}
          world={state.world}
          callerArn={caller?.arn}
          callerKind={callerKind(state.world, caller)}
          callerSession={caller?.kind === 'session' ? caller.entry.issuedBy : undefined}
          onSend={send}
        />
      </div>
      <div className="flex min-w-0 flex-col gap-5">
        <WireRequestPanel
          pairs={pairs}
          body={body}
          host={stsEndpointHost(state.endpoint)}
          signed={preview.data?.request}
          signing={preview.data?.signing}
          anonymous={caller?.kind === 'anonymous'}
          code={
            <CodeExportView
              operation={state.draft.operation}
              parameters={parameters}
              problems={problems}
              credentials={caller?.credentials}
              host={stsEndpointHost(state.endpoint)}
              region={signingRegionFor(state.endpoint)}
            />
          }
        />
        <WhyPanel exchange={shown} />
      </div>
      <div ref={answer} className="flex min-w-0 scroll-mt-2 flex-col gap-5">
        <ResponsePanel
          exchange={shown}
          error={sending.error}
          clockOffsetMs={state.clockOffsetMs}
          isCaller={shown?.result.issued !== undefined && shown.result.issued.accessKeyId === state.draft.callerId}
          onUseAsCaller={(exchange) => {
            if (exchange.result.issued === undefined) return
            dispatch({ type: 'use-as-caller', accessKeyId: exchange.result.issued.accessKeyId })
            // The button it was pressed on becomes disabled; focus goes to the Caller it changed.
            requestAnimationFrame(() => document.getElementById('caller')?.focus())
          }}
          onExplore={(exchange) => {
            const issued = exchange.result.issued
            if (issued === undefined) return
            choosePoliciesSubject({ kind: 'credentials', accessKeyId: issued.accessKeyId, sessionToken: issued.sessionToken })
            navigate('/policies')
          }}
        />
        <HistoryPanel
          entries={state.history}
          selectedId={state.selectedExchangeId}
          onSelect={(id) => dispatch({ type: 'select', id })}
          onRestore={(exchange) => dispatch({ type: 'restore', exchange })}
          onClear={() => dispatch({ type: 'clear-history' })}
        />
      </div>
    </div>
    </>
  )
}

/** Scrolls the answer's top into view unless it is already in the upper half of the screen. */
function revealAnswer(element: HTMLElement | null): void {
  if (element === null) return
  const top = element.getBoundingClientRect().top
  if (top >= 0 && top < window.innerHeight / 2) return
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches
  element.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' })
}
