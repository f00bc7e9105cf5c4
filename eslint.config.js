// ESLint flat config. Syntax-only rules (no type-aware linting) so `npm run lint` stays fast on a
// 2-core CI machine; `npm run typecheck` covers types. The layering section below is a contract
// (see the README): CI fails when it is broken.
import { readdirSync } from 'node:fs'
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { defineConfig, globalIgnores } from 'eslint/config'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname
const SOURCE = '**/*.{ts,tsx,js,mjs,cjs}'

// ---------------------------------------------------------------------------------------------
// Layering: what the engine (src/engine) may not touch.
// ---------------------------------------------------------------------------------------------

// Every Node built-in, with or without the `node:` prefix, and its subpaths (fs, fs/promises, …).
const nodeBuiltins = [...new Set(builtinModules.filter((name) => !name.startsWith('_')).map((name) => name.split('/')[0]))]
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** no-restricted-imports patterns for all of src/engine, tests included. */
const engineImportPatterns = [
  {
    regex: `^(?:node:|(?:${nodeBuiltins.map(escapeRegex).join('|')})(?:/|$))`,
    message:
      'The engine runs unchanged in the browser and in Node: it must not import Node built-ins. Time and randomness come from EngineDeps; anything else the host provides goes through src/server.',
  },
  {
    regex: '^(?:react|react-dom|monaco-editor)(?:/|$)',
    message: 'The engine is UI-free: React, React DOM and Monaco belong in src/app, which uses the engine through src/engine/index.ts.',
  },
]

/** Extra no-restricted-imports patterns for engine code that ships (not tests, not src/engine/testing). */
const engineTestOnlyImportPatterns = [
  {
    regex: '^(?:(?:vitest|fast-check|aws4fetch)(?:/|$)|@smithy/)',
    message:
      'Test-only package: only *.test.ts files and src/engine/testing/ may import it. (The @smithy signer is the independent implementation tests check the engine against; the engine must not use it.)',
  },
]

// ---------------------------------------------------------------------------------------------
// Layering inside the app (src/app): shell → views → features → ui / state / engine door.
// ---------------------------------------------------------------------------------------------

/** The folders directly under a folder of src/app (each feature, each view). */
const foldersOf = (dir) =>
  readdirSync(`${root}/src/app/${dir}`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)

/** One zone per folder: it may not import from its siblings. */
const siblingZones = (dir, message) =>
  foldersOf(dir).map((name) => ({
    target: `./src/app/${dir}/${name}`,
    from: `./src/app/${dir}`,
    except: [`./${name}`],
    message,
  }))

const appZones = [
  {
    // Everything in the app but src/app/engine (the glob leaves that folder out). App tests may build
    // fixtures with the engine directly: see layering/app-tests.
    target: ['./src/app/*.{ts,tsx}', './src/app/!(engine)/**/*'],
    from: './src/engine',
    message:
      'The app reaches the engine through one folder, src/app/engine (the engine client, its queries, and the re-exported model, world helpers and types): import from there.',
  },
  {
    target: './src/app/state',
    from: ['./src/app/features', './src/app/views', './src/app/shell', './src/app/ui'],
    message: 'state/ holds the shared state and its pure transitions: it imports no feature, view, shell or UI piece.',
  },
  {
    target: './src/app/ui',
    from: ['./src/app/features', './src/app/views', './src/app/shell', './src/app/state', './src/app/engine'],
    message: 'ui/ holds shared UI pieces with no domain knowledge: no features, views, shell, state or engine.',
  },
  {
    target: './src/app/engine',
    from: ['./src/app/features', './src/app/views', './src/app/shell', './src/app/state', './src/app/ui'],
    message: 'src/app/engine is the door to the engine: it knows nothing of the UI or the state above it.',
  },
  {
    target: './src/app/features',
    from: ['./src/app/views', './src/app/shell'],
    message: 'A feature is a building block: views compose features, never the other way round.',
  },
  ...siblingZones('features', 'A feature imports no other feature: compose them in a view (pass one in as a prop or render slot), or move what both need to ui/ or state/.'),
  ...siblingZones('views', 'A view imports no other view: move what both need to a feature, ui/ or state/.'),
]

const clockMessage = 'The engine never reads the wall clock: it gets time from EngineDeps.now(), so the same inputs always give the same outputs.'
const randomMessage = 'The engine never uses a random source of its own: it gets randomness from EngineDeps.randomBytes(), so runs are reproducible.'
const hostMessage = 'The engine must not use browser or Node host APIs: it runs unchanged in both, and gets time and randomness from EngineDeps.'

const engineRestrictedGlobals = [
  ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch', 'XMLHttpRequest', 'TextEncoder', 'TextDecoder'].map(
    (name) => ({ name, message: `${name}: ${hostMessage}` }),
  ),
  ...['process', 'Buffer', 'global', 'require'].map((name) => ({ name, message: `${name}: ${hostMessage}` })),
  { name: 'crypto', message: `crypto: ${randomMessage} (Hashing uses @aws-crypto/sha256-js.)` },
  ...['setTimeout', 'setInterval', 'setImmediate', 'requestAnimationFrame', 'performance'].map((name) => ({ name, message: `${name}: ${clockMessage}` })),
]

