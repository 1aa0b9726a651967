/**
 * One read shared by every caller that asks while it is under way, without ever answering a
 * caller from a read that began before the caller asked. A read that was already running when a
 * caller came may have missed what that caller wrote just before, so the caller waits for the
 * next read, which starts when the running one ends and serves everyone who asked meanwhile.
 *
 * Under load this turns one database round trip per request into about one per round trip's
 * time, and every answer is still as fresh as a read of its own would have been.
 */
export class FreshRead<T> {
  private running: Promise<T> | undefined;
  private queued: Promise<T> | undefined;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    const queued = this.running.then(noop, noop).then(() => {
      this.queued = undefined;
      return this.start();
    });
    this.queued = queued;
    return queued;
  }

  private start(): Promise<T> {
    const running = this.read();
    this.running = running;
    const done = () => {
      if (this.running === running) this.running = undefined;
    };
    running.then(done, done);
    return running;
  }
}

const noop = () => undefined;
