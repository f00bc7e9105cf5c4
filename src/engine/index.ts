// The engine's public surface: the only module src/app and src/server import.

export { createEngine } from './engine.ts'
export type { Engine, EngineResult } from './engine.ts'
export type { StsFaultInfo } from './errors/faults.ts'
export type { SigningWork, StringToSignParts, CredentialScope } from './auth/signing-work.ts'
export type { CanonicalRequestParts } from './auth/canonical-request.ts'
export { describeSignature } from './auth/describe-signature.ts'
export { fixedDeps } from './deps.ts'
export type { EngineDeps, WebCrypto } from './deps.ts'
export { jsHashing } from './auth/hashing.ts'
export type { Hashing } from './auth/hashing.ts'
export type { Check } from './explain/checks.ts'
export type { IssuedCredentials, IssuedToken } from './explain/issued-credentials.ts'
export type { HttpRequest, HttpResponse } from './http.ts'

export { API_VERSION, operationNames, operationParameters, structureParameters, findOperation, shapeNamed } from './model/sts-model.ts'
export type { ParameterModel } from './model/sts-model.ts'
export type { OperationModel, ShapeModel } from './model/model-types.ts'
export { operationHandlers } from './operations/index.ts'

export { encodeQuery, flattenParameters, parseQuery } from './protocol/query-codec.ts'
export type { QueryPair, QueryValue } from './protocol/query-codec.ts'

export { parseWorld, parseWorldText } from './world/parse-world.ts'
export type { ParsedWorld, ParseWorldOptions, WorldProblem } from './world/parse-world.ts'
// Managed policies: customer managed ones in the world file, AWS managed ones built in (loaded lazily).
export type { WorldManagedPolicy } from './world/managed-policies-schema.ts'
export { customerManagedPolicyArn, managedPolicyProblems, worldUsesAwsManagedPolicies } from './world/managed-policy-references.ts'
export { loadAwsManagedPolicies, isAwsManagedPolicyArn } from './policy/managed/aws-managed-policies.ts'
export type { AwsManagedPolicies, AwsManagedPolicy } from './policy/managed/aws-managed-policies.ts'
export { findManagedPolicy, ensureManagedPolicies } from './authorization/managed-policies.ts'
export type { ManagedPolicy } from './authorization/managed-policies.ts'
export { MAX_POLICY_ARNS } from './operations/assume/managed-session-policies.ts'
export type { World, WorldUser, WorldRole, WorldAccount, WorldAccessKey } from './world/world-schema.ts'
export { WORLD_FORMAT, WORLD_VERSION } from './world/world-schema.ts'
export { demoWorld } from './world/demo-world.ts'
export { callerIdentity } from './identity/principal.ts'
export type { Principal, CallerIdentity } from './identity/principal.ts'

// The IAM policy engine.
export { parsePolicy, parsePolicyText } from './policy/parse-policy.ts'
export type { ParsedPolicy } from './policy/parse-policy.ts'
export type { Policy, PolicyKind, PolicyProblem, Statement } from './policy/policy-types.ts'
export { authorize } from './policy/authorize.ts'
export type { AuthorizationInput, Decision, LayerTrace } from './policy/authorize.ts'
export type { DecisionResult, VerdictDecision } from './policy/decide.ts'
export type { StatementTrace, PolicyTrace } from './policy/evaluate-statement.ts'
export type { PolicyDenial } from './policy/denial.ts'
export { LAYER_WORDS } from './policy/layers.ts'
export type { LayerName } from './policy/layers.ts'
export { contextKeys } from './policy/request-context.ts'
export type { RequestContext, RequestPrincipal, PrincipalType } from './policy/request-context.ts'
export { effectiveActions } from './policy/effective-actions.ts'
export type { EffectiveInput, EffectiveOptions, EffectiveResult } from './policy/effective-actions.ts'
export { loadIamCatalogue } from './policy/catalogue/iam-catalogue.ts'
export type { IamCatalogue, CatalogueAction, AccessLevel, CatalogueConditionKey, CatalogueResourceType } from './policy/catalogue/iam-catalogue.ts'
export { packedPolicyPercent, packedUnits } from './policy/packed-size.ts'
export { lintPolicyActions } from './policy/lint-actions.ts'
export { lintPolicyElements } from './policy/lint-elements.ts'
export { CONDITION_OPERATORS } from './policy/conditions/operator-table.ts'