const engineRestrictedProperties = [
  { object: 'Date', property: 'now', message: `Date.now(): ${clockMessage}` },
  { object: 'Math', property: 'random', message: `Math.random(): ${randomMessage}` },
  // The same globals reached through globalThis/self (globalThis.crypto, self.setTimeout, …).
  ...['globalThis', 'self'].flatMap((object) => engineRestrictedGlobals.map(({ name, message }) => ({ object, property: name, message }))),
]

const engineRestrictedSyntax = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `new Date() with no argument: ${clockMessage} (new Date(ms) is fine.)` },
  { selector: "CallExpression[callee.name='Date']", message: `Date() called as a function: ${clockMessage}` },
]

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'spec/', 'src/engine/model/sts-model.generated.ts']),

  {
    name: 'base',
    files: [SOURCE],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  {
    // Tests build deliberately malformed inputs (spoiling a world file, fuzzing): `any` is the honest
    // type there. Shipped code keeps the rule.
    name: 'tests',
    files: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  // --- Environments ---------------------------------------------------------------------------
  { name: 'env/browser', files: ['src/app/**/*.{ts,tsx,js}'], languageOptions: { globals: globals.browser } },
  {
    name: 'env/node',
    files: ['src/server/**', 'scripts/**', 'bench/**', 'e2e/**', '**/*.config.{ts,js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  // src/engine gets no host globals at all: ES built-ins only (see the layering section).

  // --- React ------------------------------------------------------------------------------------
  { name: 'react-hooks', files: ['src/app/**/*.{ts,tsx}'], extends: [reactHooks.configs.flat.recommended] },

  // --- Imports: cycles and the layering between folders ------------------------------------------
  {
    name: 'imports',
    files: [SOURCE],
    plugins: { 'import-x': importX },
    settings: {
      // Files import-x parses when following imports (no-cycle must see .ts files).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // Resolves relative imports that carry the .ts extension (as src/engine writes them) and packages.
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true, project: `${root}/tsconfig.json` })],
    },
    rules: {
      // No import cycles anywhere (type-only imports are ignored: they vanish at runtime).
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            // The engine depends on nothing in the app or the server.
            {
              target: './src/engine',
              from: ['./src/app', './src/server'],
              message: 'The engine is the bottom layer: it must not import from src/app or src/server.',
            },
            // The app and the server use the engine only through its public surface. `except` paths are
            // resolved against `from`, so './index.ts' means src/engine/index.ts.
            {
              target: ['./src/app', './src/server'],
              from: './src/engine',
              except: ['./index.ts', './lessons/catalog.ts'],
              message: "Import the engine only through src/engine/index.ts (its public surface); export what you need from there.",
            },
            // The lesson catalog (JSON data) has one door of its own, so it loads only where lessons are shown.
            {
              target: ['./src/server', './src/app/engine/!(lesson-catalog).ts'],
              from: './src/engine/lessons/catalog.ts',
              message: 'Only src/app/engine/lesson-catalog.ts imports the lesson catalog (loaded on demand, with what shows lessons).',
            },
            ...appZones,
          ],
        },
      ],
    },
  },

  // App tests may build engine results with the engine itself (src/engine/index.ts); the rest of the
  // app's layering holds for them too.
  {
    name: 'layering/app-tests',
    files: ['src/app/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            { target: './src/app', from: './src/engine', except: ['./index.ts'], message: 'App tests import the engine through src/engine/index.ts.' },
            ...appZones.filter((zone) => zone.from !== './src/engine'),
          ],
        },
      ],
    },
  },

  // Server tests may also use the engine's test helpers (src/engine/testing: the SDK-style signer,
  // the demo credentials and IdP keys); shipped server code stays on the public surface.
  {
    name: 'layering/server-tests',
    files: ['src/server/**/*.test.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: './src/server',
              from: './src/engine',
              except: ['./index.ts', './testing'],
              message: 'Server tests import the engine through src/engine/index.ts or its test helpers in src/engine/testing.',
            },
          ],
        },
      ],
    },
  },

  // --- The engine: no host APIs, no wall clock, no randomness -------------------------------------
  {
    name: 'layering/engine',
    files: ['src/engine/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-globals': ['error', ...engineRestrictedGlobals],
      'no-restricted-properties': ['error', ...engineRestrictedProperties],
      'no-restricted-syntax': ['error', ...engineRestrictedSyntax],
    },
  },
  {
    // Engine code that ships: no Node built-ins, no UI packages, no test-only packages.
    name: 'layering/engine-imports',
    files: ['src/engine/**/*.{ts,tsx,js,mjs}'],
    ignores: ['src/engine/**/*.test.ts', 'src/engine/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...engineImportPatterns, ...engineTestOnlyImportPatterns] }] },
  },
  {
    // Engine tests and test helpers may use test-only packages, still no Node built-ins or UI packages.
    name: 'layering/engine-test-imports',
    files: ['src/engine/**/*.test.ts', 'src/engine/testing/**/*.{ts,tsx,js,mjs}'],
    rules: { 'no-restricted-imports': ['error', { patterns: engineImportPatterns }] },
  },
])
