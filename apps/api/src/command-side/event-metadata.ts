/**
 * The metadata of every event the command side appends (DESIGN.md section 4). Projections and
 * audits read these names; add fields, never rename one.
 */
export interface CommandEventMetadata {
  readonly [key: string]: unknown;
  readonly actorId: string;
  readonly actorRole: string;
  /** Shared by every message of one conversation (a request and what follows from it). */
  readonly correlationId: string;
  /** The command that caused the event. */
  readonly causationId: string;
  readonly idempotencyKey: string;
  /** The domain command type, as `LogWeeklyWork`. */
  readonly commandType: string;
  /** The version of the event's data shape; loading upcasts older versions. */
  readonly schemaVersion: number;
  /** ISO instant of the decision (the clock the decider was given). */
  readonly occurredAt: string;
}

/** Events written before metadata carried a version are version 1. */
export function schemaVersionOf(metadata: Readonly<Record<string, unknown>>): number {
  const version = metadata['schemaVersion'];
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 1 ? version : 1;
}
