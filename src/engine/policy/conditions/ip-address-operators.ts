import { withNegation, type BaseOperator } from './base-operator.ts'
import { parseIpAddress, parseIpRange, rangeContains } from './parse-ip.ts'

/**
 * `IpAddress` and `NotIpAddress` (IAM User Guide, "IAM JSON policy elements: Condition operators",
 * section "IP address condition operators"): the policy value is an IPv4 or IPv6 address or CIDR range
 * ("203.0.113.0/24 or 2001:DB8:1234:5678::/64"); "if you specify an IP address without the associated
 * routing prefix, IAM uses the default prefix value of /32" (/128 for IPv6). The context value
 * (aws:SourceIp) is one address. Text that is not an address or range matches nothing. No policy
 * variables.
 */
function inRange(policyValue: string, contextValue: string): boolean {
  const range = parseIpRange(policyValue)
  const address = parseIpAddress(contextValue)
  return range !== undefined && address !== undefined && rangeContains(range, address)
}

export const IP_ADDRESS_OPERATORS: readonly BaseOperator[] = withNegation('IpAddress', 'NotIpAddress', inRange)
