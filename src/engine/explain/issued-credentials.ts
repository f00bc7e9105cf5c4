import { callerIdentity } from '../identity/principal.ts'
import { sessionOfCredentials } from '../operations/assume/issue-credentials.ts'
import { sessionPrincipal } from '../sessions/resolve-credentials.ts'
import type { XmlElement } from '../xml/xml-writer.ts'

/** Temporary credentials a successful answer issued, with the identity they act as. */
export interface IssuedCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  /** As written in the response: ISO 8601 in UTC, to the second. */
  expiration: string
  /** Who GetCallerIdentity says these credentials are (an assumed-role, federated-user, user or root ARN). */
  arn: string
  account: string
}

function textOf(parent: XmlElement, name: string): string | undefined {
  if (!('children' in parent)) return undefined
  const child = parent.children.find((c) => c.name === name)
  return child !== undefined && 'text' in child ? child.text : undefined
}

/**
 * Finds the `<Credentials>` element of a result and the session issueCredentials made it for, so a
 * client (the playground's wallet) never parses ARNs out of XML or guesses them per operation.
 * (Reading the session back from the token instead, through the credential resolver, cost an
 * AssumeRole about a third of its time.)
 */
export function issuedCredentials(result: readonly XmlElement[]): IssuedCredentials | undefined {
  const credentials = result.find((e) => e.name === 'Credentials')
  if (credentials === undefined) return undefined
  const accessKeyId = textOf(credentials, 'AccessKeyId')
  const secretAccessKey = textOf(credentials, 'SecretAccessKey')
  const sessionToken = textOf(credentials, 'SessionToken')
  const expiration = textOf(credentials, 'Expiration')
  if (accessKeyId === undefined || secretAccessKey === undefined || sessionToken === undefined || expiration === undefined) return undefined
  const session = sessionOfCredentials(credentials)
  if (session === undefined) return undefined
  const identity = callerIdentity(sessionPrincipal(session))
  return { accessKeyId, secretAccessKey, sessionToken, expiration, arn: identity.arn, account: identity.account }
}
