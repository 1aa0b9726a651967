import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Presets, SingleBar } from 'cli-progress';
import { Region, isDomainError } from '@leerkring/domain';
import {
  EVENT_STORE, readStreamOrEmpty, type ConfiguredEventStore, type EventStore,
} from '@leerkring/event-store';
import type { ProjectionEngine, ProjectionRunner } from '@leerkring/projections';
import { CLOCK, type Clock } from '../command-side/clock';
import { ConflictError } from '../command-side/conflict.error';
import { eventIdFor } from '../command-side/deterministic-event-id';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';
import { PROJECTION_ENGINE } from '../projections/projections.module';
import { DEMO_KEY_PREFIX, DEMO_PHASES, type DemoCommand, type DemoPhase } from './demo-command';
import { demoProgramme, type DemoProgramme } from './demo-programme';
import { loadJeugdregios, type JeugdregioRow } from './jeugdregios';

export interface DemoSeedOptions {
  /** Volume of the programme (see `DemoProgrammeOptions.scale`); 1 by default. */
  readonly scale?: number;
  /**
   * "Now" of the programme. By default the day a previous run of the demo began (so a rerun
   * makes the same commands and appends nothing), else the clock's now.
   */
  readonly referenceDate?: Date;
  /** Aggregates seeded at the same time; one aggregate's commands always run in order. */
  readonly concurrency?: number;
  /** `bar`: cli-progress on stderr; `lines`: a log line now and then; `auto`: a bar on a terminal. */
  readonly progress?: 'auto' | 'bar' | 'lines' | 'none';
  /**
   * Send also the commands whose event is already stored (the executor then answers with the
   * stored result and appends nothing). Off by default: a rerun skips them, which is much faster.
   */
  readonly resendStored?: boolean;
  /**
   * Pause this process's projectors while loading and let them catch up afterwards. By default
   * on the embedded store, where projectors and commands share one PGlite session: projecting
   * event by event as the load trickles in makes it about five times slower, while catching up
   * on the whole demo afterwards takes seconds. Read models lag behind during the load.
   */
  readonly pauseProjections?: boolean;
}

export interface DemoRefusal {
  readonly label: string;
  readonly kind: string;
  /** The domain rule (or `conflict`) that refused the command. */
  readonly rule: string;
  readonly message: string;
}

export interface DemoSeedReport {
  readonly today: string;
  readonly commands: number;
  /** Commands that appended their event in this run. */
  readonly applied: number;
  /** Commands an earlier run had already applied (same idempotency key): nothing appended. */
  readonly alreadyPresent: number;
  readonly refused: readonly DemoRefusal[];
  /** Set when `stop()` ended the run before every command was sent. */
  readonly stopped: boolean;
  readonly durationMs: number;
  readonly programme: DemoProgramme;
}

/** How the progress output names each step of the programme. */
const PHASE_LABELS: Readonly<Record<DemoPhase, string>> = {
  regions: 'jeugdregio\'s',
  people: 'ambassadeurs en ontwikkelaars',
  circles: 'ontwikkelcirkels',
  'work-and-learnings': 'weeklogs en lessen',
  'reporting-periods': 'kwartalen afsluiten',
  'late-corrections': 'late correcties',
};

const DEFAULT_CONCURRENCY = 8;
const BREATHE_MS = 20;

