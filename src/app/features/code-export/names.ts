// Names the SDKs and the CLI derive from the model's PascalCase names.

const FIRST_CAP = /(.)([A-Z][a-z]+)/g
const END_CAP = /([a-z0-9])([A-Z])/g
/** An acronym made plural at the end, e.g. `GatewayARNs`. */
const PLURAL_ACRONYM = /[A-Z]{2,}s$/

/**
 * botocore's `xform_name`: `AssumeRoleWithSAML` → `assume_role_with_saml` (boto3 methods) or, with
 * `-`, `assume-role-with-saml` (AWS CLI commands and options).
 */
export function xformName(name: string, separator: '_' | '-' = '_'): string {
  if (name.includes(separator)) return name
  let rest = name
  const plural = PLURAL_ACRONYM.exec(name)
  if (plural !== null) rest = `${name.slice(0, -plural[0].length)}${separator}${plural[0].toLowerCase()}`
  return rest.replace(FIRST_CAP, `$1${separator}$2`).replace(END_CAP, `$1${separator}$2`).toLowerCase()
}

/** `AssumeRole` → `AssumeRoleCommand`: the command class of @aws-sdk/client-sts. */
export function commandName(operation: string): string {
  return `${operation}Command`
}
