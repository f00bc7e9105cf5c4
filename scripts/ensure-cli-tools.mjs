// Run by `npm run test:unit` before Vitest: the Code tab's exports are run by the tests with the
// real tools (src/server/code-export.test.ts), so curl with --aws-sigv4, the AWS CLI and boto3 must
// be there. On Debian as root it installs the distribution's packages (curl, awscli,
// python3-boto3), as scripts/ensure-chromium.mjs does for Chromium; elsewhere it says what is missing.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { missingCliTools } from './find-cli-tools.mjs'

let missing = missingCliTools()

if (missing.length > 0 && existsSync('/etc/debian_version') && process.getuid?.() === 0) {
  console.log(`Missing for the code-export tests: ${missing.join(', ')}. Installing Debian's curl, awscli and python3-boto3…`)
  const install = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y --no-install-recommends curl awscli python3-boto3'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (install.status !== 0) console.error(`apt-get failed (exit status ${install.status ?? install.signal}).`)
  missing = missingCliTools()
}

if (missing.length > 0) {
  console.error(`The code-export tests need: ${missing.join(', ')}. On Debian: sudo apt-get install curl awscli python3-boto3.`)
  process.exit(1)
}