/**
 * Loads the demo programme through the command bus, exactly as clients would: every command is
 * decided by the domain and may be refused. Commands carry fixed idempotency keys, so a store
 * that already holds part (or all) of the demo gets only what is missing.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');
  private stopRequested = false;
  private lastBreath = 0;
  private regions?: JeugdregioRow[];

  constructor(
    private readonly bus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIGURED_EVENT_STORE) private readonly configured: ConfiguredEventStore,
    @Optional() @Inject(PROJECTION_ENGINE) private readonly projections?: ProjectionEngine,
  ) {}

  /** The programme a run with these options would send (reads the store for an earlier run's day). */
  async programme(options: Pick<DemoSeedOptions, 'scale' | 'referenceDate'> = {}): Promise<DemoProgramme> {
    const regions = this.jeugdregios();
    const referenceDate = options.referenceDate ?? (await this.earlierRunStarted(regions)) ?? this.clock.now();
    return demoProgramme({ referenceDate, regions, ...(options.scale === undefined ? {} : { scale: options.scale }) });
  }

  /** Lets the commands in flight finish and sends no more; `seed` then resolves with `stopped`. */
  stop(): void {
    this.stopRequested = true;
  }

  async seed(options: DemoSeedOptions = {}): Promise<DemoSeedReport> {
    const started = Date.now();
    this.stopRequested = false;
    const programme = await this.programme(options);
    const progress = this.progress(options.progress ?? 'auto', programme.commands.length);
    const tally = { applied: 0, alreadyPresent: 0, refused: [] as DemoRefusal[] };
    const paused = (options.pauseProjections ?? this.configured.adapter === 'embedded') ? await this.pauseProjections() : [];
    try {
      for (const phase of DEMO_PHASES) {
        if (this.stopRequested) break;
        progress.phase(phase);
        await this.runPhase(programme.commands.filter((c) => c.phase === phase), options, tally, progress);
      }
    } finally {
      progress.stop();
      // Not while the application shuts down: its projection module stops every projector itself.
      if (!this.stopRequested) for (const runner of paused) runner.start();
    }
    return {
      today: programme.today,
      commands: programme.commands.length,
      ...tally,
      stopped: this.stopRequested,
      durationMs: Date.now() - started,
      programme,
    };
  }

  /** The one line that says what a run did. */
  static summary(report: DemoSeedReport): string {
    const { counts } = report.programme;
    const what = [
      `${counts.regions} jeugdregio's`, `${counts.regionalAmbassadors + counts.nationalAmbassadors} ambassadeurs`,
      `${counts.developers} ontwikkelaars`, `${counts.circles} cirkels`, `${counts.participants} deelnemers`,
      `${counts.sessions} bijeenkomsten`, `${counts.learnings} lessen`, `${counts.adoptions} overnames`,
      `${counts.weeklyLogs} weeklogs`, `${counts.closedPeriods} afgesloten kwartalen`,
    ].join(', ');
    const outcome = `${report.applied} nieuw, ${report.alreadyPresent} al aanwezig, ${report.refused.length} geweigerd`;
    const state = report.stopped ? 'Demo-programma onderbroken' : 'Demo-programma geladen';
    return `${state} (peildatum ${report.today}): ${report.commands} opdrachten (${outcome}); ${what}; `
      + `in ${(report.durationMs / 1000).toFixed(1)} s.`;
  }

  private jeugdregios(): JeugdregioRow[] {
    this.regions ??= loadJeugdregios();
    return this.regions;
  }

  /**
   * The instant an earlier run registered the programme's first region: a rerun on a later day
   * rebuilds that day's programme, so its weeks and dates match what is stored.
   */
  private async earlierRunStarted(regions: readonly JeugdregioRow[]): Promise<Date | undefined> {
    const first = regions[0];
    if (!first) return undefined;
    const events = await readStreamOrEmpty(this.store, Region.streamName(first.code), { maxCount: 5 });
    const registered = events.find((e) => e.metadata['idempotencyKey'] === `${DEMO_KEY_PREFIX}region/${first.code}/register`);
    const occurredAt = registered?.metadata['occurredAt'];
    return typeof occurredAt === 'string' ? new Date(occurredAt) : undefined;
  }

  private async runPhase(
    commands: readonly DemoCommand[], options: DemoSeedOptions,
    tally: { applied: number; alreadyPresent: number; refused: DemoRefusal[] }, progress: Progress,
  ): Promise<void> {
    // One lane per aggregate, in programme order: its commands run one after the other.
    const lanes = new Map<string, DemoCommand[]>();
    for (const command of commands) {
      const lane = lanes.get(command.stream);
      if (lane) lane.push(command);
      else lanes.set(command.stream, [command]);
    }
    const queue = [...lanes.entries()];
    // The first failure that is no refusal (the store is gone) ends every worker, then the run.
    let failure: { error: unknown } | undefined;
    const worker = async (): Promise<void> => {
      try {
        for (let next = queue.shift(); next && !failure; next = queue.shift()) {
          const [stream, lane] = next;
          // A shortcut for reruns, not the guarantee (the executor answers a repeated key without
          // appending): commands whose first event is already in the stream are not sent again.
          const stored = await this.storedEventIds(stream);
          for (const command of lane) {
            if (this.stopRequested || failure) return;
            const present = stored.has(eventIdFor(command.context.idempotencyKey, command.stream, 0));
            if (!present || options.resendStored) await this.send(command, present, tally);
            else tally.alreadyPresent++;
            progress.tick();
            await this.breathe();
          }
        }
      } catch (error) {
        failure ??= { error };
      }
    };
    const concurrency = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, queue.length));
    await Promise.all(Array.from({ length: concurrency }, worker));
    if (failure) throw failure.error;
  }

  /** Stops the projectors that run in this process; returns them to start again. */
  private async pauseProjections(): Promise<ProjectionRunner[]> {
    const running: ProjectionRunner[] = [];
    for (const runner of this.projections?.runners.values() ?? []) {
      const { state } = await runner.status();
      if (state === 'stopped' || state === 'failed') continue;
      await runner.stop();
      running.push(runner);
    }
    return running;
  }

  /**
   * PGlite answers in microtasks: a load that never gives the event loop a turn starves the API's
   * requests and the shutdown signal until it ends. A turn every `BREATHE_MS` keeps them
   * answered without a macrotask per command.
   */
  private async breathe(): Promise<void> {
    if (Date.now() - this.lastBreath < BREATHE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.lastBreath = Date.now();
  }

  private async storedEventIds(stream: string): Promise<Set<string>> {
    return new Set((await readStreamOrEmpty(this.store, stream)).map((event) => event.id));
  }

  private async send(
    command: DemoCommand, present: boolean, tally: { applied: number; alreadyPresent: number; refused: DemoRefusal[] },
  ): Promise<void> {
    try {
      // A command whose event is stored is answered with the stored result and appends nothing.
      await this.bus.execute(command.make());
      if (present) tally.alreadyPresent++;
      else tally.applied++;
    } catch (error) {
      // A refusal is reported and the rest goes on; anything else (the store is gone) ends the run.
      if (!isDomainError(error) && !(error instanceof ConflictError)) throw error;
      const refusal: DemoRefusal = {
        label: command.label, kind: command.kind, rule: isDomainError(error) ? error.rule : 'conflict', message: error.message,
      };
      tally.refused.push(refusal);
      this.logger.warn(`${refusal.label} (${refusal.kind}) geweigerd: ${refusal.rule}: ${refusal.message}`);
    }
  }

  private progress(mode: NonNullable<DemoSeedOptions['progress']>, total: number): Progress {
    const useBar = mode === 'bar' || (mode === 'auto' && process.stderr.isTTY === true);
    if (useBar) {
      const bar = new SingleBar({
        stream: process.stderr,
        format: 'Demo-programma |{bar}| {percentage}% | {value}/{total} opdrachten | {phase} | nog {eta_formatted}',
        hideCursor: true,
      }, Presets.shades_classic);
      bar.start(total, 0, { phase: '' });
      return { phase: (phase) => bar.update({ phase: PHASE_LABELS[phase] }), tick: () => bar.increment(), stop: () => bar.stop() };
    }
    if (mode === 'none') return { phase: () => undefined, tick: () => undefined, stop: () => undefined };
    let done = 0;
    let lastTenth = 0;
    return {
      phase: (phase) => this.logger.log(`Demo-programma: ${PHASE_LABELS[phase]} (${done}/${total} opdrachten)`),
      tick: () => {
        done++;
        const tenth = Math.floor((done * 10) / total);
        if (tenth > lastTenth) {
          lastTenth = tenth;
          this.logger.log(`Demo-programma: ${tenth * 10}% (${done}/${total} opdrachten)`);
        }
      },
      stop: () => undefined,
    };
  }
}

interface Progress {
  phase(phase: DemoPhase): void;
  tick(): void;
  stop(): void;
}
