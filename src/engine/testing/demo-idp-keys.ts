// Test fixture: the demo world's identity-provider keys, read from the demo world
// (src/engine/world/demo-world.json), which carries them for its simulated IdPs (samlProviders[].simulatedIdp,
// oidcProviders[].simulatedIdp). They are published demo keys, valid nowhere but in the playground;
// tests sign tokens and assertions with them exactly as the simulated IdPs do.
import type { JWK } from 'jose'
import { demoWorld } from '../world/demo-world.ts'

function demoSamlProvider() {
  const provider = demoWorld.samlProviders.find((p) => p.name === 'ExampleIdP')
  if (!provider?.simulatedIdp || provider.signingCertificates[0] === undefined) throw new Error('The demo world lost the ExampleIdP simulated IdP.')
  return { privateKeyPem: provider.simulatedIdp.privateKeyPem, certificatePem: provider.signingCertificates[0] }
}

/** The private RSA JWK, its members checked to be strings so tests can read `n`, `e`, `kid`. */
type RsaPrivateJwk = JWK & { kty: string; n: string; e: string; d: string; kid: string; alg: string }

function demoOidcJwk(): RsaPrivateJwk {
  const jwk = demoWorld.oidcProviders.find((p) => p.url === 'https://oidc.example.com')?.simulatedIdp?.privateJwk
  const members = ['kty', 'n', 'e', 'd', 'kid', 'alg'] as const
  if (!jwk || !members.every((m) => typeof jwk[m] === 'string')) throw new Error('The demo world lost the oidc.example.com simulated IdP key.')
  return jwk as RsaPrivateJwk
}

/** oidc-idp.private.jwk.json: the RS256 key (kid playground-demo-oidc-1) that signs the demo OIDC provider's ID tokens. */
export const OIDC_PRIVATE_JWK: Readonly<RsaPrivateJwk> = demoOidcJwk()

/** saml-idp.key.pem: the PKCS#8 RSA key that signs the demo SAML IdP's responses. */
export const SAML_IDP_PRIVATE_KEY_PEM: string = demoSamlProvider().privateKeyPem

/** saml-idp.cert.pem: the certificate the demo SAML provider trusts (its first signing certificate). */
export const SAML_IDP_CERT_PEM: string = demoSamlProvider().certificatePem
