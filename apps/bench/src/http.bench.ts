/**
 * GraphQL latency and throughput of the API under 50 concurrent clients (autocannon): the
 * national overview, a learnings search and a mutation (recordSession), each beside a baseline
 * in the same run: a bare Node HTTP server answering a static JSON body of the same size. The API
 * runs from its compiled build with the Node options of `npm start` (api-build.ts) as a child
 * process in production mode on PostgreSQL over a synthetic programme; its peak RSS over each case
 * is read from /proc (VmHWM, restarted before the case).
 * Usage: npm run bench:http [-- --scale 3 --seconds 10]
 * Here `--scale` counts units of the synthetic programme (4,284 events each, beside 2,412 of regions, developers and ambassadors);
 * `npm run bench -- --scale N` runs the same measurement on N times 100,000 events.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { GlobalPosition } from '@leerkring/event-store';
import { ApiProcess } from '../../api/src/reliability/testing/api-process';
import { postGraphql } from '../../api/src/reliability/testing/graphql-http';
import { until } from '../../api/src/reliability/testing/wait';
import { startTestOidcProvider } from '../../api/src/security/testing/test-oidc-provider';
import { COMPILED_API, START_NODE_OPTIONS, ensureApiBuild } from './api-build';
import { positiveOption, runScript } from './bench-settings';
import { openBenchProgramme } from './bench-programme';
import { queryCases, recordSessionCase, type HttpCase } from './http-cases';
import { AnswerTally, runLoad, staticJsonServer, type LoadFigures } from './load-test';
import { formatNumber, markdownTable, printSection, type BenchSection } from './print-table';

const CONNECTIONS = 50;

/**
 * Each case first runs unmeasured for a few seconds, on the API and on the baseline alike: the
 * first seconds after a start measure V8 compiling the request path, not the server as it runs.
 */
export const WARM_UP_SECONDS = 3;

/** A database holding a programme, and what the API needs to read it. */
export interface HttpTarget {
  readonly databaseUrl: string;
  /** The key the programme's person keys are wrapped with. */
  readonly masterKey: Buffer;
  readonly head: GlobalPosition;
  readonly events: number;
}

const peakRssMb = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/**
 * Starts a new peak: Linux (4.0 and later) sets VmHWM to the current RSS when 5 is written to
 * the process's clear_refs, so the next reading is the peak of what ran in between.
 */
function restartPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

const ms = (value: number) => value.toFixed(1);

/** Until every projection of the API has applied the programme's last event, so no case measures a catch-up. */
async function projectionsAtHead(apiUrl: string, authorization: string, head: GlobalPosition): Promise<void> {
  await until(async () => {
    const answer = await postGraphql(apiUrl, authorization, `{ projectionStatus(atLeast: "${head}") { position } }`);
    const statuses = answer.kind === 'answer' ? (answer.data?.projectionStatus as Array<{ position: string }> | undefined) : undefined;
    return statuses !== undefined && statuses.every((status) => status.position >= head);
  }, 60 * 60_000, 'the API\'s projections at the head of the programme');
}

/** One real answer, the payload of the case's static baseline; refused answers stop the bench before any load. */
async function sampleAnswer(apiUrl: string, httpCase: HttpCase): Promise<string> {
  const body = typeof httpCase.body === 'function' ? httpCase.body() : httpCase.body;
  const response = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: httpCase.headers, body });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${httpCase.name}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return text;
}

/** The accepted answers; refusals with no reason in the case fail the bench, explained ones become notes. */
function checkAnswers(httpCase: HttpCase, tally: AnswerTally, measured: LoadFigures, notes: string[]): string {
  const unexplained = [...tally.refused].filter(([reason]) => !(reason in httpCase.explainedRefusals));
  if (unexplained.length > 0) {
    throw new Error(`${httpCase.name}: refused answers ${unexplained.map(([reason, n]) => `${n} × ${reason}`).join(', ')} (${tally.accepted} accepted)`);
  }
  for (const [reason, n] of tally.refused) notes.push(`${httpCase.name}: ${n} × ${reason}: ${httpCase.explainedRefusals[reason]}`);
  if (measured.unanswered > 0) notes.push(`${httpCase.name}: ${measured.unanswered} requests timed out or lost their connection`);
  return `${formatNumber(tally.accepted)} of ${formatNumber(measured.answered)}`;
}

