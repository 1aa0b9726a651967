import { randomUUID } from 'node:crypto';
import {
  ANY, NO_STREAM, STREAM_EXISTS,
  type EventStore, type EventToAppend, type RecordedEvent, type SubscriptionMessage,
} from '../event-store.port';
import { EventIdConflictError, StreamNotFoundError, WrongExpectedRevisionError } from '../errors';
import type { GlobalPosition } from '../position';

/** An append left open inside a transaction, to prove readers of all streams wait for it. */
export interface OpenAppend {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export interface ContractOptions {
  /** Adapters whose writers can hold a transaction open (PostgreSQL) prove the read fence. */
  readonly holdOpenAppend?: (streamName: string, events: readonly EventToAppend[]) => Promise<OpenAppend>;
  /**
   * EventStoreDB keeps no index of event ids across streams, so it cannot refuse an id reused
   * in another stream; PostgreSQL can (a unique index). Defaults to true.
   */
  readonly detectsEventIdReuseAcrossStreams?: boolean;
}

const event = (type: string, data: Record<string, unknown> = {}, id: string = randomUUID()): EventToAppend => ({
  id, type, data, metadata: { correlationId: 'contract' },
});

async function readAllAfter(store: EventStore, after: GlobalPosition, prefix: string): Promise<RecordedEvent[]> {
  const found: RecordedEvent[] = [];
  let cursor = after;
  for (;;) {
    const page = await store.readAll({ after: cursor, maxCount: 1000 });
    if (page.length === 0) return found;
    found.push(...page.filter((e) => e.streamName.startsWith(prefix)));
    cursor = page[page.length - 1]!.position;
  }
}

async function settle<T>(promises: Promise<T>[]): Promise<PromiseSettledResult<T>[]> {
  return Promise.allSettled(promises);
}

/** Reads a subscription until `until` says stop, collecting events of streams with `prefix`. */
async function collect(
  iterable: AsyncIterable<SubscriptionMessage>, prefix: string, until: (events: RecordedEvent[], msg: SubscriptionMessage) => boolean,
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const message of iterable) {
    if (message.kind === 'events') events.push(...message.events.filter((e) => e.streamName.startsWith(prefix)));
    if (until(events, message)) break;
  }
  return events;
}

/**
 * The behaviour every event store adapter must show. Stream names are unique per run, so the
 * suite also runs against a shared server that already holds events.
 */
