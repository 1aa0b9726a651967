/** Stable rule names of the Developer aggregate. */
export const DeveloperRule = {
  notFound: 'developer-not-found',
  alreadyAppointed: 'developer-already-appointed',
  regionUnknown: 'region-unknown',
  alreadyAssigned: 'developer-already-assigned-to-region',
  notAssigned: 'developer-not-assigned-to-region',
} as const;
export type DeveloperRuleName = (typeof DeveloperRule)[keyof typeof DeveloperRule];
