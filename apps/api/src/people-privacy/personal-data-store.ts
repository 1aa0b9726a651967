import type {
  AllStreamSubscription, AppendResult, EventStore, EventToAppend, ExpectedRevision, GlobalPosition, ReadAllOptions,
  ReadStreamOptions, RecordedEvent, SubscribeToAllOptions, SubscriptionMessage,
} from '@leerkring/event-store';
import type { PersonalDataCodec } from './personal-data-codec';

/**
 * The event store as the application sees it: personal data in the clear above, encrypted per
 * person below (docs/crypto-shredding.md). Every reader goes through the same port, so the
 * command side's aggregate loader, every projector (live and rebuild), the overview's `asOf`
 * fold, the demo and the CLI all decrypt in this one place, and none can forget to.
 * `raw` is the store underneath, as it holds the events.
 */
export class PersonalDataStore implements EventStore {
  readonly countEventsAfter?: (position: GlobalPosition) => Promise<number | undefined>;

  constructor(readonly raw: EventStore, readonly codec: PersonalDataCodec) {
    const count = raw.countEventsAfter?.bind(raw);
    if (count) this.countEventsAfter = count;
  }

  async append(
    streamName: string,
    events: readonly EventToAppend[],
    options?: { readonly expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult> {
    return this.raw.append(streamName, await this.codec.sealEvents(events), options);
  }

  async readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.codec.openEvents(await this.raw.readStream(streamName, options));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.codec.openEvents(await this.raw.readAll(options));
  }

  headPosition(): Promise<GlobalPosition> {
    return this.raw.headPosition();
  }

  subscribeToAll(options?: SubscribeToAllOptions): AllStreamSubscription {
    const inner = this.raw.subscribeToAll(options);
    const codec = this.codec;
    async function* opened(): AsyncGenerator<SubscriptionMessage> {
      for await (const message of inner) {
        yield message.kind === 'events' ? { kind: 'events', events: await codec.openEvents(message.events) } : message;
      }
    }
    return { stop: () => inner.stop(), [Symbol.asyncIterator]: () => opened() };
  }

  ping(): Promise<void> {
    return this.raw.ping();
  }

  close(): Promise<void> {
    return this.raw.close();
  }
}

/**
 * For readers whose fold uses no personal field (the overview's `asOf` fold and the programme
 * report count circles, sessions, hours and adoptions, never names): the events as stored, with
 * personal fields left sealed, so reading the whole history does not unwrap a key and open an
 * envelope for every person in it (reading 190,908 synthetic events for an `asOf` answer: 7.0 s
 * with every envelope opened, 2.4 s as stored).
 * Appends still go through `store` and are sealed.
 */
export function readingPersonalDataSealed(store: EventStore): EventStore {
  if (!(store instanceof PersonalDataStore)) return store;
  const { raw } = store;
  return {
    append: (streamName, events, options) => store.append(streamName, events, options),
    readStream: (streamName, options) => raw.readStream(streamName, options),
    readAll: (options) => raw.readAll(options),
    headPosition: () => raw.headPosition(),
    ...(store.countEventsAfter ? { countEventsAfter: store.countEventsAfter } : {}),
    subscribeToAll: (options) => raw.subscribeToAll(options),
    ping: () => raw.ping(),
    close: () => store.close(),
  };
}
