import type { GlobalPosition } from './position';

/** Any revision is accepted: the append never conflicts. */
export const ANY = 'any' as const;
/** The stream must not exist yet (no event was ever appended to it). */
export const NO_STREAM = 'no_stream' as const;
/** The stream must already hold at least one event. */
export const STREAM_EXISTS = 'stream_exists' as const;

/**
 * What the writer believes the stream's last revision to be. A number is an exact revision
 * (the first event of a stream has revision 0).
 */
export type ExpectedRevision = typeof ANY | typeof NO_STREAM | typeof STREAM_EXISTS | number;

export type EventMetadata = Record<string, unknown>;

/** An event to append. Ids are UUIDs; the store generates one when it is omitted. */
export interface EventToAppend<
  Type extends string = string,
  Data = unknown,
  Metadata extends EventMetadata = EventMetadata,
> {
  readonly id?: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata?: Metadata;
}

/** An event as the store recorded it. */
export interface RecordedEvent<
  Type extends string = string,
  Data = unknown,
  Metadata extends EventMetadata = EventMetadata,
> {
  readonly id: string;
  readonly streamName: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: Metadata;
  /** Zero-based, contiguous per stream. */
  readonly revision: number;
  /** Order of the event among all streams; see `GlobalPosition`. */
  readonly position: GlobalPosition;
  readonly recordedAt: Date;
}

export interface AppendResult {
  /** The revision of the last event now in the stream: the next append's expected revision. */
  readonly nextExpectedRevision: number;
  /** The global position of the last event appended. */
  readonly position: GlobalPosition;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive. Defaults to the first revision (forwards) or the last (backwards). */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. `START` reads from the beginning. */
  readonly after?: GlobalPosition;
  readonly maxCount?: number;
}

export interface SubscribeToAllOptions {
  /** Exclusive checkpoint: the last position the subscriber has handled. */
  readonly after?: GlobalPosition;
  /** At most this many events per batch. */
  readonly batchSize?: number;
}

/**
 * What a catch-up subscription yields: batches of events in global order, and a `caught-up`
 * marker each time it has read everything visible (after which it is live).
 */
export type SubscriptionMessage =
  | { readonly kind: 'events'; readonly events: readonly RecordedEvent[] }
  | { readonly kind: 'caught-up'; readonly position: GlobalPosition };

export interface AllStreamSubscription extends AsyncIterable<SubscriptionMessage> {
  /** Ends the iteration; resolves once the subscription has released its resources. */
  stop(): Promise<void>;
}

export interface EventStore {
  /**
   * Appends the events atomically after checking the expected revision. Re-sending events whose
   * ids are already stored in this stream (same type and data) returns the original result.
   */
  append(
    streamName: string,
    events: readonly EventToAppend[],
    options?: { readonly expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult>;

  /** Throws `StreamNotFoundError` when the stream holds no event. */
  readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /** Events of all streams in global order; never passes an event that may still commit. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;

  /** The position of the last event a reader of all streams can see now (`START` if none). */
  headPosition(): Promise<GlobalPosition>;

  /**
   * How many events a reader of all streams can see after `position` (projection lag), or
   * undefined where the store cannot count them cheaply.
   */
  countEventsAfter?(position: GlobalPosition): Promise<number | undefined>;

  subscribeToAll(options?: SubscribeToAllOptions): AllStreamSubscription;

  /** Throws a `StoreUnavailableError` when the store cannot be reached. */
  ping(): Promise<void>;

  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
