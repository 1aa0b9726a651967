import { StreamNotFoundError } from './errors';
import type { EventStore, ReadStreamOptions, RecordedEvent } from './event-store.port';

/** A stream's events, or none for a stream that does not exist (yet): what loading an aggregate needs. */
export async function readStreamOrEmpty(store: EventStore, streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
  try {
    return await store.readStream(streamName, options);
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
}