async function measureCase(api: ApiProcess, httpCase: HttpCase, seconds: number, notes: string[]): Promise<string[]> {
  const apiUrl = api.url;
  const sample = await sampleAnswer(apiUrl, httpCase);
  const load = { headers: httpCase.headers, body: httpCase.body, connections: CONNECTIONS, seconds };
  const server = await staticJsonServer(sample);
  let baseline: LoadFigures;
  try {
    await runLoad({ ...load, url: server.url, seconds: WARM_UP_SECONDS });
    baseline = await runLoad({ ...load, url: server.url });
  } finally {
    await server.close();
  }
  const ownPeak = restartPeakRss(api.pid!);
  if (!ownPeak) notes.push(`${httpCase.name}: the peak RSS could not be restarted (/proc/PID/clear_refs), so it is the peak since the API started`);
  const warmUp = new AnswerTally();
  // Refusals while warming up fail the case as they would while measuring; its notes are not kept.
  checkAnswers(httpCase, warmUp, await runLoad({ ...load, url: `${apiUrl}/graphql`, seconds: WARM_UP_SECONDS, onAnswer: warmUp.record }), []);
  const tally = new AnswerTally();
  const measured = await runLoad({ ...load, url: `${apiUrl}/graphql`, onAnswer: tally.record });
  const accepted = checkAnswers(httpCase, tally, measured, notes);
  return [
    `${httpCase.name} (${formatNumber(sample.length)} B)`, accepted,
    formatNumber(measured.requestsPerSecond), ms(measured.p50), ms(measured.p95), ms(measured.p99),
    formatNumber(baseline.requestsPerSecond), ms(baseline.p50), ms(baseline.p95), ms(baseline.p99),
    (measured.requestsPerSecond / baseline.requestsPerSecond).toFixed(2),
    peakRssMb(api.pid!).toFixed(0),
  ];
}

/**
 * Starts the compiled API in production mode on the target's database (behind a local OpenID
 * provider, so tokens are really verified; rate limit off, as 50 clients share a token) and
 * loads each case, the static baseline first.
 */
export async function measureHttp(target: HttpTarget, seconds: number): Promise<BenchSection> {
  const build = await ensureApiBuild();
  const provider = await startTestOidcProvider();
  const api = new ApiProcess({
    databaseUrl: target.databaseUrl,
    dataDir: 'memory://',
    entry: COMPILED_API,
    nodeOptions: START_NODE_OPTIONS,
    env: {
      NODE_ENV: 'production', ...provider.env, RATE_LIMIT_PER_MINUTE: '0',
      LEERKRING_MASTER_KEY: target.masterKey.toString('base64'),
      // As in production: the request log is part of what a request costs.
      LOG_LEVEL: 'info',
    },
  });
  try {
    const apiUrl = await api.start(10 * 60_000);
    const readerHeaders = await provider.headersOf({ actorId: 'bench', role: 'vng' });
    await projectionsAtHead(apiUrl, readerHeaders.authorization!, target.head);
    const notes: string[] = [];
    const rows: string[][] = [];
    for (const httpCase of [...queryCases(readerHeaders), await recordSessionCase(apiUrl, provider, readerHeaders)]) {
      rows.push(await measureCase(api, httpCase, seconds, notes));
    }
    notes.push(
      'API peak RSS: the API process\'s VmHWM over the case (its warm-up and its measured load; the baseline runs in another process)',
      build,
    );
    return {
      title: `GraphQL over HTTP: ${formatNumber(target.events)} events, NODE_ENV=production, ${CONNECTIONS} concurrent clients, ${seconds} s per case after ${WARM_UP_SECONDS} s unmeasured`
        + ' (baseline: static JSON of the same size from a bare Node server)',
      table: markdownTable(
        ['case', 'accepted', 'Leerkring req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'static req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'ratio req/s', 'API peak RSS MB'],
        rows,
      ),
      notes,
    };
  } finally {
    await api.stop();
    await provider.close();
  }
}

async function main(): Promise<void> {
  const seconds = positiveOption('seconds', 10);
  const programme = await openBenchProgramme(positiveOption('scale', 3), { encrypted: true });
  try {
    printSection(await measureHttp({ databaseUrl: programme.database.url, masterKey: programme.masterKey, head: programme.head, events: programme.events }, seconds));
  } finally {
    await programme.dispose();
  }
}

if (require.main === module) runScript(main);
