// Everything the playground remembers: the world, the engine's session key, the clock, the request
// being built, the credentials issued so far (the wallet) and every exchange (the history).
import { demoWorld } from '../engine/world-model.ts'
import type { World, EndpointChoice } from '../engine/types.ts'
import { draftReducer, initialDraft, type DraftAction, type RequestDraft } from './request-draft.ts'
import { GLOBAL_ENDPOINT } from '../engine/endpoints.ts'
import { findOperation } from '../engine/sts-model.ts'
import type { Exchange } from './exchange.ts'
import type { WalletEntry } from './wallet.ts'
import { clampClockOffset, HISTORY_LIMIT, WALLET_LIMIT } from './state-limits.ts'

/** alice's long-term key in the demo world: the caller the playground starts with. */
export const DEFAULT_CALLER_ID = 'AKIARTXV5AHDSAGTTNG7'


export interface PlaygroundState {
  world: World
  /** Base64 of the 32-byte key that seals session tokens: issued credentials stay valid across reloads. */
  sessionKey: string
  /** The engine clock is the wall clock plus this (advancing time makes credentials expire). */
  clockOffsetMs: number
  endpoint: EndpointChoice
  draft: RequestDraft
  wallet: WalletEntry[]
  history: Exchange[]
  /** The exchange the response panel shows. */
  selectedExchangeId?: string
  /** The id the next exchange gets. */
  nextExchangeId: number
}

export type PlaygroundAction =
  | { type: 'draft'; action: DraftAction }
  | { type: 'endpoint'; endpoint: EndpointChoice }
  /** A world imported from a file (already validated). */
  | { type: 'world'; world: World }
  | { type: 'clock'; offsetMs: number }
  | { type: 'recorded'; exchange: Omit<Exchange, 'id'> }
  | { type: 'select'; id: string }
  | { type: 'use-as-caller'; accessKeyId: string }
  | { type: 'clear-history' }
  /** Puts a sent request back into the form, with the endpoint it went to. */
  | { type: 'restore'; exchange: Exchange }
  | { type: 'forget-credentials'; accessKeyId: string }
  /** Forgets every wallet entry expired at this engine-clock instant. */
  | { type: 'forget-expired'; nowMs: number }
  | { type: 'replace'; state: PlaygroundState }
  /**
   * A request made elsewhere (an experiment of the Compare view), put into the workbench to send
   * again: the caller, the operation and its fields (replacing that operation's), the endpoint, and
   * the issued credentials that signed it, kept in the wallet.
   */
  | { type: 'load-request'; callerId: string; operation: string; fields: Readonly<Record<string, string>>; endpoint: EndpointChoice; credentials?: WalletEntry }

export function freshState(sessionKey: string): PlaygroundState {
  return {
    world: demoWorld,
    sessionKey,
    clockOffsetMs: 0,
    endpoint: GLOBAL_ENDPOINT,
    draft: initialDraft(DEFAULT_CALLER_ID),
    wallet: [],
    history: [],
    nextExchangeId: 1,
  }
}

/** The wallet with this entry as its newest (an entry with the same access key id gives way to it). */
function keep(wallet: readonly WalletEntry[], entry: WalletEntry): WalletEntry[] {
  return [...wallet.filter((kept) => kept.accessKeyId !== entry.accessKeyId), entry].slice(-WALLET_LIMIT)
}

function record(state: PlaygroundState, sent: Omit<Exchange, 'id'>): PlaygroundState {
  const exchange: Exchange = { ...sent, id: String(state.nextExchangeId) }
  const issued = exchange.result.issued
  const wallet =
    issued === undefined
      ? state.wallet
      : keep(state.wallet, { ...issued, issuedBy: exchange.operation, issuedAt: exchange.sentAt, expiresAt: Date.parse(issued.expiration), exchangeId: exchange.id })
  return {
    ...state,
    history: [...state.history, exchange].slice(-HISTORY_LIMIT),
    wallet,
    selectedExchangeId: exchange.id,
    nextExchangeId: state.nextExchangeId + 1,
  }
}

/** Drops wallet entries; a forgotten caller gives way to the default caller, so Send keeps working. */
function forget(state: PlaygroundState, drop: (entry: WalletEntry) => boolean): PlaygroundState {
  const wallet = state.wallet.filter((entry) => !drop(entry))
  const callerGone = state.wallet.some((entry) => drop(entry) && entry.accessKeyId === state.draft.callerId)
  return { ...state, wallet, draft: callerGone ? draftReducer(state.draft, { type: 'caller', callerId: DEFAULT_CALLER_ID }) : state.draft }
}

export function playgroundReducer(state: PlaygroundState, action: PlaygroundAction): PlaygroundState {
  switch (action.type) {
    case 'draft':
      return { ...state, draft: draftReducer(state.draft, action.action) }
    case 'endpoint':
      return { ...state, endpoint: action.endpoint }
    case 'world':
      return { ...state, world: action.world }
    case 'clock':
      return { ...state, clockOffsetMs: clampClockOffset(action.offsetMs) }
    case 'recorded':
      return record(state, action.exchange)
    case 'select':
      return { ...state, selectedExchangeId: action.id }
    case 'use-as-caller':
      return { ...state, draft: draftReducer(state.draft, { type: 'caller', callerId: action.accessKeyId }) }
    case 'clear-history': {
      const cleared: PlaygroundState = { ...state, history: [] }
      delete cleared.selectedExchangeId
      return cleared
    }
    case 'restore':
      // A request the form cannot hold (a lesson's console sign-in) leaves the form as it is.
      if (findOperation(action.exchange.draft.operation) === undefined) return state
      return { ...state, draft: action.exchange.draft, endpoint: action.exchange.endpoint }
    case 'forget-credentials':
      return forget(state, (entry) => entry.accessKeyId === action.accessKeyId)
    case 'forget-expired':
      return forget(state, (entry) => entry.expiresAt <= action.nowMs)
    case 'replace':
      return action.state
    case 'load-request':
      return {
        ...state,
        endpoint: action.endpoint,
        draft: { callerId: action.callerId, operation: action.operation, fields: { ...state.draft.fields, [action.operation]: action.fields } },
        wallet: action.credentials === undefined ? state.wallet : keep(state.wallet, action.credentials),
      }
  }
}
