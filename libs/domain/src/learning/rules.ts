/**
 * Stable rule names of the learning aggregate (clients and tests rely on them, never on the
 * message). Field checks from `shared/validation` add their own: `text-required`,
 * `text-too-long`, `value-not-allowed`, `list-required`, `too-few-values`, `duplicate-values`,
 * `date-format`, `date-invalid`, `uuid-format`; and every free text the privacy guard's
 * `privacy-bsn`, `privacy-email`, `privacy-phone`, `privacy-birth-date` (kind `privacy`).
 *
 * Decision on closed circles: capturing a learning from a closed circle is always allowed. A
 * lesson is often written up after the last session, and what a circle taught does not expire
 * when it closes; only a circle that does not exist refuses.
 */
export const LearningRules = {
  // the aggregate's life cycle
  notFound: 'learning-not-found',
  alreadyCaptured: 'learning-already-captured',
  retracted: 'learning-retracted',
  // facts from other aggregates, looked up by the command handler
  circleNotFound: 'circle-not-found',
  onlyOwnRegionCaptures: 'only-own-region-captures',
  onlyNationalAmbassadorPromotes: 'only-national-ambassador-promotes',
  // input that breaks its own rule
  regionIdFormat: 'region-id-format',
  dateInFuture: 'date-in-future',
  tooManyValues: 'too-many-values',
  // invariants
  onlyOwnRegionRevises: 'only-own-region-revises',
  revisionWithoutChanges: 'revision-without-changes',
  cannotEndorseOwn: 'cannot-endorse-own-learning',
  alreadyEndorsed: 'already-endorsed-by-region',
  cannotAdoptOwn: 'cannot-adopt-own-learning',
  alreadyAdopted: 'already-adopted-by-region',
  alreadyPromoted: 'learning-already-promoted',
} as const;

export type LearningRule = (typeof LearningRules)[keyof typeof LearningRules];

/** Longest free texts, in characters, and the most success factors a learning lists. */
export const LearningLimits = {
  title: 200,
  insight: 4000,
  successFactor: 300,
  successFactors: 10,
  comment: 1000,
  adaptation: 4000,
  reason: 2000,
} as const;
