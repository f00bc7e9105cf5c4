// Monaco, set up once for the policy editor. Only monaco-policy-editor.tsx imports this, and only
// through React.lazy, so none of it is in the initial bundle. The slim entry (monaco-editor/editor)
// brings the core; each feature below is registered by hand, and workers are bundled locally
// (?worker), so nothing is fetched from a CDN: the editor works offline.
import * as monaco from 'monaco-editor/editor'
import * as json from 'monaco-editor/languages/features/json/register'
import 'monaco-editor/features/hover/register'
import 'monaco-editor/features/suggest/register'
import 'monaco-editor/features/folding/register'
import 'monaco-editor/features/bracketMatching/register'
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/format/register'
import 'monaco-editor/features/codicon/register'
// Ctrl+M (Ctrl+Shift+M on macOS): Tab moves focus instead of inserting spaces. The on-screen hint
// next to the editor promises this, so it must be registered.
import 'monaco-editor/features/toggleTabFocusMode/register'
// The JSON language's implementation, loaded now rather than when the first JSON model appears (as
// register.js would). It brings Monaco's whole list of editor contributions with it, and the
// services some of them need (the code lens cache, the tree drag-and-drop service). Monaco takes the
// registered services once, when the first editor is created, but the contributions for each editor:
// loaded later, every editor after the first got contributions whose services were missing, and two
// uncaught errors ("depends on UNKNOWN service") once the page was idle.
import 'monaco-editor/languages/features/json/jsonMode'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker'
import { iamPolicySchema, POLICY_FILE_MATCH } from './iam-policy-schema.ts'
import { registerPolicyLanguage } from './monaco-policy-language.ts'

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
}

json.jsonDefaults.setDiagnosticsOptions({
  validate: true,
  // IAM rejects comments and trailing commas, so the editor flags them too.
  allowComments: false,
  trailingCommas: 'error',
  enableSchemaRequest: false,
  schemas: [{ uri: 'inmemory://schemas/iam-policy.json', fileMatch: [POLICY_FILE_MATCH], schema: iamPolicySchema }],
})

// IAM knowledge (actions, operators, condition keys, the engine's markers), once for every policy model.
registerPolicyLanguage(monaco)

export { monaco }
