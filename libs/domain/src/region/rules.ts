/** Stable rule names of the Region aggregate (clients and tests rely on these, never on messages). */
export const RegionRule = {
  notFound: 'region-not-found',
  alreadyRegistered: 'region-already-registered',
  slugFormat: 'slug-format',
  nameUnchanged: 'region-name-unchanged',
  municipalityAlreadyInRegion: 'municipality-already-in-region',
  municipalityNotInRegion: 'municipality-not-in-region',
  planAlreadyAdded: 'transformation-plan-already-added',
  periodEndBeforeStart: 'period-end-before-start',
  supportPeriodAlreadyOpen: 'support-period-already-open',
  supportPeriodIdTaken: 'support-period-id-taken',
  supportPeriodOverlaps: 'support-period-overlaps',
  noOpenSupportPeriod: 'no-open-support-period',
  supportPeriodEndsBeforeStart: 'support-period-ends-before-start',
} as const;
export type RegionRuleName = (typeof RegionRule)[keyof typeof RegionRule];
