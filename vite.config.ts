import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

// The Content-Security-Policy the built app ships with (README, "Content Security Policy"). The app
// never fetches anything at run time and runs no code it did not bring: everything is 'self'.
const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'none'",
  // Only the bundled modules: no inline script, no eval or new Function, no other origin.
  'script-src': "'self'",
  // The engine's module worker and Monaco's editor and JSON workers are bundled files (no blob: URLs).
  'worker-src': "'self'",
  // 'unsafe-inline' for Monaco alone: it injects <style> elements (its themes, the token colours,
  // each editor's dynamic rules) and renders lines as HTML with style attributes. Scripts stay strict,
  // and an injected style can restyle the page but not run code.
  'style-src': "'self' 'unsafe-inline'",
  // Monaco's CSS draws the error squiggles and a few widget icons as data: images.
  'img-src': "'self' data:",
  // Monaco's codicon font is a bundled file.
  'font-src': "'self'",
  // Nothing is fetched at run time; 'self' keeps module preloading and workers' imports working.
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
}

/** The policy as a <meta> can carry it; frame-ancestors is ignored there, so it is for the header only. */
const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ')

/**
 * Puts the policy into the built index.html as a <meta http-equiv>, first thing after the charset,
 * so it covers every script. Build only: the dev server's React Fast Refresh preamble is an inline
 * script, which the policy (rightly) refuses.
 */
function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="UTF-8" />'
  return {
    name: 'sts-playground:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(charset)) throw new Error(`index.html must start its <head> with ${charset}: the CSP <meta> goes after it`)
        if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) throw new Error('The built index.html has an inline <script>, which the CSP refuses')
        return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`)
      },
    },
  }
}

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  // The manifest lets `npm run bench` measure what each view loads (bench/bundle-sizes.ts).
  build: { manifest: true },
  // `vite preview` (the e2e tests' server) sends the policy as a header too, where frame-ancestors
  // works: the playground may not be framed (clickjacking). It also covers the workers' scripts.
  preview: { headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
})
