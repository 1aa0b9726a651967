/** Wakes sleeping pollers early (after a local append, or on stop) instead of waiting out the interval. */
export class WakeSignal {
  private waiters = new Set<() => void>();

  notify(): void {
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
  }

  /** Resolves on the next `notify()` of any of `signals`, or after `timeoutMs`. */
  static any(signals: readonly WakeSignal[], timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        for (const signal of signals) signal.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      for (const signal of signals) signal.waiters.add(done);
    });
  }
}
