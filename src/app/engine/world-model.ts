// The world file and what the app shows of it: the demo world, validation with a path for every
// problem, principal and provider ARNs, the simulated IdPs and the virtual MFA devices' codes.
export {
  authenticatorCode,
  COGNITO_PRINCIPAL,
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
