import type { GlobalPosition } from '@leerkring/event-store';

/**
 * What every mutation answers (DESIGN.md section 6): the revision is the next expected revision
 * for the client's optimistic concurrency, the position lets a later query ask to be answered
 * `atLeast` it (read-your-writes).
 */
export interface CommandResult {
  readonly aggregateId: string;
  readonly streamName: string;
  /** The stream's last revision after the command (-1 when the stream still holds no event). */
  readonly revision: number;
  /** Global position of the command's last event; of the stream's last event when it caused none. */
  readonly position: GlobalPosition;
  /** How many events the command caused. */
  readonly events: number;
}
