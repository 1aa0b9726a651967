import type { EventStore, GlobalPosition, SqlClient } from '@leerkring/event-store';
import { ensureCheckpointTable, readAllCheckpoints, requestRebuild } from './checkpoints';
import type { ProjectionLock } from './projection-lock';
import { ProjectionRunner, type ProjectionRunnerOptions, type ProjectionStatus } from './projection-runner';
import type { Projector } from './projector';
import { SharedPages } from './shared-pages';

/** All projectors of one process: started together, stopped together, asked together. */
export class ProjectionEngine {
  readonly runners: ReadonlyMap<string, ProjectionRunner>;

  constructor(
    projectors: readonly Projector[],
    store: EventStore,
    private readonly sql: SqlClient,
    private readonly lock: ProjectionLock,
    options: ProjectionRunnerOptions = {},
  ) {
    const pages = new SharedPages(store);
    this.runners = new Map(projectors.map((p) => [p.name, new ProjectionRunner(p, store, sql, lock, options, pages)]));
  }

  async start(): Promise<void> {
    await ensureCheckpointTable(this.sql);
    for (const runner of this.runners.values()) runner.start();
  }

  async stop(): Promise<void> {
    await Promise.all([...this.runners.values()].map((r) => r.stop()));
    await this.lock.close();
  }

  runner(name: string): ProjectionRunner {
    const runner = this.runners.get(name);
    if (!runner) throw new Error(`no projection named ${name} (known: ${[...this.runners.keys()].join(', ')})`);
    return runner;
  }

  statuses(): Promise<ProjectionStatus[]> {
    return Promise.all([...this.runners.values()].map((r) => r.status()));
  }

  /** Read-your-writes: true when every projector (or those named) has applied `position` in time. */
  async waitForPosition(position: GlobalPosition, timeoutMs: number, names?: readonly string[]): Promise<boolean> {
    const runners = names ? names.map((n) => this.runner(n)) : [...this.runners.values()];
    const results = await Promise.all(runners.map((r) => r.waitForPosition(position, timeoutMs)));
    return results.every(Boolean);
  }

  /** Asks whichever process runs `name` to rebuild it (this one included). */
  async requestRebuild(name: string): Promise<void> {
    this.runner(name);
    if (!(await requestRebuild(this.sql, name))) await this.runner(name).rebuild();
  }

  checkpoints() {
    return readAllCheckpoints(this.sql);
  }
}
