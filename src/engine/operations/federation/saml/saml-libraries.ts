import type { WebCrypto } from '../../../deps.ts'

/**
 * The XML libraries AssumeRoleWithSAML needs, loaded on first use so they stay out of the app's
 * initial bundle: @xmldom/xmldom (a pure-JS DOM that never expands DOCTYPE entities), xml-core and
 * xmldsigjs (XML-DSig with exclusive canonicalization, on WebCrypto), and xpath, which xml-core
 * wants registered when there is no browser DOM (ecosystem.md §3).
 */
export interface SamlLibraries {
  xmldom: typeof import('@xmldom/xmldom')
  xmldsig: typeof import('xmldsigjs')
}

let loading: Promise<SamlLibraries> | undefined

export function samlLibraries(): Promise<SamlLibraries> {
  loading ??= (async () => {
    const [xmldom, xmlCore, xmldsig, xpath] = await Promise.all([import('@xmldom/xmldom'), import('xml-core'), import('xmldsigjs'), import('xpath')])
    xmlCore.setNodeDependencies({ DOMParser: xmldom.DOMParser, XMLSerializer: xmldom.XMLSerializer, xpath })
    return { xmldom, xmldsig }
  })()
  // A failed load is not kept: the next request tries again.
  loading.catch(() => {
    loading = undefined
  })
  return loading
}

/**
 * Hands the host's WebCrypto to xmldsigjs (and pkijs under it) for the next verification. A copy
 * of `subtle` is passed, since xmldsigjs writes a `name` onto the object it is given.
 */
export function useWebCrypto(libraries: SamlLibraries, webCrypto: WebCrypto): void {
  libraries.xmldsig.Application.setEngine('EngineDeps.webCrypto', { subtle: webCrypto.subtle } as never)
}
