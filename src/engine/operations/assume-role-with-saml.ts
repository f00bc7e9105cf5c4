/**
 * AssumeRoleWithSAML: unsigned (the assertion is the proof of identity, fact 71); the base64
 * `samlp:Response` is parsed safely, its XML signature verified with the IAM SAML provider's
 * certificates, its claims checked, and the role's trust policy alone decides.
 *
 * Order of checks (the model's AssumeRoleWithSAML; IAM User Guide: Troubleshoot SAML federation
 * with IAM; recorded where cited in saml-messages.ts, otherwise inferred):
 * 1. model validation (RoleArn, PrincipalArn 20..2048, SAMLAssertion 4..100000, Policy ≤ 2048,
 *    DurationSeconds 900..43200);
 * 2. RoleArn must be a role ARN ("Request ARN is invalid"), PrincipalArn a SAML provider ARN
 *    ("Principal ARN is invalid"), both in one account ("Principal exists outside the account of
 *    the Role being assumed."), all ValidationError; PolicyArns (managed-session-policies.ts); the session policy
 *    document; STS active in the region for the role's account;
 * 3. the provider exists ("Specified provider doesn't exist.", answered before the assertion is read);
 * 4. SAMLAssertion is base64 ("Invalid base64 SAMLResponse (Service: AWSOpenIdDiscoveryService; …)"),
 *    well-formed XML without DOCTYPE and within the playground's bounds on nesting and size
 *    (saml-document-limits.ts: checked before parsing, answered as any unreadable XML is), a
 *    samlp:Response with exactly one (unencrypted) Assertion;
 * 5. the Assertion's Issuer is the provider's entity id ("Issuer not present in specified provider
 *    (Service: AWSOpenIdDiscoveryService; …)"): the metadata is picked by issuer before the
 *    signature can be checked;
 * 6. the signature (of the Assertion and/or the Response) verifies with the provider's certificates,
 *    never KeyInfo ("Response signature invalid", fact 74); the Status is Success;
 * 7. the Assertion was issued at most 5 minutes ago (ExpiredTokenException "Token must be redeemed
 *    within 5 minutes of issuance", fact 75); the bearer SubjectConfirmationData has a sign-in
 *    Recipient and a NotOnOrAfter still ahead; Conditions NotBefore/NotOnOrAfter and audience;
 * 8. attributes: RoleSessionName required and valid (facts 72, 73); SessionDuration 900..43200;
 *    PrincipalTag:* / TransitiveTagKeys follow the session-tag rules; SourceIdentity valid;
 * 9. a NameID, and a Role attribute pairing RoleArn with PrincipalArn (either order); then the
 *    trust policy, for Federated = the provider ARN, with saml:aud (the Recipient), saml:iss,
 *    saml:sub, saml:sub_type, saml:namequalifier and saml:doc, and sts:TagSession /
 *    sts:SetSourceIdentity when the assertion passes tags / a source identity. All of these fail
 *    with AccessDenied "Not authorized to perform sts:AssumeRoleWithSAML" (IAM User Guide,
 *    "Troubleshoot SAML federation with IAM": misspelled or missing role, trust conditions, no NameID);
 * 10. DurationSeconds against the role's MaxSessionDuration; the session lasts DurationSeconds
 *    (default 3600), shortened by the SessionDuration attribute and by the AuthnStatement's
 *    SessionNotOnOrAfter (the model's documentation: "whichever is shorter"); packed size; credentials.
 *
 * The result's element order is that of the API Reference's sample response (the only full answer
 * on record): Issuer, AssumedRoleUser, Credentials, Audience, SubjectType, PackedPolicySize,
 * NameQualifier, SourceIdentity, Subject. The session ARN ends in the RoleSessionName attribute
 * (moto's STS tests; the sample ARN without it in botocore's STS examples-1.json is a
 * documentation error).
 *
 * Simplified: encrypted assertions are not simulated; SAML attributes that IAM maps to further
 * condition keys (eduPerson, X.500 names) are not passed to the trust policy; Java-like lenient
 * parsing is not imitated (SAMLAssertion is taken as given, no whitespace stripped).
 */
