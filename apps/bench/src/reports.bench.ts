/**
 * Programme report exports of the full demo programme (42 regions, a year of work) on PostgreSQL,
 * beside a raw-SQL baseline measured in the same run: reading the same events as plain rows in
 * order of position (the least any report built from events must do). Each case is the median of
 * five runs of building the report from the events up to the store's position and writing the file.
 * Goal: Excel and PDF under 2 s.
 * Usage: npm run bench:reports [-- --runs 5]   (needs BENCH_DATABASE_URL, TEST_DATABASE_URL or a
 * local server at postgres://postgres@127.0.0.1:5432/postgres)
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Pool } from 'pg';
import { openServerEventStore } from '@leerkring/event-store';
import {
  buildProgrammeReport, parseReportRequest, renderReportToBuffer, type ReportFormat,
} from '@leerkring/reports';
import { createTestDatabase } from '../../../libs/event-store/src/testing/test-database';
import { AppModule } from '../../api/src/app.module';
import { DemoSeeder } from '../../api/src/demo/demo-seeder';
import { benchServerUrl, numberOption, runScript } from './bench-settings';
import { comparisonTable, formatNumber, printSection, type BenchRow, type BenchSection } from './print-table';
import { median, pageByPosition } from './raw-sql';

const GOAL_MS = 2_000;
/** Runs per case unless `--runs` says otherwise (`npm run bench` keeps it). */
export const DEFAULT_RUNS = 5;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The demo programme through the API's own command bus, as `npm run seed` loads it. */
async function seedDemo(databaseUrl: string): Promise<{ today: string; commands: number; seconds: number }> {
  process.env.DATABASE_URL = databaseUrl;
  process.env.LEERKRING_DATA_DIR = 'memory://';
  delete process.env.EVENTSTORE_CONNECTION_STRING;
  // Set before the application is built: its configuration is read then.
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const report = await app.get(DemoSeeder).seed({ progress: 'none', pauseProjections: true });
    if (report.refused.length > 0) throw new Error(`${report.refused.length} demo commands refused`);
    return { today: report.today, commands: report.commands, seconds: report.durationMs / 1000 };
  } finally {
    await app.close();
  }
}

const aYearBefore = (today: string) => {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/**
 * The demo programme of `npm start` (seeded through the command bus into a database of its own),
 * its programme report built and exported `runs` times per format.
 */
export async function measureReports(runs: number): Promise<BenchSection> {
  const database = await createTestDatabase(benchServerUrl);
  const pool = new Pool({ connectionString: database.url });
  let store: Awaited<ReturnType<typeof openServerEventStore>> | undefined;
  try {
    const seeded = await seedDemo(database.url);
    store = await openServerEventStore(database.url);
    const request = parseReportRequest({ from: aYearBefore(seeded.today), to: seeded.today });

    // One untimed round first: the first run of each path pays for compiling and loading fonts.
    const events = await pageByPosition(pool, 'es_events');
    for (const format of ['csv', 'xlsx', 'pdf'] as const) await renderReportToBuffer(await buildProgrammeReport(store, request), format);

    const baselines: number[] = [];
    for (let i = 0; i < runs; i++) baselines.push(await timed(() => pageByPosition(pool, 'es_events')));
    const baseline = median(baselines);

    const builds: number[] = [];
    for (let i = 0; i < runs; i++) builds.push(await timed(() => buildProgrammeReport(store!, request)));
    const rows: BenchRow[] = [{ name: 'build the report (read and fold all events)', unit: 'ms', measured: median(builds), baseline }];
    const report = await buildProgrammeReport(store, request);
    const results: Array<[ReportFormat, number]> = [];
    for (const format of ['csv', 'xlsx', 'pdf'] as const) {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < runs; i++) {
        times.push(await timed(async () => { bytes = (await renderReportToBuffer(await buildProgrammeReport(store!, request), format)).length; }));
      }
      results.push([format, median(times)]);
      rows.push({ name: `export ${format} (build and write, ${bytes.toLocaleString('en')} bytes)`, unit: 'ms', measured: median(times), baseline });
    }
    return {
      title: `Programme report of the full demo programme (${formatNumber(events)} events), ${request.period.from} to ${request.period.to}, `
        + `${report.regions.length} regions (median of ${runs}; baseline: read the same events with plain SQL; ratio = times the baseline)`,
      table: comparisonTable(rows),
      notes: [
        `demo programme: ${formatNumber(seeded.commands)} commands seeded in ${seeded.seconds.toFixed(1)} s (today ${seeded.today})`,
        ...results.filter(([format]) => format !== 'csv').map(([format, ms]) => `${format}: ${Math.round(ms)} ms, goal under ${GOAL_MS} ms: ${ms < GOAL_MS ? 'met' : 'NOT met'}`),
      ],
    };
  } finally {
    await store?.close();
    await pool.end();
    await database.drop();
  }
}

async function main(): Promise<void> {
  printSection(await measureReports(numberOption('runs', DEFAULT_RUNS)));
}

if (require.main === module) runScript(main);
