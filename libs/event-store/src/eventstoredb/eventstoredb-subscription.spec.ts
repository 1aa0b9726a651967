/**
 * The adapter's subscription on top of the client's own `Subscription` class (the object
 * `client.subscribeToAll()` returns), fed with real gRPC `ReadResp` messages through a stand-in
 * for the gRPC call. No server runs here: this pins down batching, caught-up markers (reported
 * by the server, or by the head-position fallback), checkpoint exclusivity, system-event
 * filtering, stop and failure. The contract suite covers the same against a real server.
 */
import { PassThrough } from 'node:stream';
import { Subscription } from '@eventstore/db-client/dist/streams/utils/Subscription';
import { convertGrpcEvent } from '@eventstore/db-client/dist/utils/convertGrpcEvent';
import { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import type { AllStreamResolvedEvent, AllStreamSubscription as ClientAllStreamSubscription } from '@eventstore/db-client';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { Metadata, status } from '@grpc/grpc-js';
import type { RecordedEvent, SubscriptionMessage } from '../event-store.port';
import { StoreUnavailableError } from '../errors';
import { START, encodePosition, type GlobalPosition } from '../position';
import { EventStoreDBAllSubscription } from './eventstoredb-all-subscription';

/** Event n of the test log sits at commit = prepare = 100 n. */
const positionOf = (n: number): GlobalPosition => encodePosition([BigInt(100 * n), BigInt(100 * n)]);

function eventResp(n: number, type = 'Counted', streamName = 'counter-1'): ReadResp {
  const record = new ReadResp.ReadEvent.RecordedEvent();
  record.setId(new UUID().setString(`00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`));
  record.setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from(streamName, 'utf8')));
  record.setStreamRevision(String(n - 1));
  record.setCommitPosition(String(100 * n));
  record.setPreparePosition(String(100 * n));
  record.getMetadataMap().set('type', type).set('content-type', 'application/json').set('created', '17000000000000000');
  record.setData(Buffer.from(JSON.stringify({ n }), 'utf8'));
  const event = new ReadResp.ReadEvent();
  event.setEvent(record);
  event.setNoPosition(new Empty());
  return new ReadResp().setEvent(event);
}

const caughtUpResp = (): ReadResp => new ReadResp().setCaughtUp(new ReadResp.CaughtUp());

/** Stands in for the gRPC server-streaming call the client pipes into its `Subscription`. */
class FakeCall extends PassThrough {
  cancelled = false;
  constructor() { super({ objectMode: true }); }
  cancel(): void {
    this.cancelled = true;
    // What @grpc/grpc-js reports for a cancel from this side; the client ignores it.
    this.destroy(Object.assign(new Error('1 CANCELLED: Cancelled on client'), {
      code: status.CANCELLED, details: 'Cancelled on client', metadata: new Metadata(),
    }));
  }
  send(...messages: ReadResp[]): void { for (const message of messages) this.write(message); }
}

interface Harness {
  readonly call: FakeCall;
  readonly source: ClientAllStreamSubscription;
  readonly subscription: EventStoreDBAllSubscription;
  readonly released: () => boolean;
}

function subscribe(options: { after?: GlobalPosition; batchSize: number; head: Promise<GlobalPosition> }): Harness {
  const call = new FakeCall();
  const source = new Subscription<AllStreamResolvedEvent>(
    async () => call as never,
    convertGrpcEvent as never,
    {},
  ) as unknown as ClientAllStreamSubscription;
  let released = false;
  const subscription = new EventStoreDBAllSubscription(source, {
    after: options.after ?? START,
    batchSize: options.batchSize,
    readHead: () => options.head,
    released: () => { released = true; },
  });
  return { call, source, subscription, released: () => released };
}

const never = new Promise<GlobalPosition>(() => undefined);
const ns = (events: readonly RecordedEvent[]) => events.map((e) => (e.data as { n: number }).n);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Pulls messages until `until` holds; summarises events by their n. */
async function pull(
  iterator: AsyncIterator<SubscriptionMessage>,
  until: (seen: SubscriptionMessage[]) => boolean,
): Promise<SubscriptionMessage[]> {
  const seen: SubscriptionMessage[] = [];
  while (!until(seen)) {
    const result = await iterator.next();
    if (result.done) break;
    seen.push(result.value);
  }
  return seen;
}

