import type { EventStore } from '@leerkring/event-store';

export const DEFAULT_SLOW_MS = 1000;
export const DEFAULT_TIMEOUT_MS = 5000;

export type StoreProbe =
  | { readonly status: 'up'; readonly latencyMs: number }
  | { readonly status: 'slow'; readonly latencyMs: number }
  | { readonly status: 'down'; readonly latencyMs: number; readonly error: string };

/**
 * Pings the store and tells the three apart: answered in time (`up`), answered but slower than
 * `slowMs` (`slow`: still serving, worth an alert, no reason to take the instance out), and
 * refused or silent past `timeoutMs` (`down`).
 */
export async function probeStore(store: EventStore, limits: { slowMs: number; timeoutMs: number }): Promise<StoreProbe> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), limits.timeoutMs); });
  const ping = store.ping().then(() => 'answered' as const);
  // A ping that fails after the timeout was already reported: its rejection must not go unhandled.
  ping.catch(() => undefined);
  try {
    const outcome = await Promise.race([ping, silence]);
    const latencyMs = elapsed();
    if (outcome === 'timeout') return { status: 'down', latencyMs, error: `no answer within ${limits.timeoutMs} ms` };
    return { status: latencyMs > limits.slowMs ? 'slow' : 'up', latencyMs };
  } catch (error) {
    return { status: 'down', latencyMs: elapsed(), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
