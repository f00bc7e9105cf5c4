import { SelectField } from '../../ui/select-field.tsx'
import { GLOBAL_ENDPOINT, signingRegionFor, STS_ENDPOINT_REGIONS, stsEndpointHost } from '../../engine/endpoints.ts'
import type { EndpointChoice } from '../../engine/types.ts'

interface EndpointPickerProps {
  value: EndpointChoice
  onChange: (endpoint: EndpointChoice) => void
}

/** The global endpoint or a regional one: the Host header, and with it the region STS answers for. */
export function EndpointPicker({ value, onChange }: EndpointPickerProps) {
  const hint = (
    <p>
      Host <code className="font-mono text-slate-800 dark:text-slate-200">{stsEndpointHost(value)}</code>, signed for region{' '}
      <code className="font-mono text-slate-800 dark:text-slate-200">{signingRegionFor(value)}</code>.
      {value === GLOBAL_ENDPOINT ? ` The global endpoint is served from ${signingRegionFor(GLOBAL_ENDPOINT)}.` : ''}
    </p>
  )
  return (
    <SelectField id="endpoint" label="Endpoint" value={value} onChange={onChange} hint={hint}>
      <option value={GLOBAL_ENDPOINT}>Global: {stsEndpointHost(GLOBAL_ENDPOINT)}</option>
      {STS_ENDPOINT_REGIONS.map((region) => (
        <option key={region} value={region}>
          Regional: {stsEndpointHost(region)}
        </option>
      ))}
    </SelectField>
  )
}