// Questions about credentials, answered by the policy engine.
export { probe } from './authorization/probe.ts'
export type { ProbeInput, ProbeResult } from './authorization/probe.ts'
export { credentialRestriction, isIamAction } from './authorization/credential-restrictions.ts'
export type { CredentialOrigin, CredentialRestriction, CredentialRestrictionRule } from './authorization/credential-restrictions.ts'

// The console federation endpoint (https://signin.aws.amazon.com/federation, path /federation on
// any host): getSigninToken and login, and the requests a comparison table sends to it.
export { consoleSigninRequest, consoleLoginRequest, attemptConsoleSignin } from './console/console-requests.ts'
export type { ConsoleCredentials, ConsoleSigninOptions, ConsoleLoginOptions, ConsoleSigninAttempt } from './console/console-requests.ts'
export type { ConsoleAction, ConsoleRefusal, ConsoleRefusalReason, ConsoleSession } from './console/console-types.ts'
export { FEDERATION_PATH } from './console/federation-endpoint.ts'
export { DEFAULT_DESTINATION } from './console/login.ts'
export { SIGNIN_TOKEN_LIFETIME_MS } from './console/signin-token.ts'
export { CONSOLE_SESSION_MIN, CONSOLE_SESSION_MAX } from './console/console-duration.ts'

// Outbound identity federation (GetWebIdentityToken): the issuer and keys that verify its tokens.
export { outboundJwks } from './operations/web-identity-token/signing-keys.ts'
export { outboundIssuer, outboundOpenIdConfiguration } from './operations/web-identity-token/issuer.ts'

// Simulated identity providers: sign in at a SAML or OIDC IdP of the world that has a
// `simulatedIdp` key and get what the IdP would hand over (a signed SAMLResponse, an ID token).
// The SAML XML libraries are loaded on first use only (dynamic import), as for AssumeRoleWithSAML.
export { simulatedProviders, rolesTrusting } from './idp/simulated-providers.ts'
export type { SimulatedProvider } from './idp/simulated-providers.ts'
export { simulatedSamlResponse, AWS_SAML_SIGNIN } from './idp/saml-idp.ts'
export type { SimulatedSamlOptions, SimulatedSamlResult } from './idp/saml-idp.ts'
export { simulatedIdToken } from './idp/oidc-idp.ts'
export type { SimulatedIdTokenOptions, SimulatedIdTokenResult } from './idp/oidc-idp.ts'

// The simulated authenticator app for the world's virtual MFA devices.
export { authenticatorCode } from './operations/assume/authenticator.ts'

// Simulated OAuth 2.0 providers (Login with Amazon, Facebook: AssumeRoleWithWebIdentity with
// ProviderId) and Amazon Cognito identity pools (an ID token without ProviderId), from the world's
// `oauth2Providers` and `cognito` sections.
export { simulatedOauth2Token } from './idp/oauth2-idp.ts'
export type { SimulatedOauth2TokenOptions, SimulatedOauth2TokenResult } from './idp/oauth2-idp.ts'
export { simulatedCognitoToken } from './idp/cognito-idp.ts'
export type { SimulatedCognitoTokenOptions } from './idp/cognito-idp.ts'
export { OAUTH2_PROVIDER_IDS } from './world/world-schema.ts'
export type { WorldOauth2Provider, WorldCognito, WorldIdentityPool } from './world/world-schema.ts'

// Provider ARNs, as trust policies name them (the app's world editor shows them).
export { samlProviderArn } from './operations/federation/saml/saml-provider.ts'
export type { WorldSamlProvider } from './operations/federation/saml/saml-provider.ts'
export { oidcProviderArn } from './operations/federation/oidc/oidc-provider.ts'
export type { WorldOidcProvider } from './operations/federation/oidc/oidc-provider.ts'

