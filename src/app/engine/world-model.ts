// The world file and what the app shows of it: the demo world, validation with a path for every
// problem, provider ARNs, the simulated IdPs and the virtual MFA devices' codes.
export {
  authenticatorCode,
  demoWorld,
  OAUTH2_PROVIDER_IDS,
  oidcProviderArn,
  parsePolicyText,
  parseWorld,
  parseWorldText,
  samlProviderArn,
  simulatedProviders,
} from '../../engine/index.ts'
