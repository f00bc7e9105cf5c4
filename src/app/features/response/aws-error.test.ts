import { describe, expect, it } from 'vitest'
import { parseAwsError, unescapeXml } from './aws-error.ts'

describe('parseAwsError', () => {
  it('reads the XML ErrorResponse the engine writes', () => {
    const body = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <Error>
    <Type>Sender</Type>
    <Code>ValidationError</Code>
    <Message>1 validation error detected: Value &apos;x&apos; at &apos;roleArn&apos; failed to satisfy constraint: Member must have length greater than or equal to 20</Message>
  </Error>
  <RequestId>r-1</RequestId>
</ErrorResponse>
`
    expect(parseAwsError(body)).toEqual({
      code: 'ValidationError',
      type: 'Sender',
      message: "1 validation error detected: Value 'x' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
    })
  })

  it('unescapes the message, and leaves the message out when AWS does', () => {
    const body = '<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>Could not find operation &lt;Foo&gt; &amp; co</Message></Error></ErrorResponse>'
    expect(parseAwsError(body)?.message).toBe('Could not find operation <Foo> & co')
    expect(parseAwsError('<ErrorResponse><Error><Type>Sender</Type><Code>MissingAuthenticationToken</Code></Error></ErrorResponse>')).toEqual({
      code: 'MissingAuthenticationToken',
      type: 'Sender',
    })
  })

  it('reads the legacy JSON form', () => {
    const body = '{"Error":{"Code":"AccessDenied","Message":"User: arn:aws:iam::111111111111:user/alice is not authorized","Type":"Sender"},"RequestId":"r-2"}'
    expect(parseAwsError(body)).toEqual({ code: 'AccessDenied', message: 'User: arn:aws:iam::111111111111:user/alice is not authorized', type: 'Sender' })
    expect(parseAwsError('{"Error":{"Code":"ExpiredToken"}}')).toEqual({ code: 'ExpiredToken' })
  })

  it('finds no error in a success, an empty body or something unreadable', () => {
    expect(parseAwsError('<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>a</Arn></GetCallerIdentityResult></GetCallerIdentityResponse>\n')).toBeUndefined()
    expect(parseAwsError('{"GetCallerIdentityResponse":{"GetCallerIdentityResult":{"Arn":"a"}}}')).toBeUndefined()
    expect(parseAwsError('')).toBeUndefined()
    expect(parseAwsError('{not json')).toBeUndefined()
    expect(parseAwsError('{"Error":{"Code":7}}')).toBeUndefined()
    expect(parseAwsError('{"Error":null}')).toBeUndefined()
    expect(parseAwsError('<ErrorResponse><Error><Message>no code</Message></Error></ErrorResponse>')).toBeUndefined()
    expect(parseAwsError('plain text')).toBeUndefined()
  })
})

describe('unescapeXml', () => {
  it('undoes named and numeric references and keeps unknown ones', () => {
    expect(unescapeXml('&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#65;&#x42; &nbsp; &#x110000;')).toBe(`<a> & "b" 'c' AB &nbsp; &#x110000;`)
  })
})
