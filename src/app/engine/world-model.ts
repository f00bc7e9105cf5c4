// The world file and what the app shows of it: the demo world, validation with a path for every
// problem, principal and provider ARNs, the simulated IdPs, the virtual MFA devices' codes and what
// the comparison table can be computed with; editing the world (rename, delete, where a managed policy
// is attached) and who can assume a role with a draft trust policy.
export {
  authenticatorCode,
  COGNITO_PRINCIPAL,
  comparisonChoices,
  customerManagedPolicyArn,
  deleteEntity,
  loadAwsManagedPolicies,
  demoWorld,
  OAUTH2_PROVIDER_IDS,
  oidcProviderArn,
  parsePolicyText,
  parseWorld,
  parseWorldText,
  policyAttachments,
  renameEntity,
  roleArn,
  rootArn,
  samlProviderArn,
  simulatedProviders,
  userArn,
  whoCanAssume,
} from '../../engine/index.ts'
export type {
  AssumeAction,
  AssumerKind,
  AssumerPrincipal,
  AssumerVerdict,
  EntityKind,
  EntityRef,
  Environment,
  PolicyAttachment,
  WhoCanAssumeResult,
  WorldEditResult,
} from '../../engine/index.ts'
