// The world file and what the app shows of it: the demo world, validation with a path for every
// problem, principal and provider ARNs, the simulated IdPs, the virtual MFA devices' codes and what
// the comparison table can be computed with.
export {
  authenticatorCode,
  COGNITO_PRINCIPAL,
  comparisonChoices,
  customerManagedPolicyArn,
  loadAwsManagedPolicies,
  demoWorld,
  OAUTH2_PROVIDER_IDS,
  oidcProviderArn,
  parsePolicyText,
  parseWorld,
  parseWorldText,
  roleArn,
  rootArn,
  samlProviderArn,
  simulatedProviders,
  userArn,
} from '../../engine/index.ts'
