import {
  START, openEmbeddedEventStore, type GlobalPosition, type PostgresEventStore, type RecordedEvent,
} from '@leerkring/event-store';
import { SharedCatchUpSubscription, SharedPages, type PageReader } from './shared-pages';

const counted = (n: number) => Array.from({ length: n }, (_, i) => ({ type: 'Counted', data: { i } }));

/** The embedded store, counting how often all streams are read (every read goes to the database). */
async function countingStore(): Promise<{ store: PostgresEventStore; reads: () => number }> {
  const store = await openEmbeddedEventStore(undefined, { pollIntervalMs: 20 });
  let reads = 0;
  const readAll = store.readAll.bind(store);
  store.readAll = (options) => {
    reads += 1;
    return readAll(options);
  };
  return { store, reads: () => reads };
}

async function readToEnd(reader: PageReader, pageSize: number, onPage?: () => Promise<void>): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let after: GlobalPosition = START;
  for (;;) {
    const page = await reader.read(after, pageSize);
    events.push(...page);
    if (page.length < pageSize) return events;
    after = page[page.length - 1]!.position;
    await onPage?.();
  }
}

describe('pages shared by projectors catching up', () => {
  let store: PostgresEventStore;
  let reads: () => number;
  beforeEach(async () => ({ store, reads } = await countingStore()));
  afterEach(() => store.close());

  /** 1,000 events, room for 3 pages of 100, and two readers: the slow one has read the first page. */
  const slowReaderAtFirstPage = async () => {
    await store.append('counter-a', counted(1_000));
    const pages = new SharedPages(store, 300);
    const slow = pages.open();
    const fast = pages.open();
    return { pages, slow, fast, first: await slow.read(START, 100) };
  };

  it('reads each page once for readers that catch up together, and keeps nothing once all are done', async () => {
    await store.append('counter-a', counted(250));
    await store.append('counter-b', counted(250));
    const pages = new SharedPages(store, 1_000);
    const readers = Array.from({ length: 7 }, () => pages.open());
    const results = await Promise.all(readers.map((reader) => readToEnd(reader, 100)));
    for (const events of results) expect(events.map((e) => e.id)).toEqual(results[0]!.map((e) => e.id));
    expect(results[0]).toHaveLength(500);
    // Five full pages and the short one at the head, which all seven asked for at the same moment.
    expect(reads()).toBe(6);
    for (const reader of readers) reader.close();
    expect(pages.size).toBe(0);
  });

  it('does not keep a page at the head: a later reader finds what was appended since', async () => {
    await store.append('counter-a', counted(30));
    const pages = new SharedPages(store);
    const first = pages.open();
    expect(await first.read(START, 100)).toHaveLength(30);
    await store.append('counter-a', counted(5), { expectedRevision: 29 });
    const second = pages.open();
    expect(await second.read(START, 100)).toHaveLength(35);
    first.close();
    second.close();
  });

  it('holds a reader back that runs too far ahead of the slowest, and lets it go when the slowest moves or leaves', async () => {
    const { slow, fast, first: firstPage } = await slowReaderAtFirstPage();
    let fastPages = 0;
    const fastDone = readToEnd(fast, 100, async () => { fastPages += 1; });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The fast reader got pages 1 to 3 and waits to ask for the fourth.
    expect(fastPages).toBe(3);
    await slow.read(firstPage[firstPage.length - 1]!.position, 100);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fastPages).toBe(4);
    slow.close();
    expect(await fastDone).toHaveLength(1_000);
    fast.close();
    // Eleven pages for the fast reader (the last one empty), two of them also asked for by the slow one.
    expect(reads()).toBe(11);
  });

  it('reads the pages after a full one ahead, up to the room the slowest reader leaves', async () => {
    const { pages, slow, fast, first } = await slowReaderAtFirstPage();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Pages 2 and 3 were read without being asked for; a fourth would be past the slow reader's room.
    expect(reads()).toBe(3);
    expect(pages.size).toBe(3);
    let after = START;
    for (const expected of [first, undefined, undefined]) {
      const page = await fast.read(after, 100);
      if (expected) expect(page).toBe(expected);
      after = page[page.length - 1]!.position;
    }
    expect(reads()).toBe(3);
    slow.close();
    fast.close();
    expect(pages.size).toBe(0);
  });

  it('hands over to the store subscription at the head, which then sees new appends', async () => {
    await store.append('counter-a', counted(250));
    const subscription = new SharedCatchUpSubscription(new SharedPages(store), store, { after: START, batchSize: 100 });
    const seen: number[] = [];
    for await (const message of subscription) {
      if (message.kind === 'events') seen.push(message.events.length);
      if (message.kind === 'caught-up' && seen.length === 3) {
        await store.append('counter-b', counted(7));
        continue;
      }
      if (seen.length === 4) break;
    }
    await subscription.stop();
    expect(seen).toEqual([100, 100, 50, 7]);
  });
});
