// Finds the tools the code-export tests run the exports with. Shared by scripts/ensure-cli-tools.mjs
// and src/server/code-export.test.ts, so both agree on what "installed" means.
import { spawnSync } from 'node:child_process'

function output(file, args) {
  const result = spawnSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  return result.status === 0 ? `${result.stdout}${result.stderr}` : undefined
}

/** A Python that can import boto3: the one on PATH, else Debian's (where python3-boto3 installs). */
export function pythonWithBoto3() {
  for (const python of ['python3', '/usr/bin/python3']) {
    const version = output(python, ['-c', 'import boto3; print(boto3.__version__)'])
    if (version !== undefined) return { python, boto3: version.trim() }
  }
  return undefined
}

/** `aws --version`, or undefined. */
export function awsCliVersion() {
  return output('aws', ['--version'])?.trim()
}

/** True when curl signs requests itself (--aws-sigv4, curl 7.75 or newer). */
export function curlSignsSigV4() {
  return output('curl', ['--help', 'all'])?.includes('--aws-sigv4') === true
}

/** What the code-export tests need and this machine lacks. */
export function missingCliTools() {
  return [
    ...(curlSignsSigV4() ? [] : ['curl with --aws-sigv4']),
    ...(awsCliVersion() === undefined ? ['the AWS CLI'] : []),
    ...(pythonWithBoto3() === undefined ? ['boto3 for python3'] : []),
  ]
}
