// The four forms of the exported code, in the order the Code tab shows them.
import { awsCliCode } from './aws-cli.ts'
import type { CodeRequest } from './code-request.ts'
import { curlCode } from './curl.ts'
import { javascriptSdkCode } from './javascript-sdk.ts'
import { pythonBoto3Code } from './python-boto3.ts'

export interface CodeForm {
  /** Short and unique: the block's id and test id (`code-${key}`). */
  key: 'cli' | 'python' | 'javascript' | 'curl'
  title: string
  /** How to run it, in one line. */
  run: string
  generate: (request: CodeRequest) => string
}

export const CODE_FORMS: readonly CodeForm[] = [
  { key: 'cli', title: 'AWS CLI', run: 'Paste into a POSIX shell (bash, zsh).', generate: awsCliCode },
  { key: 'python', title: 'Python (boto3)', run: 'Save as request.py; run python3 request.py (pip install boto3).', generate: pythonBoto3Code },
  { key: 'javascript', title: 'JavaScript (AWS SDK v3)', run: 'Save as request.mjs; run node request.mjs (npm install @aws-sdk/client-sts).', generate: javascriptSdkCode },
  { key: 'curl', title: 'curl', run: 'Paste into a POSIX shell; curl signs it itself (--aws-sigv4, curl 7.75 or newer).', generate: curlCode },
]
