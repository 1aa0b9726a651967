/**
 * npm run projections -- status
 * npm run projections -- rebuild NAME
 *
 * Uses the same settings as the API. On PostgreSQL it works beside running API processes: a
 * rebuild is done here when no process runs that projector, and otherwise requested from the
 * one that does, whose progress is then followed. The embedded database can be opened by one
 * process at a time: stop `npm start` first.
 */
import { SingleBar } from 'cli-progress';
import { START, type ConfiguredEventStore } from '@leerkring/event-store';
import {
  AdvisoryProjectionLock, InProcessProjectionLock, ensureCheckpointTable, ProjectionEngine, readCheckpoint, requestRebuild,
  type ProjectionLock,
} from '@leerkring/projections';
import { readModelProjectors } from '@leerkring/read-models';
import { openStorageFromEnvironment } from './open-storage';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(argv: string[]): Promise<number> {
  const [command, name] = argv;
  if (command !== 'status' && command !== 'rebuild') {
    console.error('Gebruik: npm run projections -- status | rebuild NAAM');
    return 2;
  }
  const storage = await openStorageFromEnvironment();
  const lock = storage.readDatabaseUrl ? new AdvisoryProjectionLock(storage.readDatabaseUrl) : new InProcessProjectionLock();
  const engine = new ProjectionEngine(readModelProjectors, storage.store, storage.readSql, lock);
  try {
    await ensureCheckpointTable(storage.readSql);
    if (command === 'status') return await printStatus(engine);
    if (!name || !engine.runners.has(name)) {
      console.error(`Onbekende projectie "${name ?? ''}". Bekend: ${[...engine.runners.keys()].join(', ')}`);
      return 2;
    }
    return await rebuild(engine, lock, name, storage);
  } finally {
    await lock.close();
    await storage.close();
  }
}

async function printStatus(engine: ProjectionEngine): Promise<number> {
  const [checkpoints, statuses] = await Promise.all([engine.checkpoints(), engine.statuses()]);
  const rows = statuses.map((status) => {
    const live = checkpoints.find((c) => c.name === status.name && c.slot === 'live');
    return {
      projectie: status.name,
      versie: `${live?.version ?? '-'} (code ${status.version})`,
      gelezen: live?.eventsSeen ?? 0,
      achterstand: status.lagEvents ?? '?',
      bijgewerkt: live?.updatedAt.toISOString() ?? 'nooit',
      fout: live?.error ? `${live.error} (event ${live.failedEventId})` : '',
    };
  });
  console.table(rows);
  return 0;
}

async function rebuild(engine: ProjectionEngine, lock: ProjectionLock, name: string, storage: ConfiguredEventStore): Promise<number> {
  const total = (await storage.store.countEventsAfter?.(START)) ?? 0;
  const bar = new SingleBar({ format: `${name} |{bar}| {percentage}% | {value}/{total} events | nog {eta_formatted}` });
  bar.start(total, 0);
  if (await lock.tryAcquire(name)) {
    const runner = engine.runner(name);
    const rebuilding = runner.rebuild();
    const follow = setInterval(() => {
      if (runner.rebuildProgress) bar.update(runner.rebuildProgress.processed);
    }, 200);
    try {
      await rebuilding;
    } finally {
      clearInterval(follow);
    }
  } else {
    // Another process runs this projector: ask it, and follow its shadow checkpoint.
    await requestRebuild(storage.readSql, name);
    for (;;) {
      await sleep(250);
      const [live, next] = await Promise.all([
        readCheckpoint(storage.readSql, name, 'live'), readCheckpoint(storage.readSql, name, 'next'),
      ]);
      if (next) bar.update(Math.min(total, next.eventsSeen));
      if (live && !live.rebuildRequestedAt && !next) break;
    }
  }
  bar.update(total);
  bar.stop();
  console.log(`Projectie ${name} is opnieuw opgebouwd en in gebruik genomen.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { console.error((error as Error).message); process.exitCode = 1; },
);
