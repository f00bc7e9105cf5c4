/** A shape of the STS model, with AWS's constraints exactly as the model states them. */
export interface ShapeModel {
  type: 'structure' | 'list' | 'string' | 'integer' | 'timestamp' | string
  min?: number
  max?: number
  pattern?: string
  sensitive?: boolean
  required?: string[]
  /** For lists: the element shape. */
  member?: string
  /** For structures: member name → shape and a one-paragraph summary. */
  members?: Record<string, { shape: string; documentation: string }>
  /** For exceptions: the wire code and HTTP status. */
  error?: { code: string; httpStatusCode: number; senderFault: boolean }
}

export interface OperationModel {
  name: string
  /** `none` for AssumeRoleWithSAML and AssumeRoleWithWebIdentity, which are not signed. */
  auth: 'sigv4' | 'none' | string
  input: string | null
  output: string | null
  resultWrapper: string | null
  errors: string[]
  documentation: string
}

export interface StsModel {
  apiVersion: string
  xmlNamespace: string
  operations: OperationModel[]
  shapes: Record<string, ShapeModel>
}
