/**
 * A projection engine in a process of its own, for crash tests: runs the ledger projector against
 * LEDGER_DATABASE_URL with slow batches until it is killed.
 */
import { openServerEventStore, type RecordedEvent, type SqlExecutor } from '@leerkring/event-store';
import { AdvisoryProjectionLock } from '../projection-lock';
import { ProjectionEngine } from '../projection-engine';
import { ledgerProjector } from './ledger-projector';

async function main(): Promise<void> {
  const url = process.env.LEDGER_DATABASE_URL!;
  const store = await openServerEventStore(url);
  const ledger = ledgerProjector();
  const slow = {
    ...ledger,
    async apply(events: readonly RecordedEvent[], tx: SqlExecutor) {
      await ledger.apply(events, tx);
      // Long enough that a kill usually lands inside the batch's transaction.
      await new Promise((resolve) => setTimeout(resolve, 40));
    },
  };
  const engine = new ProjectionEngine([slow], store, store.sql, new AdvisoryProjectionLock(url), { batchSize: 50, housekeepingMs: 100 });
  await engine.start();
  process.stdout.write('started\n');
}

void main();
