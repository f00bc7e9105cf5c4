/** Temporary credentials a step issued, as a caller holds them. */
export interface SavedCredentials {
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken: string }
  /** Who they act as (the issued ARN): the label of the attempts they sign. */
  arn?: string
}

/** A token or a base64 SAML response a `mint` step made. */
export interface SavedToken {
  token: string
}

/** What steps kept under a name (`save`), for later callers (`as`) and placeholders. */
export type SavedItems = Record<string, SavedCredentials | SavedToken>
