import { SelectField } from '../../ui/select-field.tsx'
import { ENDPOINT_REGIONS, endpointHost, GLOBAL_ENDPOINT, signingRegion, type EndpointChoice } from '../../state/endpoints.ts'

interface EndpointPickerProps {
  value: EndpointChoice
  onChange: (endpoint: EndpointChoice) => void
}

/** The global endpoint or a regional one: the Host header, and with it the region STS answers for. */
export function EndpointPicker({ value, onChange }: EndpointPickerProps) {
  const hint = (
    <p>
      Host <code className="font-mono text-slate-800 dark:text-slate-200">{endpointHost(value)}</code>, signed for region{' '}
      <code className="font-mono text-slate-800 dark:text-slate-200">{signingRegion(value)}</code>.
      {value === GLOBAL_ENDPOINT ? ` The global endpoint is served from ${signingRegion(GLOBAL_ENDPOINT)}.` : ''}
    </p>
  )
  return (
    <SelectField id="endpoint" label="Endpoint" value={value} onChange={onChange} hint={hint}>
      <option value={GLOBAL_ENDPOINT}>Global: {endpointHost(GLOBAL_ENDPOINT)}</option>
      {ENDPOINT_REGIONS.map((region) => (
        <option key={region} value={region}>
          Regional: {endpointHost(region)}
        </option>
      ))}
    </SelectField>
  )
}