const summary = (messages: readonly SubscriptionMessage[]) =>
  messages.map((m) => (m.kind === 'events' ? ns(m.events) : `caught-up@${m.position}`));
const lastIsCaughtUp = (seen: SubscriptionMessage[]) => seen.length > 0 && seen[seen.length - 1]!.kind === 'caught-up';

describe('EventStoreDB subscription to $all', () => {
  it('batches events by batchSize and marks caught-up where the server reports it', async () => {
    const { call, subscription } = subscribe({ batchSize: 7, head: never });
    const iterator = subscription[Symbol.asyncIterator]();
    call.send(...range(1, 20).map((n) => eventResp(n)), caughtUpResp());

    const seen = await pull(iterator, lastIsCaughtUp);
    expect(seen.every((m) => m.kind === 'caught-up' || m.events.length <= 7)).toBe(true);
    expect(seen.flatMap((m) => (m.kind === 'events' ? ns(m.events) : []))).toEqual(range(1, 20));
    expect(seen[seen.length - 1]).toEqual({ kind: 'caught-up', position: positionOf(20) });
    expect(seen.filter((m) => m.kind === 'caught-up')).toHaveLength(1);

    call.send(eventResp(21), eventResp(22));
    expect(summary(await pull(iterator, (s) => s.flatMap((m) => (m.kind === 'events' ? m.events : [])).length >= 2))).toEqual([[21, 22]]);
    await subscription.stop();
  });

  it('places the caught-up marker behind every event received before it, even under backpressure', async () => {
    const { call, subscription } = subscribe({ batchSize: 100, head: never });
    const iterator = subscription[Symbol.asyncIterator]();
    call.send(...range(1, 3000).map((n) => eventResp(n)), caughtUpResp(), ...range(3001, 3005).map((n) => eventResp(n)));
    await new Promise((resolve) => setTimeout(resolve, 20)); // let the adapter pause the client stream

    const seen = await pull(iterator, (s) => s.flatMap((m) => (m.kind === 'events' ? m.events : [])).length >= 3005);
    const markerAt = seen.findIndex((m) => m.kind === 'caught-up');
    expect(seen[markerAt]).toEqual({ kind: 'caught-up', position: positionOf(3000) });
    expect(seen.slice(0, markerAt).flatMap((m) => (m.kind === 'events' ? ns(m.events) : []))).toEqual(range(1, 3000));
    expect(seen.slice(markerAt + 1).flatMap((m) => (m.kind === 'events' ? ns(m.events) : []))).toEqual(range(3001, 3005));
    expect(seen.every((m) => m.kind === 'caught-up' || m.events.length <= 100)).toBe(true);
    await subscription.stop();
  });

  it('queues the caught-up marker behind events still waiting in the client buffer when it is decoded', async () => {
    const { call, source, subscription } = subscribe({ batchSize: 500, head: never });
    const iterator = subscription[Symbol.asyncIterator]();
    source.pause(); // the client's readable buffer now keeps what it decodes
    call.send(...range(1, 5).map((n) => eventResp(n)), caughtUpResp(), eventResp(6));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(source.readableLength).toBe(6); // `caughtUp` was emitted while events 1-5 still waited
    source.resume();
    const eventCount = (s: SubscriptionMessage[]) => s.flatMap((m) => (m.kind === 'events' ? m.events : [])).length;
    expect(summary(await pull(iterator, (s) => eventCount(s) >= 6))).toEqual([range(1, 5), `caught-up@${positionOf(5)}`, [6]]);
    await subscription.stop();
  });

  it('falls back to the head read at start when the server never reports caught-up', async () => {
    const { call, subscription } = subscribe({ batchSize: 500, head: Promise.resolve(positionOf(5)) });
    const iterator = subscription[Symbol.asyncIterator]();
    call.send(...range(1, 5).map((n) => eventResp(n)));
    expect(summary(await pull(iterator, lastIsCaughtUp))).toEqual([range(1, 5), `caught-up@${positionOf(5)}`]);

    call.send(...range(6, 8).map((n) => eventResp(n)), caughtUpResp());
    // The server's own report after more events gives a second marker at the new position.
    expect(summary(await pull(iterator, lastIsCaughtUp))).toEqual([range(6, 8), `caught-up@${positionOf(8)}`]);
    await subscription.stop();
  });

  it('marks caught-up once when the fallback and the server agree on the position', async () => {
    const { call, subscription } = subscribe({ batchSize: 500, head: Promise.resolve(positionOf(2)) });
    const iterator = subscription[Symbol.asyncIterator]();
    call.send(eventResp(1), eventResp(2));
    expect(summary(await pull(iterator, lastIsCaughtUp))).toEqual([[1, 2], `caught-up@${positionOf(2)}`]);
    call.send(caughtUpResp(), eventResp(3));
    expect(summary(await pull(iterator, (s) => s.length >= 1))).toEqual([[3]]);
    await subscription.stop();
  });

  it('reports caught-up at the checkpoint (or START) when there is nothing to read', async () => {
    const empty = subscribe({ batchSize: 10, head: Promise.resolve(START) });
    expect(summary(await pull(empty.subscription[Symbol.asyncIterator](), lastIsCaughtUp))).toEqual(['caught-up@']);
    await empty.subscription.stop();

    const resumed = subscribe({ after: positionOf(9), batchSize: 10, head: Promise.resolve(positionOf(9)) });
    expect(summary(await pull(resumed.subscription[Symbol.asyncIterator](), lastIsCaughtUp))).toEqual([`caught-up@${positionOf(9)}`]);
    await resumed.subscription.stop();
  });

  it('drops events at or before the checkpoint and system events', async () => {
    const { call, subscription } = subscribe({ after: positionOf(3), batchSize: 10, head: never });
    const iterator = subscription[Symbol.asyncIterator]();
    call.send(
      eventResp(2), eventResp(3), eventResp(4),
      eventResp(5, '$metadata', '$$counter-1'), eventResp(6, 'Counted', '$ce-counter'), eventResp(7),
      caughtUpResp(),
    );
    expect(summary(await pull(iterator, lastIsCaughtUp))).toEqual([[4, 7], `caught-up@${positionOf(7)}`]);
    await subscription.stop();
  });

  it('ends a waiting iteration on stop, cancels the call and releases the subscription', async () => {
    const { call, subscription, released } = subscribe({ batchSize: 10, head: never });
    const iteration = (async () => {
      const seen: SubscriptionMessage[] = [];
      for await (const message of subscription) seen.push(message);
      return seen;
    })();
    call.send(eventResp(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await subscription.stop();
    expect(summary(await iteration)).toEqual([[1]]);
    expect(call.cancelled).toBe(true);
    expect(released()).toBe(true);
    await subscription.stop(); // stopping twice is harmless
  });

  it('stops when the consumer leaves a for-await loop early', async () => {
    const { call, subscription, released } = subscribe({ batchSize: 1, head: never });
    call.send(eventResp(1), eventResp(2), eventResp(3));
    const seen: number[] = [];
    for await (const message of subscription) {
      if (message.kind === 'events') seen.push(...ns(message.events));
      if (seen.length >= 2) break;
    }
    expect(seen).toEqual([1, 2]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(call.cancelled).toBe(true);
    expect(released()).toBe(true);
  });

  it('hands over the events received before a failure, then throws StoreUnavailableError', async () => {
    const { call, subscription, released } = subscribe({ batchSize: 10, head: never });
    const iterator = subscription[Symbol.asyncIterator]();
    call.send(eventResp(1), eventResp(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    call.destroy(Object.assign(new Error('14 UNAVAILABLE: Connection dropped'), {
      code: status.UNAVAILABLE, details: 'Connection dropped', metadata: new Metadata(),
    }));
    expect(summary(await pull(iterator, (s) => s.length >= 1))).toEqual([[1, 2]]);
    await expect(iterator.next()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(released()).toBe(true);
  });

  it('fails when the head read for the fallback fails', async () => {
    const { subscription } = subscribe({ batchSize: 10, head: Promise.reject(new StoreUnavailableError('down')) });
    await expect(subscription[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