// Rules the app shows (field hints, limits, endpoints, ARNs, pickers)
export { parameterProblem, parameterProblems, countProblem, MALFORMED_INTEGER_PROBLEM } from './rules/parameter-problem.ts'
export { describeParameter } from './rules/describe-parameter.ts'
export type { ParameterDescription } from './rules/describe-parameter.ts'
export { PATTERN_WORDS, UNKNOWN_PATTERN_WORDS, patternWords } from './rules/pattern-words.ts'
export { durationLimits } from './rules/duration-limits.ts'
export type { DurationLimits, DurationRequest } from './rules/duration-limits.ts'
export { DURATION_DEFAULTS } from './rules/duration-defaults.ts'
export { stsEndpointHost, signingRegionFor, STS_ENDPOINT_REGIONS, GLOBAL_ENDPOINT } from './auth/sts-endpoints.ts'
export type { EndpointChoice } from './auth/sts-endpoints.ts'
export { isRegionName, resolveEndpoint } from './auth/endpoint.ts'
export type { Endpoint } from './auth/endpoint.ts'
export { rootArn, userArn, roleArn, assumedRoleArn, federatedUserArn } from './identity/principal-arns.ts'
export type { PartitionSource } from './identity/principal-arns.ts'
export { COGNITO_PRINCIPAL, COGNITO_ISSUER } from './operations/federation/oidc/cognito.ts'
export { worldChoices } from './world/world-choices.ts'
export type { WorldChoices } from './world/world-choices.ts'

// Editing the world (the World view): rename and delete with references kept consistent, every
// result validated by parseWorld; where a managed policy is attached.
export { renameEntity } from './world/edits/rename-entity.ts'
export { deleteEntity } from './world/edits/delete-entity.ts'
export { policyAttachments } from './world/edits/policy-attachments.ts'
export type { PolicyAttachment } from './world/edits/policy-attachments.ts'
export type { EntityKind, EntityRef, WorldEditResult } from './world/edits/world-edit.ts'

// Who can assume this role? Every principal of the world against a (draft) trust policy.
export { whoCanAssume } from './authorization/who-can-assume/who-can-assume.ts'
export type { AssumeAction, AssumerKind, AssumerPrincipal, AssumerVerdict, WhoCanAssumeResult } from './authorization/who-can-assume/who-can-assume-types.ts'
export type { Environment } from './authorization/caller-context.ts'

// Bounds on untrusted input, checked before it is parsed: JSON nesting (web identity tokens,
// policies) and the shape of SAML XML. The app's inspector applies the same ones.
export { JSON_DEPTH_LIMIT } from './validation/json-depth.ts'
export { parseBoundedJson } from './validation/parse-bounded-json.ts'
export type { BoundedJson } from './validation/parse-bounded-json.ts'
export { xmlShapeProblem } from './xml/xml-shape.ts'
export type { XmlLimits } from './xml/xml-shape.ts'
export { SAML_XML_LIMITS } from './operations/federation/saml/saml-document-limits.ts'

// The comparison table of the ways to get temporary credentials, computed by running requests.
export { compareApiOptions } from './compare/compare-api-options.ts'
export { comparisonChoices } from './compare/subjects.ts'
export type { CompareInput } from './compare/compare-api-options.ts'
export { CLASSIC_OPERATIONS, NEWER_OPERATIONS } from './compare/comparison-types.ts'
export type * from './compare/comparison-types.ts'
export { intersectionGrid } from './intersection/intersection-grid.ts'
export { gridTrace } from './intersection/grid-trace.ts'
export { intersectionOverview } from './intersection/intersection-overview.ts'
export { GRID_LAYERS } from './intersection/intersection-types.ts'
export type * from './intersection/intersection-types.ts'

// Lessons and challenges: data (lesson-types.ts), the world a lesson starts on, the steps its
// answers run and the goals checked against the engine's structured results. The catalog itself is
// imported from src/engine/lessons/catalog.ts (so it lands only in the lessons chunk).
export { LESSON_TOPICS } from './lessons/lesson-types.ts'
export type * from './lessons/lesson-types.ts'
export { lessonWorld } from './lessons/world-changes.ts'
export type { LessonWorldResult } from './lessons/world-changes.ts'
export type { AttemptRecord } from './lessons/attempt-record.ts'
export { attemptMatches } from './lessons/attempt-match.ts'
export { secondsAfterSending } from './lessons/attempt-facts.ts'
export { requestGoalMet } from './lessons/goal-check.ts'
export { runLessonSteps } from './lessons/step-runner.ts'
export type { LessonAttempt, LessonClock, RunLessonStepsInput, StepRun } from './lessons/step-runner.ts'
export type { SavedItems, SavedCredentials, SavedToken } from './lessons/saved-items.ts'
export { probeGoalMet, probeGoalRun } from './lessons/probe-goal.ts'
export { gridGoalMet } from './lessons/grid-goal.ts'
export type { GridGoalDeps } from './lessons/grid-goal.ts'
export type { ProbeDeps, ProbeOutcome } from './lessons/probe-goal.ts'
