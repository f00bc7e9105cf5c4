import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { demoWorld, worldChoices } from '../../../engine/index.ts'
import { fieldSuggestions } from './field-suggestions.ts'
import { OperationForm } from './operation-form.tsx'

const DEV = 'arn:aws:iam::111111111111:role/Dev'

function form(operation: string, fields: Record<string, string>, callerKind: 'user' | 'assumed-role' | undefined = 'user') {
  return renderToStaticMarkup(
    <OperationForm
      PolicyField={({ id, label }) => <textarea id={id} aria-label={label} />}
      operation={operation}
      fieldText={(name) => fields[name] ?? ''}
      problems={{}}
      onFieldChange={() => undefined}
      world={demoWorld}
      callerArn="arn:aws:iam::111111111111:user/alice"
      callerKind={callerKind}
    />,
  )
}

describe('the operation form', () => {
  it('shows required parameters and folds the optional ones, rendering none of them while closed', () => {
    const html = form('AssumeRole', {})
    expect(html).toContain('id="param-RoleArn"')
    expect(html).toContain('id="param-RoleSessionName"')
    expect(html).toMatch(/<button type="button" aria-expanded="false"[^>]*>.*More parameters \(10\)<\/button>/)
    expect(html).not.toContain('id="param-DurationSeconds"')
    expect(html).not.toContain('id="param-SerialNumber"')
  })

  it('opens by itself when an optional field holds a value', () => {
    const html = form('AssumeRole', { SerialNumber: 'arn:aws:iam::111111111111:mfa/alice' })
    expect(html).toMatch(/aria-expanded="true"/)
    expect(html).toContain('id="param-DurationSeconds"')
    expect(html).toContain('value="arn:aws:iam::111111111111:mfa/alice"')
  })

  it("shows the role's maximum and the chaining cap once a RoleArn is typed", () => {
    expect(form('AssumeRole', { DurationSeconds: '7200' })).not.toContain('This request:')
    const chained = form('AssumeRole', { RoleArn: DEV, DurationSeconds: '7200' }, 'assumed-role')
    expect(chained).toContain('This request: 900–3600 seconds (1 h at most).')
    expect(chained).toContain('Role chaining')
    expect(chained).toContain('Default: 3600 seconds (1 h)')
    expect(chained).toContain('id="param-DurationSeconds-warning"')
    expect(chained).toContain('aria-describedby="param-DurationSeconds-constraints param-DurationSeconds-warning"')
  })

  it('gives the STS constraint text as the warning, and the pattern behind a disclosure', () => {
    const html = form('AssumeRole', { RoleSessionName: 'bad/name' })
    expect(html).toContain('Member must satisfy regular expression pattern: [\\w+=,.@-]*')
    expect(html).toMatch(/<details[^>]*><summary[^>]*>Pattern<\/summary><p[^>]*>The model.{1,6}s pattern \(a Java regular expression\): <code[^>]*>\[\\w\+=,\.@-\]\*<\/code>/)
    expect(html).toContain('2–64 characters: letters, digits and + = , . @ - _')
  })

  it('offers the world’s roles for RoleArn in a datalist, the input keeping its label', () => {
    const html = form('AssumeRole', {})
    expect(html).toContain('<label for="param-RoleArn"')
    expect(html).toContain('list="param-RoleArn-options"')
    expect(html).toMatch(new RegExp(`<option value="${DEV}" label="Dev · 111111111111 · max [^"]+">`))
  })
})

describe('field suggestions from the world', () => {
  const choices = worldChoices(demoWorld)
  it('offers roles, SAML providers, MFA devices (the caller’s own first) and accounts where STS takes them', () => {
    expect(fieldSuggestions('AssumeRole', 'RoleArn', { choices })?.map((s) => s.value)).toEqual(choices.roles.map((r) => r.arn))
    expect(fieldSuggestions('AssumeRoleWithSAML', 'PrincipalArn', { choices })?.map((s) => s.value)).toEqual(choices.samlProviders.map((p) => p.arn))
    const alice = 'arn:aws:iam::111111111111:user/alice'
    const own = fieldSuggestions('GetSessionToken', 'SerialNumber', { choices, callerArn: alice })
    expect(own?.map((s) => s.value)).toEqual(choices.mfaDevices.find((d) => d.userArn === alice)?.serialNumbers)
    expect(own?.[0]?.label).toMatch(/alice · 111111111111 \(the caller\)/)
    expect(fieldSuggestions('GetSessionToken', 'SerialNumber', { choices, callerArn: 'arn:aws:iam::222222222222:root' })?.length).toBe(
      choices.mfaDevices.flatMap((d) => d.serialNumbers).length,
    )
    expect(fieldSuggestions('AssumeRoot', 'TargetPrincipal', { choices })?.map((s) => s.value)).toEqual(choices.accounts.map((a) => a.id))
    expect(fieldSuggestions('AssumeRole', 'RoleSessionName', { choices })).toBeUndefined()
    expect(fieldSuggestions('AssumeRole', 'RoleArn', { choices: { ...choices, roles: [] } })).toBeUndefined()
  })
})
