import { matchesWildcard } from './wildcard.ts'

/** The six parts of an ARN: arn:partition:service:region:account:resource (the resource may hold more colons). */
export interface ArnParts {
  partition: string
  service: string
  region: string
  account: string
  resource: string
}

export function parseArn(arn: string): ArnParts | undefined {
  const parts = arn.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return undefined
  const [, partition = '', service = '', region = '', account = ''] = parts
  return { partition, service, region, account, resource: parts.slice(5).join(':') }
}

/**
 * Matches a Resource pattern against a resource ARN the way IAM does: `*` alone matches
 * everything; otherwise the six parts are compared one by one, each with wildcards, case-sensitively.
 */
export function arnMatches(pattern: string, arn: string): boolean {
  if (pattern === '*') return true
  const p = parseArn(pattern)
  const a = parseArn(arn)
  if (!p || !a) return matchesWildcard(pattern, arn)
  return (
    matchesWildcard(p.partition, a.partition) &&
    matchesWildcard(p.service, a.service) &&
    matchesWildcard(p.region, a.region) &&
    matchesWildcard(p.account, a.account) &&
    matchesWildcard(p.resource, a.resource)
  )
}

/** Action names are case-insensitive: `S3:getobject` is `s3:GetObject`. */
export function actionMatches(pattern: string, action: string): boolean {
  return matchesWildcard(pattern, action, { ignoreCase: true })
}
