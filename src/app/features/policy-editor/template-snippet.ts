// AWS writes the parts to fill in of an ARN format or a condition key as `${Name}`
// (`arn:${Partition}:s3:::${BucketName}`, `aws:ResourceTag/${TagKey}`); a Monaco snippet writes a
// tab stop as `${1:Name}`, and gives `$`, `}` and `\` a meaning in the text around it.

/** Snippet syntax gives `$`, `}` and `\` a meaning; written text escapes them. */
export const escapeSnippet = (text: string) => text.replace(/[$}\\]/g, '\\$&')

/** `arn:${Partition}:s3:::${BucketName}` → `arn:aws:s3:::${1:BucketName}` with `fixed` = { Partition: 'aws' }. */
export function templateSnippet(template: string, fixed: Readonly<Record<string, string>> = {}): string {
  let stop = 0
  return template
    .split(/(\$\{[^}]*\})/)
    .map((part) => {
      const name = /^\$\{([^}]*)\}$/.exec(part)?.[1]
      if (name === undefined) return escapeSnippet(part)
      const value = fixed[name]
      return value === undefined ? `\${${++stop}:${escapeSnippet(name)}}` : escapeSnippet(value)
    })
    .join('')
}