import type { StsFault } from '../errors/faults.ts'
import { faults } from '../errors/faults.ts'
import { element, type XmlElement } from '../xml/xml-writer.ts'
import { findRole } from './assume/role-arn.ts'
import { sessionPolicyFault } from './assume/session-policy.ts'
import { assumeActions } from './assume/authorize-assume.ts'
import { authorizeFederated, logTrustDecisions } from './federation/authorize-federated.ts'
import { federatedTagFault, isValidSourceIdentity, tagRequestKeys } from './federation/federated-tags.ts'
import { DEFAULT_DURATION, issueFederatedSession, packedSize, roleDurationFault } from './federation/federated-session.ts'
import { federationFaults, modelText, SOURCE_IDENTITY_MESSAGE } from './federation/federation-faults.ts'
import { parseSamlResponse, samlInstant } from './federation/saml/parse-response.ts'
import { ATTRIBUTES, isAwsAudience, isAwsRecipient, rolePairMatches, samlSessionTags, sessionDurationOf, sessionNameOf, subjectType } from './federation/saml/saml-attributes.ts'
import { samlLibraries, useWebCrypto } from './federation/saml/saml-libraries.ts'
import { discoveryServiceMessage, samlMessages } from './federation/saml/saml-messages.ts'
import { findSamlProvider, nameQualifier, parseSamlProviderArn, roleArnAccount } from './federation/saml/saml-provider.ts'
import { verifySamlSignature } from './federation/saml/verify-signature.ts'
import { rememberedSignature } from './federation/saml/signature-memo.ts'
import { environmentOf, type OperationHandler, type OperationOutcome } from './operation.ts'
import { validatedInput } from './validated-input.ts'
import { managedSessionPolicyArns } from './assume/managed-session-policies.ts'

interface AssumeRoleWithSamlInput {
  RoleArn: string
  PrincipalArn: string
  SAMLAssertion: string
  PolicyArns?: { arn: string }[]
  Policy?: string
  DurationSeconds?: number
}

const ACTION = 'sts:AssumeRoleWithSAML'
const FIVE_MINUTES_MS = 5 * 60 * 1000

function refuse(fault: StsFault): OperationOutcome {
  return { ok: false, fault }
}

