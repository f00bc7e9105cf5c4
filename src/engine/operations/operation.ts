import type { StsFault } from '../errors/faults.ts'
import type { CheckLog } from '../explain/checks.ts'
import type { Principal } from '../identity/principal.ts'
import type { XmlElement } from '../xml/xml-writer.ts'

/** Who called, once SigV4 has been verified. */
export interface AuthenticatedCaller {
  principal: Principal
  accessKeyId: string
  region: string
}

/** What an operation gets to work with. */
export interface OperationContext {
  /** Parameters as AWS reads them: the first occurrence of each name. */
  parameters: ReadonlyMap<string, string>
  /** The signed caller, or undefined for the unsigned operations. */
  caller: AuthenticatedCaller | undefined
  nowMs: number
  log: CheckLog
}

/** The `<OpResult>` children, in the order AWS sends them, or the fault AWS would return. */
export type OperationOutcome = { ok: true; result: XmlElement[] } | { ok: false; fault: StsFault }

/** One STS operation: its wire name and what it does. */
export interface OperationHandler {
  name: string
  run(context: OperationContext): OperationOutcome
}