export function describeEventStoreContract(
  adapterName: string,
  createStore: () => Promise<EventStore>,
  options: ContractOptions = {},
): void {
  describe(`event store contract: ${adapterName}`, () => {
    let store: EventStore;
    let run: string;
    const stream = (name: string) => `${run}-${name}`;

    beforeAll(async () => { store = await createStore(); }, 60_000);
    afterAll(async () => { await store?.close(); });
    beforeEach(() => { run = `contract_${randomUUID().slice(0, 8)}`; });

    it('appends and reads a stream forwards and backwards, from a revision, with a max count', async () => {
      const name = stream('read');
      const first = await store.append(name, [event('A', { n: 0 }), event('B', { n: 1 })], { expectedRevision: NO_STREAM });
      expect(first.nextExpectedRevision).toBe(1);
      const second = await store.append(name, [event('C', { n: 2 })], { expectedRevision: 1 });
      expect(second.nextExpectedRevision).toBe(2);
      expect(second.position > first.position).toBe(true);

      const all = await store.readStream(name);
      expect(all.map((e) => [e.type, e.revision, e.streamName])).toEqual([['A', 0, name], ['B', 1, name], ['C', 2, name]]);
      expect(all[0]!.data).toEqual({ n: 0 });
      expect(all[0]!.metadata).toEqual({ correlationId: 'contract' });
      expect(all[0]!.recordedAt).toBeInstanceOf(Date);
      expect(all[2]!.position).toBe(second.position);

      expect((await store.readStream(name, { fromRevision: 1 })).map((e) => e.type)).toEqual(['B', 'C']);
      expect((await store.readStream(name, { maxCount: 2 })).map((e) => e.type)).toEqual(['A', 'B']);
      expect((await store.readStream(name, { direction: 'backwards' })).map((e) => e.type)).toEqual(['C', 'B', 'A']);
      expect((await store.readStream(name, { direction: 'backwards', fromRevision: 1, maxCount: 1 })).map((e) => e.type)).toEqual(['B']);
    });

    it('refuses a stream that does not exist with StreamNotFoundError', async () => {
      await expect(store.readStream(stream('missing'))).rejects.toBeInstanceOf(StreamNotFoundError);
    });

    it('checks every kind of expected revision and reports expected and actual', async () => {
      const name = stream('expect');
      await expect(store.append(name, [event('A')], { expectedRevision: STREAM_EXISTS }))
        .rejects.toMatchObject({ constructor: WrongExpectedRevisionError, expected: STREAM_EXISTS, actual: -1 });
      await expect(store.append(name, [event('A')], { expectedRevision: 0 }))
        .rejects.toMatchObject({ constructor: WrongExpectedRevisionError, expected: 0, actual: -1 });
      await store.append(name, [event('A')], { expectedRevision: NO_STREAM });
      await expect(store.append(name, [event('B')], { expectedRevision: NO_STREAM }))
        .rejects.toMatchObject({ constructor: WrongExpectedRevisionError, expected: NO_STREAM, actual: 0 });
      await expect(store.append(name, [event('B')], { expectedRevision: 3 }))
        .rejects.toMatchObject({ constructor: WrongExpectedRevisionError, expected: 3, actual: 0 });
      await store.append(name, [event('B')], { expectedRevision: STREAM_EXISTS });
      await store.append(name, [event('C')], { expectedRevision: ANY });
      await store.append(name, [event('D')]);
      expect((await store.readStream(name)).map((e) => e.revision)).toEqual([0, 1, 2, 3]);
    });

    it('appends a batch atomically: a refused batch leaves nothing behind', async () => {
      const name = stream('batch');
      await store.append(name, [event('A')], { expectedRevision: NO_STREAM });
      await expect(store.append(name, [event('B'), event('C'), event('D')], { expectedRevision: 5 }))
        .rejects.toBeInstanceOf(WrongExpectedRevisionError);
      expect(await store.readStream(name)).toHaveLength(1);
      const result = await store.append(name, Array.from({ length: 100 }, (_, i) => event('Bulk', { i })), { expectedRevision: 0 });
      expect(result.nextExpectedRevision).toBe(100);
      const events = await store.readStream(name);
      expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 101 }, (_, i) => i));
      expect(result.position).toBe(events[100]!.position);
    });

    it('lets exactly one of 20 racing writers win each revision', async () => {
      const name = stream('race');
      for (let round = 0; round < 5; round++) {
        const expectedRevision = round === 0 ? NO_STREAM : round - 1;
        const results = await settle(Array.from({ length: 20 }, (_, writer) =>
          store.append(name, [event('Raced', { round, writer })], { expectedRevision })));
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(19);
        for (const loss of lost) {
          expect(loss.reason).toBeInstanceOf(WrongExpectedRevisionError);
          expect((loss.reason as WrongExpectedRevisionError).actual).toBe(round);
        }
      }
      const events = await store.readStream(name);
      expect(events.map((e) => [e.revision, (e.data as { round: number }).round])).toEqual([[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]]);
    });

    it('takes every one of 20 racing writers that expect any revision or an existing stream, in one contiguous stream', async () => {
      const name = stream('any');
      await store.append(name, [event('Opened')], { expectedRevision: NO_STREAM });
      const results = await settle(Array.from({ length: 20 }, (_, writer) => store.append(
        name,
        writer % 2 === 0 ? [event('Any', { writer })] : [event('Any', { writer, part: 0 }), event('Any', { writer, part: 1 })],
        { expectedRevision: writer % 4 < 2 ? ANY : STREAM_EXISTS },
      )));
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
      const events = await store.readStream(name);
      expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 31 }, (_, i) => i));
      // A batch is never interleaved with another writer's events.
      for (const [index, e] of events.entries()) {
        const { writer, part } = e.data as { writer: number; part?: number };
        if (part === 0) expect(events[index + 1]!.data).toEqual({ writer, part: 1 });
      }
    });

    it('reads 10,000 events over 100 streams back in global order with contiguous revisions', async () => {
      const head = await store.headPosition();
      const streams = Array.from({ length: 100 }, (_, i) => stream(`bulk-${i}`));
      const appends: Array<() => Promise<unknown>> = [];
      for (let round = 0; round < 10; round++) {
        for (const name of streams) {
          appends.push(() => store.append(name, Array.from({ length: 10 }, (_, i) => event('Bulk', { round, i }))));
        }
      }
      // Eight writers at a time: concurrent commits are what a gap-unsafe reader would get wrong.
      let next = 0;
      await Promise.all(Array.from({ length: 8 }, async () => { while (next < appends.length) await appends[next++]!(); }));

      const read = await readAllAfter(store, head, run);
      expect(read).toHaveLength(10_000);
      for (let i = 1; i < read.length; i++) expect(read[i]!.position > read[i - 1]!.position).toBe(true);
      const revisions = new Map<string, number[]>();
      for (const e of read) revisions.set(e.streamName, [...(revisions.get(e.streamName) ?? []), e.revision]);
      expect(revisions.size).toBe(100);
      for (const list of revisions.values()) expect(list).toEqual(Array.from({ length: 100 }, (_, i) => i));
    }, 120_000);

    it('makes a re-sent append idempotent: the original result, no second copy', async () => {
      const name = stream('idem');
      const batch = [event('A', { v: 1 }), event('B', { v: 2 })];
      const original = await store.append(name, batch, { expectedRevision: NO_STREAM });
      await store.append(name, [event('C')], { expectedRevision: 1 });
      const again = await store.append(name, batch, { expectedRevision: NO_STREAM });
      expect(again).toEqual(original);
      expect((await store.readStream(name)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
    });

    it('answers concurrent re-sends of one append with one result and one copy', async () => {
      const name = stream('idem-race');
      await store.append(name, [event('Start')], { expectedRevision: NO_STREAM });
      const batch = [event('A', { v: 1 }), event('B', { v: 2 })];
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) =>
        store.append(name, batch, { expectedRevision: i % 2 === 0 ? 0 : ANY })));
      for (const result of results) expect(result).toEqual(results[0]);
      expect((await store.readStream(name)).map((e) => e.type)).toEqual(['Start', 'A', 'B']);
    });

    it('refuses a different event under an id that is already used', async () => {
      const name = stream('idem-conflict');
      const id = randomUUID();
      await store.append(name, [event('A', { v: 1 }, id)]);
      await expect(store.append(name, [event('A', { v: 2 }, id)])).rejects.toBeInstanceOf(EventIdConflictError);
      await expect(store.append(name, [event('New'), event('A', { v: 1 }, id)])).rejects.toBeInstanceOf(EventIdConflictError);
      if (options.detectsEventIdReuseAcrossStreams !== false) {
        await expect(store.append(stream('other'), [event('A', { v: 1 }, id)])).rejects.toBeInstanceOf(EventIdConflictError);
      }
      expect(await store.readStream(name)).toHaveLength(1);
    });

    it('resumes a subscription from its checkpoint without loss or duplicates, then goes live', async () => {
      const head = await store.headPosition();
      const name = stream('sub');
      for (let i = 0; i < 30; i++) await store.append(name, [event('Sub', { i })]);

      const first = store.subscribeToAll({ after: head, batchSize: 7 });
      const seenFirst = await collect(first, run, (events) => events.length >= 12);
      await first.stop();
      const checkpoint = seenFirst[seenFirst.length - 1]!.position;

      for (let i = 30; i < 40; i++) await store.append(name, [event('Sub', { i })]);
      const second = store.subscribeToAll({ after: checkpoint, batchSize: 7 });
      let caughtUp = false;
      const liveAppend = (async () => {
        while (!caughtUp) await new Promise((r) => setTimeout(r, 10));
        for (let i = 40; i < 45; i++) await store.append(name, [event('Sub', { i })]);
      })();
      const seenSecond = await collect(second, run, (events, msg) => {
        if (msg.kind === 'caught-up') caughtUp = true;
        return events.length + seenFirst.length >= 45;
      });
      await second.stop();
      await liveAppend;

      const all = [...seenFirst, ...seenSecond].map((e) => (e.data as { i: number }).i);
      const firstIs = seenFirst.map((e) => (e.data as { i: number }).i);
      expect(firstIs).toEqual(Array.from({ length: firstIs.length }, (_, i) => i));
      expect(all).toEqual(Array.from({ length: 45 }, (_, i) => i));
      expect(caughtUp).toBe(true);
    }, 60_000);

    it('ends a subscription cleanly when stopped while it waits', async () => {
      const subscription = store.subscribeToAll({ after: await store.headPosition() });
      const iteration = (async () => { for await (const _ of subscription) { /* live and idle */ } })();
      await new Promise((r) => setTimeout(r, 50));
      await subscription.stop();
      await expect(iteration).resolves.toBeUndefined();
    });

    const holdOpenAppend = options.holdOpenAppend;
    if (holdOpenAppend) {
      it('never lets a reader of all streams pass an open transaction, and shows its events once committed', async () => {
        const head = await store.headPosition();
        const open = await holdOpenAppend(stream('slow'), [event('Slow')]);
        try {
          await store.append(stream('fast'), [event('Fast', { n: 1 })]);
          await store.append(stream('fast'), [event('Fast', { n: 2 })]);
          const subscription = store.subscribeToAll({ after: head });
          const seen = collect(subscription, run, (events) => events.length >= 3);

          const whileOpen = await readAllAfter(store, head, run);
          expect(whileOpen).toEqual([]);
          expect(await store.headPosition()).toBe(head);

          await open.commit();
          const afterCommit = await readAllAfter(store, head, run);
          expect(afterCommit.map((e) => e.type)).toEqual(['Slow', 'Fast', 'Fast']);
          expect((await seen).map((e) => e.type)).toEqual(['Slow', 'Fast', 'Fast']);
          await subscription.stop();
        } catch (error) {
          await open.rollback().catch(() => undefined);
          throw error;
        }
      }, 30_000);
    }
  });
}