export const assumeRoleWithSaml: OperationHandler = {
  name: 'AssumeRoleWithSAML',
  async run(ctx) {
    const { log, world, deps } = ctx
    const validated = validatedInput<AssumeRoleWithSamlInput>(ctx, 'AssumeRoleWithSAML', 'Required parameters present; lengths, patterns and ranges as the model says.')
    if (!validated.ok) return validated.failure
    const input = validated.input

    // The two ARNs.
    const roleAccount = roleArnAccount(input.RoleArn)
    if (roleAccount === undefined) {
      log.fail('saml.arns', 'RoleArn names a role and PrincipalArn a SAML provider of the same account', `${input.RoleArn} is not a role ARN (arn:aws:iam::<account>:role/<name>).`)
      return refuse(faults.validationError(samlMessages.requestArnInvalid))
    }
    const principal = parseSamlProviderArn(input.PrincipalArn)
    if (!principal) {
      log.fail('saml.arns', 'RoleArn names a role and PrincipalArn a SAML provider of the same account', `${input.PrincipalArn} is not a SAML provider ARN (arn:aws:iam::<account>:saml-provider/<name>).`)
      return refuse(faults.validationError(samlMessages.principalArnInvalid))
    }
    if (principal.account !== roleAccount) {
      log.fail('saml.arns', 'RoleArn names a role and PrincipalArn a SAML provider of the same account', `The role is in account ${roleAccount}, the provider in ${principal.account}: a role trusts only its own account's providers.`)
      return refuse(faults.validationError(samlMessages.principalOutsideAccount))
    }
    log.pass('saml.arns', 'RoleArn names a role and PrincipalArn a SAML provider of the same account', `Both in account ${roleAccount}.`)

    const managed = await managedSessionPolicyArns(world, log, 'saml', input.PolicyArns, roleAccount)
    if (!managed.ok) return refuse(managed.fault)
    const policyFault = input.Policy === undefined ? undefined : sessionPolicyFault(input.Policy)
    if (policyFault) {
      log.fail('saml.session-policy', 'The session policy is a valid policy', policyFault.why)
      return refuse(policyFault.fault)
    }
    const account = world.accounts.find((a) => a.id === roleAccount)
    if (account?.stsDisabledRegions.includes(ctx.region)) {
      log.fail('saml.region', 'STS is active in this region for the role’s account', `Account ${account.id} has not activated STS in ${ctx.region}.`)
      return refuse(faults.regionDisabled(account.id))
    }

    const provider = findSamlProvider(world, input.PrincipalArn)
    if (!provider) {
      log.fail('saml.provider', 'PrincipalArn is a SAML provider of the account', `Account ${roleAccount} has no SAML provider named ${principal.name}.`)
      return refuse(federationFaults.invalidIdentityToken(samlMessages.providerMissing))
    }
    log.pass('saml.provider', 'PrincipalArn is a SAML provider of the account', `${input.PrincipalArn}: entity id ${provider.entityId}, ${provider.signingCertificates.length} signing certificate(s).`)

    const libraries = await samlLibraries()

    // The document.
    const parsed = parseSamlResponse(input.SAMLAssertion, libraries)
    if (!parsed.ok) {
      log.fail('saml.document', 'SAMLAssertion is a base64 samlp:Response with one Assertion', parsed.failure.why)
      if (parsed.failure.kind === 'base64') return refuse(federationFaults.invalidIdentityToken(discoveryServiceMessage('Invalid base64 SAMLResponse', deps)))
      if (parsed.failure.kind === 'encrypted') return refuse(faults.notSimulated('AssumeRoleWithSAML with encrypted assertions'))
      return refuse(federationFaults.invalidIdentityToken(modelText.invalidIdentityToken))
    }
    const saml = parsed.response
    log.pass('saml.document', 'SAMLAssertion is a base64 samlp:Response with one Assertion', `Response ${saml.responseId ?? '(no ID)'}, Assertion ${saml.assertionId ?? '(no ID)'}.`)

    if (saml.issuer !== provider.entityId) {
      log.fail('saml.issuer', 'The Assertion’s Issuer is the provider’s entity id', `Issuer ${saml.issuer === undefined ? '(none)' : `"${saml.issuer}"`}; the provider's metadata says ${provider.entityId}.`)
      return refuse(federationFaults.invalidIdentityToken(discoveryServiceMessage('Issuer not present in specified provider', deps)))
    }
    const issuer = saml.issuer
    log.pass('saml.issuer', 'The Assertion’s Issuer is the provider’s entity id', issuer)

    if (!deps.webCrypto?.subtle) {
      log.fail('saml.webcrypto', 'The engine can verify XML signatures', 'The engine has no WebCrypto (EngineDeps.webCrypto, or its subtle member, which browsers give secure contexts only), which XML signature verification needs. This is a setup problem of the playground, not an AWS answer.')
      return refuse({
        code: 'InternalFailure',
        status: 500,
        message: 'The STS Playground engine has no WebCrypto (EngineDeps.webCrypto): AssumeRoleWithSAML cannot verify the assertion’s signature.',
        type: 'Receiver',
        namespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
      })
    }
    useWebCrypto(libraries, deps.webCrypto)

    const signature = await rememberedSignature(provider.signingCertificates, input.SAMLAssertion, () => verifySamlSignature(saml, provider.signingCertificates, libraries))
    if (!signature.ok) {
      log.fail('saml.signature', 'The provider’s certificate verifies the signature', signature.why)
      return refuse(federationFaults.invalidIdentityToken(samlMessages.signatureInvalid))
    }
    log.pass('saml.signature', 'The provider’s certificate verifies the signature', `${signature.signed.join(' and ')} signed with the provider's key; KeyInfo in the message is not used.`)

    if (saml.statusCode !== undefined && saml.statusCode !== 'urn:oasis:names:tc:SAML:2.0:status:Success') {
      log.fail('saml.status', 'The Response reports success', `Status ${saml.statusCode}.`)
      return refuse(federationFaults.invalidIdentityToken(modelText.invalidIdentityToken))
    }

    // Times and audience.
    const issued = samlInstant(saml.issueInstant)
    if (issued === undefined) {
      log.fail('saml.times', 'The assertion is within its validity period', `The Assertion's IssueInstant "${saml.issueInstant ?? ''}" is not an xs:dateTime.`)
      return refuse(federationFaults.invalidIdentityToken(modelText.invalidIdentityToken))
    }
    if (ctx.nowMs - issued > FIVE_MINUTES_MS) {
      log.fail('saml.times', 'The assertion is within its validity period', `Issued at ${saml.issueInstant ?? ''}, more than 5 minutes ago.`)
      return refuse(federationFaults.expiredToken(samlMessages.tooOld))
    }
    const recipient = saml.confirmation?.recipient
    const confirmationEnd = samlInstant(saml.confirmation?.notOnOrAfter)
    if (recipient === undefined || confirmationEnd === undefined) {
      log.fail('saml.times', 'The assertion is within its validity period', 'The Subject needs a bearer SubjectConfirmation whose SubjectConfirmationData has a Recipient and a NotOnOrAfter.')
      return refuse(federationFaults.invalidIdentityToken(modelText.invalidIdentityToken))
    }
    const conditionsStart = samlInstant(saml.conditions?.notBefore)
    const conditionsEnd = samlInstant(saml.conditions?.notOnOrAfter)
    if (ctx.nowMs >= confirmationEnd || (conditionsEnd !== undefined && ctx.nowMs >= conditionsEnd)) {
      log.fail('saml.times', 'The assertion is within its validity period', `NotOnOrAfter ${ctx.nowMs >= confirmationEnd ? saml.confirmation?.notOnOrAfter : saml.conditions?.notOnOrAfter} has passed.`)
      return refuse(federationFaults.expiredToken(modelText.expiredToken))
    }
    if (conditionsStart !== undefined && ctx.nowMs < conditionsStart) {
      log.fail('saml.times', 'The assertion is within its validity period', `Conditions NotBefore ${saml.conditions?.notBefore ?? ''} is still ahead.`)
      return refuse(federationFaults.invalidIdentityToken(modelText.invalidIdentityToken))
    }
    log.pass('saml.times', 'The assertion is within its validity period', `Issued at ${saml.issueInstant ?? ''} (at most 5 minutes ago); redeemable until ${saml.confirmation?.notOnOrAfter ?? ''}.`)
    const audiences = saml.conditions?.audiences ?? []
    if (!isAwsRecipient(recipient) || (audiences.length > 0 && !audiences.some(isAwsAudience))) {
      log.fail('saml.audience', 'The assertion is meant for AWS', `Recipient ${recipient}${audiences.length > 0 ? `, Audience ${audiences.join(', ')}` : ''}: AWS wants the sign-in SAML endpoint (https://signin.aws.amazon.com/saml, a regional or static form) and, if an AudienceRestriction is present, urn:amazon:webservices or that endpoint.`)
      return refuse(federationFaults.invalidIdentityToken(samlMessages.audienceMissing))
    }
    log.pass('saml.audience', 'The assertion is meant for AWS', `Recipient ${recipient}.`)

    // Attributes.
    const sessionName = sessionNameOf(saml.attributes)
    if (sessionName.kind !== 'ok') {
      log.fail('saml.attributes', 'The attributes AWS reads are valid', sessionName.kind === 'missing' ? `There is no ${ATTRIBUTES.roleSessionName} attribute.` : `RoleSessionName "${sessionName.value}" is not 2 to 64 of letters, digits and + = , . @ _ -.`)
      return refuse(federationFaults.invalidIdentityToken(sessionName.kind === 'missing' ? samlMessages.sessionNameMissing : samlMessages.sessionNameInvalid))
    }
    const sessionDuration = sessionDurationOf(saml.attributes)
    if (!sessionDuration.ok) {
      log.fail('saml.attributes', 'The attributes AWS reads are valid', `SessionDuration "${sessionDuration.value}" is not a number of seconds from 900 to 43200.`)
      return refuse(federationFaults.invalidIdentityToken(modelText.invalidIdentityToken))
    }
    const requested = samlSessionTags(saml.attributes)
    const tagFault = federatedTagFault(requested)
    if (tagFault) {
      log.fail('saml.attributes', 'The attributes AWS reads are valid', tagFault.why)
      return refuse(tagFault.fault)
    }
    const sourceIdentity = saml.attributes.get(ATTRIBUTES.sourceIdentity)?.[0]
    if (sourceIdentity !== undefined && !isValidSourceIdentity(sourceIdentity)) {
      log.fail('saml.attributes', 'The attributes AWS reads are valid', `SourceIdentity "${sourceIdentity}" is not 2 to 64 of letters, digits and + = , . @ _ -, or starts with aws:.`)
      return refuse(federationFaults.invalidIdentityToken(SOURCE_IDENTITY_MESSAGE))
    }
    log.pass(
      'saml.attributes',
      'The attributes AWS reads are valid',
      `RoleSessionName ${sessionName.value}${sessionDuration.seconds !== undefined ? `; SessionDuration ${sessionDuration.seconds} s` : ''}; ${requested.tags.length} session tag(s)${sourceIdentity !== undefined ? `; SourceIdentity ${sourceIdentity}` : ''}.`,
    )

    // Who: the NameID and the Role attribute, then the trust policy.
    const role = findRole(world, input.RoleArn)
    const denied = (why: string): OperationOutcome => {
      log.fail('saml.authorize', 'The assertion may assume the role', why)
      return refuse(federationFaults.notAuthorized(ACTION))
    }
    if (!saml.nameId || saml.nameId.value === '') return denied('The Assertion has no Subject NameID.')
    if (!rolePairMatches(saml.attributes.get(ATTRIBUTES.role) ?? [], input.RoleArn, input.PrincipalArn)) {
      return denied(`No value of the ${ATTRIBUTES.role} attribute pairs ${input.RoleArn} with ${input.PrincipalArn}: the IdP did not grant this role.`)
    }
    const subject = saml.nameId.value
    const type = subjectType(saml.nameId.format)
    const qualifier = nameQualifier(issuer, provider)
    const requestKeys: Record<string, string | string[]> = {
      'saml:aud': recipient,
      'saml:iss': issuer,
      'saml:sub': subject,
      'saml:sub_type': type,
      'saml:namequalifier': qualifier,
      'saml:doc': `${provider.account}/${provider.name}`,
      ...tagRequestKeys(requested),
      ...(sourceIdentity !== undefined ? { 'sts:SourceIdentity': sourceIdentity } : {}),
    }
    const actions = assumeActions(ACTION, requested, sourceIdentity)
    const authorization = authorizeFederated(world, role, input.RoleArn, { type: 'SAML', providerArn: input.PrincipalArn, providerAccount: provider.account }, actions, requestKeys, environmentOf(ctx))
    logTrustDecisions(log, 'saml', authorization, {
      exists: role !== undefined,
      arn: input.RoleArn,
      allowedWhy: `The role's trust policy allows Federated ${input.PrincipalArn} with saml:aud = ${recipient}, saml:sub = ${subject}.`,
    })
    if (authorization.deniedAction) return refuse(federationFaults.notAuthorized(ACTION))
    if (!role) throw new Error('an allowed AssumeRoleWithSAML names a role')

    // The session.
    const durationFault = roleDurationFault(log, 'saml', role, input.DurationSeconds)
    if (durationFault) return refuse(durationFault)
    const sessionEnd = samlInstant(saml.sessionNotOnOrAfter)
    const caps = [input.DurationSeconds ?? DEFAULT_DURATION, ...(sessionDuration.seconds !== undefined ? [sessionDuration.seconds] : []), ...(sessionEnd !== undefined ? [Math.floor((sessionEnd - ctx.nowMs) / 1000)] : [])]
    const durationSeconds = Math.min(...caps)
    if (durationSeconds <= 0) {
      log.fail('saml.session-end', 'The IdP’s session is still open', `SessionNotOnOrAfter ${saml.sessionNotOnOrAfter ?? ''} has passed.`)
      return refuse(federationFaults.expiredToken(modelText.expiredToken))
    }
    const packed = packedSize(log, 'saml', input.Policy, requested.tags, managed.arns)
    if (!packed.ok) return packed

    const { assumedRoleUser, credentials, issued: issuedCredentials } = issueFederatedSession(ctx, {
      issuedBy: 'AssumeRoleWithSAML',
      role,
      sessionName: sessionName.value,
      durationSeconds,
      ...(input.Policy !== undefined ? { policy: input.Policy } : {}),
      policyArns: managed.arns,
      requested,
      ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
      providerKeys: requestKeys,
    })
    const result: XmlElement[] = [element('Issuer', issuer), assumedRoleUser, credentials, element('Audience', recipient), element('SubjectType', type)]
    if (packed.packed !== undefined) result.push(element('PackedPolicySize', String(packed.packed)))
    result.push(element('NameQualifier', qualifier))
    if (sourceIdentity !== undefined) result.push(element('SourceIdentity', sourceIdentity))
    result.push(element('Subject', subject))
    return { ok: true, result, issued: issuedCredentials }
  },
}
