import { FreshRead } from './fresh-read';

/** A read whose answers the test releases one at a time: answer n is n, the n-th read started. */
function controlledReads() {
  const pending: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  let started = 0;
  const read = () => {
    started++;
    const n = started;
    return new Promise<number>((resolve, reject) => pending.push({ resolve: () => resolve(n), reject }));
  };
  return {
    read,
    get started() {
      return started;
    },
    finishNext: async () => {
      pending.shift()!.resolve();
      await new Promise((resolve) => setImmediate(resolve));
    },
    failNext: async (message: string) => {
      pending.shift()!.reject(new Error(message));
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('FreshRead', () => {
  it('reads once for a caller alone and again for the next caller', async () => {
    const reads = controlledReads();
    const fresh = new FreshRead(reads.read);
    const first = fresh.get();
    await reads.finishNext();
    await expect(first).resolves.toBe(1);
    const second = fresh.get();
    await reads.finishNext();
    await expect(second).resolves.toBe(2);
    expect(reads.started).toBe(2);
  });

  it('never answers a caller from a read that started before it asked; callers meanwhile share the next read', async () => {
    const reads = controlledReads();
    const fresh = new FreshRead(reads.read);
    const early = fresh.get();
    const late = [fresh.get(), fresh.get(), fresh.get()];
    expect(reads.started).toBe(1);
    await reads.finishNext();
    await expect(early).resolves.toBe(1);
    // The next read began only after the first ended: after every late caller asked.
    expect(reads.started).toBe(2);
    await reads.finishNext();
    await expect(Promise.all(late)).resolves.toEqual([2, 2, 2]);
    expect(reads.started).toBe(2);
  });

  it('a failed read fails its own callers only; the queued callers get a read of their own', async () => {
    const reads = controlledReads();
    const fresh = new FreshRead(reads.read);
    const early = fresh.get();
    const late = fresh.get();
    await reads.failNext('connection lost');
    await expect(early).rejects.toThrow('connection lost');
    await reads.finishNext();
    await expect(late).resolves.toBe(2);
  });
});
