import { FactList } from './fact-list.tsx'
import { algorithmName, type SamlSignature } from './saml-summary.ts'

/** Where the response is signed, how, and a reminder of which certificate STS trusts. */
export function SamlSignatures({ signatures }: { signatures: readonly SamlSignature[] }) {
  return (
    <div className="flex min-w-0 flex-col gap-4">
      {signatures.length === 0 && (
        <p className="text-sm font-medium text-red-700 dark:text-red-300">
          <span aria-hidden="true">✗ </span>No ds:Signature: unsigned. STS requires the Response or the Assertion to be signed by the identity provider.
        </p>
      )}
      {signatures.map((signature, index) => (
        <section key={index} aria-label={`Signature on the ${signature.on}`} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Signature on the {signature.on}</h3>
          <FactList
            label={`Signature on the ${signature.on}`}
            facts={[
              { term: 'Algorithm', value: signature.algorithm === undefined ? undefined : algorithmName(signature.algorithm), detail: signature.algorithm },
              { term: 'Digest', value: signature.digestAlgorithms.length === 0 ? undefined : signature.digestAlgorithms.map(algorithmName).join(', ') },
              {
                term: 'Reference URI',
                value: signature.referenceUris.length === 0 ? undefined : signature.referenceUris.join(', '),
                detail: signature.coversParent ? `Points at the ID of the ${signature.on} it sits in.` : `Does not point at the ${signature.on} it sits in: the signature covers something else.`,
              },
              { term: 'Certificate embedded', value: signature.certificateEmbedded ? 'Yes (X509Certificate in KeyInfo)' : 'No' },
            ]}
          />
        </section>
      ))}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        STS checks the signature only with the certificate registered on the SAML provider (here: the provider in the world), never with a certificate embedded in the
        response: anyone can embed a certificate and sign with its key.
      </p>
    </div>
  )
}
