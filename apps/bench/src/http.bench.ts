/**
 * GraphQL latency and throughput of the API under 50 concurrent clients (autocannon), beside a
 * baseline in the same run: a bare Node HTTP server answering a static JSON body of the same
 * size. The API runs as a child process on PostgreSQL over a synthetic programme; its peak RSS
 * is read from /proc (VmHWM).
 * Usage: npm run bench:http [-- --scale 3 --seconds 10]
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { benchServerUrl, numberOption } from './bench-settings';
import { openServerEventStore } from '@leerkring/event-store';
import { createTestDatabase } from '../../../libs/event-store/src/testing/test-database';
import { startTestOidcProvider } from '../../api/src/security/testing/test-oidc-provider';
import { appendProgramme, syntheticProgramme } from '../../../libs/read-models/src/shared/synthetic-programme';

const SCALE = numberOption('scale', 3);
const SECONDS = numberOption('seconds', 10);
const CONNECTIONS = 50;
/** Set once the provider has signed the bench's token (a vng user, as a report reader would be). */
let HEADERS: Record<string, string> = { 'content-type': 'application/json' };

const QUERIES: Array<[string, string]> = [
  ['nationalOverview', '{ nationalOverview { totals { activeCircles sessionsLast90Days learningsCaptured adoptions } regions { regionId name activeCircles sessionsLast90Days learningsCaptured adoptedElsewhere adoptedFromElsewhere } } }'],
  ['learnings search "wachttijd"', '{ learnings(filter: { search: "wachttijd" }, first: 20) { edges { node { id title evidenceLevel region { name } } } } }'],
];

const peakRss = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

function load(url: string, body: string): Promise<autocannon.Result> {
  return autocannon({ url, method: 'POST', headers: HEADERS, body, connections: CONNECTIONS, duration: SECONDS });
}

function staticServer(payload: string): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(payload); });
    }).listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function main(): Promise<void> {
  const database = await createTestDatabase(benchServerUrl);
  const store = await openServerEventStore(database.url);
  const events = await appendProgramme(store, syntheticProgramme(SCALE));
  const head = await store.headPosition();
  await store.close();
  const port = 3900 + Math.floor(Math.random() * 90);
  // Production mode trusts only a configured OpenID provider: a local one, so the bench measures
  // real token verification. The rate limit is off: 50 connections share one token here.
  const provider = await startTestOidcProvider();
  HEADERS = { ...HEADERS, ...(await provider.headersOf({ actorId: 'bench', role: 'vng' })) };
  const api = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, '..', '..', 'api', 'src', 'main.ts')], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: database.url, NODE_ENV: 'production', ...provider.env, RATE_LIMIT_PER_MINUTE: '0', LEERKRING_MASTER_KEY: randomBytes(32).toString('base64') }, stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    for (let i = 0; ; i++) {
      const res = await fetch(url, { method: 'POST', headers: HEADERS, body: JSON.stringify({ query: `{ projectionStatus(atLeast: "${head}") { name } }` }) }).catch(() => undefined);
      if (res?.ok) break;
      if (i > 600) throw new Error('the API did not come up');
      await new Promise((r) => setTimeout(r, 500));
    }
    console.log(`\n${events.toLocaleString('en')} events (scale ${SCALE}); ${CONNECTIONS} connections for ${SECONDS} s each\n`);
    console.log('| query | Leerkring req/s | p50 ms | p97.5 ms | p99 ms | static JSON req/s | p99 ms | ratio req/s |');
    console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
    for (const [name, query] of QUERIES) {
      const body = JSON.stringify({ query });
      const sample = await (await fetch(url, { method: 'POST', headers: HEADERS, body })).text();
      if (sample.includes('"errors"')) throw new Error(`${name}: ${sample.slice(0, 300)}`);
      const server = await staticServer(sample);
      const staticUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
      const baseline = await load(staticUrl, body);
      const measured = await load(url, body);
      server.close();
      console.log(`| ${name} (${sample.length.toLocaleString('en')} B) | ${Math.round(measured.requests.average)} | ${measured.latency.p50} | ${measured.latency.p97_5} | ${measured.latency.p99} | ${Math.round(baseline.requests.average)} | ${baseline.latency.p99} | ${(measured.requests.average / baseline.requests.average).toFixed(2)} |`);
      if (measured.non2xx > 0 || measured.errors > 0) console.log(`  ${name}: ${measured.non2xx} non-2xx, ${measured.errors} errors`);
    }
    console.log(`\nAPI peak RSS (VmHWM): ${peakRss(api.pid!).toFixed(0)} MB`);
  } finally {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
    await provider.close();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
