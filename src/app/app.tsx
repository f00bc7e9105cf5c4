import { useMemo, useReducer } from 'react'
import { encodeQuery } from '../engine/index.ts'
import { AppHeader } from './app-header.tsx'
import { world } from './engine-client.ts'
import { EncodedQueryPanel } from './features/encoded-query/encoded-query-panel.tsx'
import { allCallers, callerGroups, defaultCaller } from './features/request-builder/callers.ts'
import { RequestBuilderPanel } from './features/request-builder/request-builder-panel.tsx'
import { draftReducer, draftRequest, initialDraft } from './features/request-builder/request-draft.ts'
import { XmlResponsePanel } from './features/response/xml-response-panel.tsx'
import { ChecksPanel } from './features/why/checks-panel.tsx'
import { useSendRequest } from './queries.ts'
import { useSendShortcut } from './use-send-shortcut.ts'

const groups = callerGroups(world)
const callers = allCallers(world)

export function App() {
  const [draft, dispatch] = useReducer(draftReducer, defaultCaller(callers)?.accessKeyId ?? '', initialDraft)
  const { pairs, problems } = useMemo(() => draftRequest(draft), [draft])
  const body = encodeQuery(pairs)
  const caller = callers.find((c) => c.accessKeyId === draft.accessKeyId)
  const sending = useSendRequest()

  const send = () => {
    if (caller === undefined) return
    sending.mutate({ credentials: caller, callerArn: caller.arn, operation: draft.operation, body })
  }
  useSendShortcut(send)

  return (
    <div className="min-h-screen bg-slate-100 text-slate-900">
      <AppHeader worldName={world.name} />
      {/* Narrow: one column in reading order. Wide: request | wire request over why | response. */}
      <main className="mx-auto grid max-w-[1720px] items-start gap-5 p-4 sm:p-6 lg:grid-cols-[minmax(0,0.95fr)_minmax(0,1fr)_minmax(0,1.25fr)] lg:grid-rows-[auto_1fr] lg:[grid-template-areas:'builder_wire_response'_'builder_why_response']">
        <div className="min-w-0 lg:[grid-area:builder]">
          <RequestBuilderPanel draft={draft} dispatch={dispatch} callerGroups={groups} caller={caller} problems={problems} onSend={send} />
        </div>
        <div className="min-w-0 lg:[grid-area:wire]">
          <EncodedQueryPanel body={body} last={sending.data} />
        </div>
        <div className="min-w-0 lg:[grid-area:response]">
          <XmlResponsePanel last={sending.data} error={sending.error} />
        </div>
        <div className="min-w-0 lg:[grid-area:why]">
          <ChecksPanel result={sending.data?.result} />
        </div>
      </main>
    </div>
  )
}
