import { useId } from 'react'
import type { WorldProblem } from '../../engine/types.ts'
import { secondaryButton } from '../../ui/buttons.ts'
import { EditorField } from '../../ui/editor-field.tsx'
import { hasProblemAt } from '../../ui/problem-paths.ts'

interface CertificateListProps {
  certificates: readonly string[]
  onChange: (certificates: string[]) => void
  /** `samlProviders[0]`: where the problems of this list are. */
  path: string
  problems: readonly WorldProblem[]
}

/**
 * The SAML provider's signing certificates. IAM keeps several so an IdP can rotate its key: add the
 * new one, switch the IdP, remove the old. STS tries each; remove the one that matches the IdP's key
 * and its responses fail with "Response signature invalid".
 */
export function CertificateList({ certificates, onChange, path, problems }: CertificateListProps) {
  const id = useId()
  const replace = (index: number, pem: string) => onChange(certificates.map((c, i) => (i === index ? pem : c)))
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="text-sm font-medium text-slate-900 dark:text-slate-100">Signing certificates ({certificates.length})</legend>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        STS verifies the response's signature with each of these in turn, never with a certificate the response carries. Add one to rotate; remove the one that matches the IdP's key and STS answers “Response signature invalid”.
      </p>
      {certificates.length === 0 && <p className="text-sm text-slate-700 dark:text-slate-300">None: no signed response can verify.</p>}
      {certificates.map((pem, index) => (
        <div key={index} className="flex min-w-0 flex-col gap-1">
          <EditorField
            id={`${id}-${index}`}
            label={`Signing certificate ${index + 1} (PEM)`}
            value={pem}
            onChange={(text) => replace(index, text)}
            rows={5}
            invalid={hasProblemAt(problems, `${path}.signingCertificates[${index}]`)}
            hint={<span>-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----</span>}
          />
          <div>
            <button type="button" className={secondaryButton} onClick={() => onChange(certificates.filter((_, i) => i !== index))}>
              Remove certificate {index + 1}
            </button>
          </div>
        </div>
      ))}
      <div>
        <button type="button" className={secondaryButton} onClick={() => onChange([...certificates, ''])}>
          Add signing certificate
        </button>
      </div>
    </fieldset>
  )
}
