/** A Python that can import boto3 (its command and boto3's version), or undefined. */
export function pythonWithBoto3(): { python: string; boto3: string } | undefined
/** `aws --version`, or undefined when the AWS CLI is not installed. */
export function awsCliVersion(): string | undefined
/** True when curl signs requests itself (--aws-sigv4, curl 7.75 or newer). */
export function curlSignsSigV4(): boolean
/** What the code-export tests need and this machine lacks, in words. */
export function missingCliTools(): string[]
