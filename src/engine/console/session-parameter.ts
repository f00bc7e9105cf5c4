/**
 * The Session parameter of getSigninToken: URL-encoded JSON
 * `{"sessionId": AccessKeyId, "sessionKey": SecretAccessKey, "sessionToken": SessionToken}`
 * (IAM User Guide: "Enable custom identity broker access to the AWS console"). Clients send an
 * empty or absent sessionToken for long-term keys (99designs/aws-vault cli/login.go marshals
 * whatever the credentials hold).
 */
export interface SessionParameter {
  sessionId: string
  sessionKey: string
  /** Undefined when absent or empty. */
  sessionToken?: string
}

/** The three fields, or why the text is not a Session. */
export function parseSessionParameter(text: string): { ok: true; session: SessionParameter } | { ok: false; why: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, why: 'The Session parameter is not JSON.' }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, why: 'The Session parameter is not a JSON object.' }
  const fields = value as Record<string, unknown>
  const { sessionId, sessionKey, sessionToken } = fields
  if (typeof sessionId !== 'string' || sessionId === '') return { ok: false, why: 'The Session has no sessionId (the access key id).' }
  if (typeof sessionKey !== 'string' || sessionKey === '') return { ok: false, why: 'The Session has no sessionKey (the secret access key).' }
  if (sessionToken !== undefined && sessionToken !== null && typeof sessionToken !== 'string') return { ok: false, why: 'The Session’s sessionToken is not a string.' }
  return { ok: true, session: { sessionId, sessionKey, ...(typeof sessionToken === 'string' && sessionToken !== '' ? { sessionToken } : {}) } }
}
