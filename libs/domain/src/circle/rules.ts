/**
 * Stable rule names of the circle aggregate (clients and tests rely on them, never on the
 * message). Field checks from `shared/validation` add their own: `text-required`,
 * `text-too-long`, `value-not-allowed`, `list-required`, `too-few-values`, `duplicate-values`,
 * `date-format`, `date-invalid`, `uuid-format`; and every free text the privacy guard's
 * `privacy-bsn`, `privacy-email`, `privacy-phone`, `privacy-birth-date` (kind `privacy`).
 */
export const CircleRules = {
  // the aggregate's life cycle
  notFound: 'circle-not-found',
  alreadyStarted: 'circle-already-started',
  closed: 'circle-closed',
  // facts from other aggregates, looked up by the command handler
  regionNotFound: 'region-not-found',
  developerNotAssigned: 'developer-not-assigned-to-region',
  planNotInRegion: 'plan-not-in-region',
  // input that breaks its own rule
  regionIdFormat: 'region-id-format',
  dateInFuture: 'date-in-future',
  emailFormat: 'email-format',
  countInvalid: 'count-invalid',
  // invariants
  participantAlreadyAdded: 'participant-already-added',
  duplicateParticipant: 'duplicate-participant',
  notAParticipant: 'not-a-participant',
  sessionAlreadyRecorded: 'session-already-recorded',
  sessionBeforeStart: 'session-before-circle-start',
  attendeesExceedCount: 'attendees-exceed-count',
  actionGroupAlreadyFormed: 'action-group-already-formed',
  closeBeforeStart: 'close-before-circle-start',
} as const;

export type CircleRule = (typeof CircleRules)[keyof typeof CircleRules];

/** Longest free texts, in characters. */
export const CircleLimits = {
  title: 200,
  description: 2000,
  name: 120,
  email: 254,
  organisation: 200,
  role: 200,
  reason: 1000,
  summary: 4000,
  actionGroupName: 200,
  outcome: 4000,
} as const;
