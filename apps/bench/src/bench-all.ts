/**
 * The whole benchmark suite as one run, every figure beside a baseline measured in the same run:
 * event store appends and reads (raw SQL), projection catch-up and full rebuild (raw SQL),
 * GraphQL over HTTP under 50 concurrent clients with the API's peak RSS (static JSON of the same
 * size), and report exports (raw SQL).
 *
 * Usage: npm run bench [-- --scale N] [--seconds S] [--no-write]
 *   --scale N    size of the synthetic programme: at least N × 100,000 events (default 1; fractions
 *                such as 0.05 make a smoke run, the programme's smallest: 6,696 events). Scale 10
 *                is at least a million events (1,000,584: 233 programme units, bench-programme.ts).
 *   --seconds S  load duration of each HTTP case and of its baseline (default 10).
 *   --no-write   print only; otherwise the run replaces the run section of docs/performance.md.
 *
 * The programme (libs/read-models/src/shared/synthetic-programme.ts) is appended once, into one
 * throw-away database: the projections are measured on it, then the API is started on it with
 * the same master key and finds its read models caught up. The event store bench uses a database
 * and sizes of its own; the report bench uses the demo programme of `npm start` (6,578 events) as
 * it is. Needs a PostgreSQL server: BENCH_DATABASE_URL, TEST_DATABASE_URL or the local one.
 */
import { openBenchProgramme, programmeUnitsFor } from './bench-programme';
import { benchServerUrl, positiveOption, runScript } from './bench-settings';
import { WARM_UP_SECONDS, measureHttp } from './http.bench';
import { describeMachine, runMarkdown, writeRunSection } from './performance-record';
import { measureProjections } from './projections.bench';
import { formatNumber, printSection, type BenchSection } from './print-table';
import { DEFAULT_RUNS, measureReports } from './reports.bench';
import { DEFAULT_SINGLE_EVENTS, measureStore } from './store.bench';

const EVENTS_PER_SCALE = 100_000;
const DEFAULT_SECONDS = 10;

/** Prints a finished section at once (a long run shows its figures as they come) and keeps it for the record. */
async function collect(sections: BenchSection[], section: Promise<BenchSection>): Promise<void> {
  const done = await section;
  printSection(done);
  sections.push(done);
}

/** Projections and HTTP on one programme: appended once, dropped at the end. */
async function measureOnProgramme(units: number, seconds: number, sections: BenchSection[]): Promise<{ events: number; appendSeconds: number }> {
  const programme = await openBenchProgramme(units, { encrypted: true });
  try {
    await collect(sections, measureProjections(programme));
    await collect(sections, measureHttp({ databaseUrl: programme.database.url, masterKey: programme.masterKey, head: programme.head, events: programme.events }, seconds));
    return { events: programme.events, appendSeconds: programme.appendSeconds };
  } finally {
    await programme.dispose();
  }
}

async function main(): Promise<void> {
  const scale = positiveOption('scale', 1);
  const seconds = positiveOption('seconds', DEFAULT_SECONDS);
  const write = !process.argv.includes('--no-write');
  const startedAt = new Date();
  const units = programmeUnitsFor(scale * EVENTS_PER_SCALE);
  console.log(`scale ${scale}: synthetic programme, programme units: ${units}`);

  const sections: BenchSection[] = [];
  await collect(sections, measureStore(DEFAULT_SINGLE_EVENTS));
  const programme = await measureOnProgramme(units, seconds, sections);
  await collect(sections, measureReports(DEFAULT_RUNS));

  const minutes = (Date.now() - startedAt.getTime()) / 60_000;
  const description = [
    `scale ${scale}: ${formatNumber(programme.events)} events of the synthetic programme (programme units: ${units}), appended with 8 writers in ${programme.appendSeconds.toFixed(1)} s`,
    `HTTP: ${seconds} s per case and per baseline, each after ${WARM_UP_SECONDS} s unmeasured`,
    ...await describeMachine(benchServerUrl),
    `whole run: ${minutes.toFixed(1)} min`,
  ];
  console.log(description.join('\n'));
  if (!write) return;
  const command = `npm run bench -- --scale ${scale}${seconds === DEFAULT_SECONDS ? '' : ` --seconds ${seconds}`}`;
  const file = writeRunSection(runMarkdown({ startedAt, command, description, sections }));
  console.log(`\nwritten to ${file}`);
}

runScript(main);
