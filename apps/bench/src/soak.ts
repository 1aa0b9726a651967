/**
 * Soak: mixed load from 20 clients (commands and queries, each client its own person and token)
 * against the API as a separate process on PostgreSQL, for minutes. It reports the API's resident
 * memory (RSS) at the start (after a warm-up) and at the end, and every error other than CONFLICT
 * (the one refusal the load provokes on purpose: two clients pinning the same region's revision).
 * Usage: npm run soak [-- --minutes 10]
 * The database is a throw-away one on BENCH_DATABASE_URL, TEST_DATABASE_URL or the local server.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addWeeks, compareWeeks, dutchDate, isoWeekAt } from '@leerkring/domain';
import { benchServerUrl, numberOption } from './bench-settings';
import { createTestDatabase } from '../../../libs/event-store/src/testing/test-database';
import { ApiProcess } from '../../api/src/reliability/testing/api-process';
import { bearerFor, postGraphql, type HttpOutcome } from '../../api/src/reliability/testing/graphql-http';
import type { Principal } from '../../api/src/command-side/command-context';

export interface SoakOptions {
  readonly databaseUrl: string;
  readonly durationMs: number;
  readonly clients?: number;
  /** Memory is taken as "at start" after this much load (heaps and caches fill first). */
  readonly warmUpMs?: number;
  readonly log?: (line: string) => void;
}

export interface SoakError {
  readonly operation: string;
  readonly code: string;
  readonly count: number;
  readonly sample: string;
}

export interface SoakReport {
  readonly durationMs: number;
  readonly clients: number;
  readonly commandsAccepted: number;
  readonly queriesAnswered: number;
  readonly conflicts: number;
  /** Every refusal or failure other than CONFLICT, by operation and code. */
  readonly errors: readonly SoakError[];
  readonly rssMb: { readonly start: number; readonly end: number; readonly peak: number; readonly samples: readonly number[] };
}

const REGIONS = ['JZ01', 'JZ02', 'JZ03', 'JZ04'] as const;
const KINDS = ['developer', 'ambassador', 'national', 'beheerder', 'reader'] as const;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** ISO weeks from 2024-W03 up to (not including) the current one: weeks an ambassador may log. */
function pastWeeks(): string[] {
  const weeks: string[] = [];
  const current = isoWeekAt(new Date());
  for (let week = '2024-W03'; compareWeeks(week, current) < 0; week = addWeeks(week, 1)) weeks.push(week);
  return weeks;
}

const PAYLOAD = 'aggregateId revision createdId';

class Tally {
  commandsAccepted = 0;
  queriesAnswered = 0;
  conflicts = 0;
  private readonly errors = new Map<string, { operation: string; code: string; count: number; sample: string }>();

  /** Counts an outcome; answers the data when there was no error. */
  count(operation: string, kind: 'command' | 'query', outcome: HttpOutcome): Record<string, unknown> | undefined {
    if (outcome.kind === 'no-answer') {
      this.error(operation, 'NO_ANSWER', outcome.reason);
      return undefined;
    }
    if (outcome.errors.length === 0 && outcome.status === 200 && outcome.data) {
      if (kind === 'command') this.commandsAccepted += 1;
      else this.queriesAnswered += 1;
      return outcome.data;
    }
    if (outcome.errors.length === 0) this.error(operation, `HTTP_${outcome.status}`, JSON.stringify(outcome.data).slice(0, 300));
    for (const error of outcome.errors) {
      const code = String(error.extensions?.code ?? 'NO_CODE');
      if (code === 'CONFLICT') this.conflicts += 1;
      else {
        const { stacktrace: _stack, ...extensions } = error.extensions ?? {};
        this.error(operation, code, `${error.message} ${JSON.stringify(extensions).slice(0, 300)}`);
      }
    }
    return undefined;
  }

  private error(operation: string, code: string, sample: string): void {
    const key = `${operation} ${code}`;
    const known = this.errors.get(key);
    if (known) known.count += 1;
    else this.errors.set(key, { operation, code, count: 1, sample });
  }

  list(): SoakError[] {
    return [...this.errors.values()].sort((a, b) => b.count - a.count);
  }
}

interface People {
  readonly developers: string[];
  readonly ambassadors: string[];
  readonly nationals: string[];
}

/** One client: its own person and token, a loop of its role's work, a short pause between requests. */
class Client {
  constructor(
    private readonly url: string,
    private readonly authorization: string,
    private readonly tally: Tally,
  ) {}

  async command(name: string, input: Record<string, unknown>): Promise<{ aggregateId: string; revision: number; createdId: string | null } | { conflict: number } | undefined> {
    const document = `mutation ($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${PAYLOAD} } }`;
    const outcome = await postGraphql(this.url, this.authorization, document, { input }, 30_000);
    const data = this.tally.count(name, 'command', outcome);
    if (data) return data[name] as { aggregateId: string; revision: number; createdId: string | null };
    const conflict = outcome.kind === 'answer' ? outcome.errors.find((e) => e.extensions?.code === 'CONFLICT') : undefined;
    if (conflict) return { conflict: Number(conflict.extensions?.['actualRevision']) };
    return undefined;
  }

  async query(operation: string, document: string, variables?: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
    return this.tally.count(operation, 'query', await postGraphql(this.url, this.authorization, document, variables, 30_000));
  }
}

const accepted = <T>(result: T | { conflict: number } | undefined): T | undefined =>
  result && typeof result === 'object' && !('conflict' in result) ? result : undefined;

/** The programme every client works in: four regions, their developers and ambassadors, four national ambassadors. */
async function seed(url: string, beheerder: string, tally: Tally): Promise<People> {
  const admin = new Client(url, beheerder, tally);
  const must = async (name: string, input: Record<string, unknown>) => {
    const result = accepted(await admin.command(name, { idempotencyKey: randomUUID(), ...input }));
    if (!result) throw new Error(`seeding: ${name} was refused (see the errors)`);
    return result.createdId ?? result.aggregateId;
  };
  const people: People = { developers: [], ambassadors: [], nationals: [] };
  for (const [i, regionId] of REGIONS.entries()) {
    await must('registerRegion', { regionId, slug: `regio-${i}`, name: `Regio ${i}`, province: 'Utrecht' });
    const developerId = await must('appointDeveloper', { person: { name: `Ontwikkelaar ${i}` }, appointedOn: '2024-01-08' });
    await must('assignDeveloperToRegion', { developerId, regionId });
    people.developers.push(developerId);
    people.ambassadors.push(await must('appointAmbassador', {
      person: { name: `Ambassadeur ${i}` }, scope: 'REGIONAL', regionId, background: 'GEMEENTE', appointedOn: '2024-01-08',
    }));
    people.nationals.push(await must('appointAmbassador', {
      person: { name: `Landelijk ${i}` }, scope: 'NATIONAL', background: 'JEUGDHULP', appointedOn: '2024-01-08', hoursPerWeek: 16,
    }));
  }
  return people;
}

type Work = (client: Client, index: number, until: number) => Promise<void>;

/** Circles from start to close: participants, a session, a learning on the way. */
const developerWork = (people: People): Work => async (client, index, until) => {
  const region = index % REGIONS.length;
  const developerId = people.developers[region]!;
  for (let cycle = 0; Date.now() < until; cycle++) {
    const circle = accepted(await client.command('startCircle', {
      idempotencyKey: randomUUID(), regionId: REGIONS[region], developerId, title: `Cirkel ${index}-${cycle}`,
      themes: ['WACHTTIJDEN'], startedOn: '2024-03-01',
    }));
    if (!circle) continue;
    const circleId = circle.aggregateId;
    for (let p = 0; p < 2; p++) {
      await client.command('addParticipant', {
        idempotencyKey: randomUUID(), circleId, person: { name: `Deelnemer ${cycle}-${p}` }, sector: 'JEUGDHULP', organisation: 'Zorgaanbieder', role: 'lid',
      });
    }
    await client.command('recordSession', {
      idempotencyKey: randomUUID(), circleId, date: '2024-04-15', format: 'PLENAIR', attendeeCount: 8, sectorsPresent: ['JEUGDHULP'], summary: 'Wachtlijst samen besproken.',
    });
    await client.command('captureLearning', {
      idempotencyKey: randomUUID(), circleId, title: `Les ${index}-${cycle}`, insight: 'Samen één wachtlijst bijhouden maakt zichtbaar wie te lang wacht.',
      themes: ['WACHTTIJDEN'], evidenceLevel: 'GOED_BESCHREVEN', knowledgeSources: ['PRAKTIJK'], origin: 'SESSIE',
    });
    await client.query('circle', 'query ($id: ID!) { circle(id: $id) { title participants { id } sessions { date } } }', { id: circleId });
    await client.command('closeCircle', { idempotencyKey: randomUUID(), circleId, closedOn: '2024-07-02', outcome: 'Afgerond met een gedeelde wachtlijst.' });
  }
};

const LEARNINGS = '{ learnings(first: 30) { edges { node { id regionId promoted } } } }';
type LearningNode = { id: string; regionId: string; promoted: boolean };
const learningNodes = (data: Record<string, unknown> | undefined): LearningNode[] =>
  ((data?.['learnings'] as { edges?: Array<{ node: LearningNode }> } | undefined)?.edges ?? []).map((e) => e.node);

/** Weekly logs (then corrections, when the past weeks run out), and lessons of other regions taken over. */
const ambassadorWork = (people: People): Work => async (client, index, until) => {
  const region = index % REGIONS.length;
  const ambassadorId = people.ambassadors[region]!;
  const weeks = pastWeeks();
  const adopted = new Set<string>();
  const logged: string[] = [];
  const hoursOf = new Map<string, number>();
  const week = (w: string) => ({
    ambassadorId, week: w, hours: 6.5, activities: [{ kind: 'BIJEENKOMST', text: 'Cirkel voorbereid' }], partnersReached: 3, sectorsReached: ['JEUGDHULP'],
  });
  for (let i = 0; Date.now() < until; i++) {
    if (i % 3 === 2) {
      const candidate = learningNodes(await client.query('learnings', LEARNINGS)).find((l) => l.regionId !== REGIONS[region] && !adopted.has(l.id));
      if (candidate) {
        adopted.add(candidate.id);
        await client.command('adoptLearning', { idempotencyKey: randomUUID(), learningId: candidate.id, adaptation: 'Overgenomen met een eigen wachtlijst.', adoptedOn: dutchDate(new Date()) });
      }
    } else if (logged.length < weeks.length) {
      const next = weeks[logged.length]!;
      if (accepted(await client.command('logWeeklyWork', { idempotencyKey: randomUUID(), ...week(next) }))) logged.push(next);
    } else {
      // A correction must change something: each one moves the week's hours by a quarter.
      const target = logged[i % logged.length]!;
      const hours = (hoursOf.get(target) ?? 6.5) === 7 ? 6.75 : 7;
      if (accepted(await client.command('correctWeeklyWork', { idempotencyKey: randomUUID(), ...week(target), hours, whatChanged: 'Uren bijgesteld' }))) {
        hoursOf.set(target, hours);
      }
    }
    await client.query('weeklyLogs', 'query ($id: ID!, $from: String!, $to: String!) { weeklyLogs(ambassadorId: $id, fromWeek: $from, toWeek: $to) { week hours } }',
      { id: ambassadorId, from: weeks[0], to: logged.at(-1) ?? weeks[0] });
  }
};

/** National ambassadors read lessons across regions and lift some (each its own share, so none twice). */
const nationalWork = (people: People): Work => async (client, index, until) => {
  const promoterId = people.nationals[index % people.nationals.length]!;
  const share = index % 4;
  const promoted = new Set<string>();
  for (let i = 0; Date.now() < until; i++) {
    const nodes = learningNodes(await client.query('learnings', LEARNINGS));
    const mine = nodes.find((l) => !l.promoted && !promoted.has(l.id) && parseInt(l.id[0]!, 16) % 4 === share);
    if (mine) {
      promoted.add(mine.id);
      await client.command('promoteLearning', { idempotencyKey: randomUUID(), learningId: mine.id, promoterId, reason: 'Landelijk waardevol.' });
    }
    await client.query('learnings search', '{ learnings(filter: { search: "wachtlijst" }, first: 10) { totalCount edges { node { title } } } }');
    await client.query('learningDiffusion', '{ learningDiffusion { learningId originRegionId adoptions { regionId adoptedOn } } }');
  }
};

/**
 * Municipalities added with the revision pinned: two clients per region, so they overtake each
 * other and one gets CONFLICT, takes the actual revision from it and sends the same command again.
 */
const beheerderWork: Work = async (client, index, until) => {
  const regionId = REGIONS[index % 2]!;
  let revision: number | undefined;
  for (let i = 0; Date.now() < until; i++) {
    const input = { idempotencyKey: randomUUID(), regionId, municipality: `Gemeente ${index}-${i}` };
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await client.command('addMunicipality', { ...input, ...(revision === undefined ? {} : { expectedRevision: revision }) });
      if (result && 'conflict' in result) {
        revision = result.conflict;
        continue;
      }
      if (result) revision = result.revision;
      break;
    }
    await client.query('region', 'query ($id: ID!) { region(id: $id) { name municipalities { name } } }', { id: regionId });
  }
};

const READS: ReadonlyArray<[string, string]> = [
  ['regions', '{ regions { id name municipalities { name } circles { title } } }'],
  ['region activity', '{ region(id: "JZ01") { activity(first: 10) { edges { node { description } } } } }'],
  ['nationalOverview', '{ nationalOverview { totals { activeCircles learningsCaptured adoptions } regions { regionId } } }'],
  ['circles', '{ circles(first: 20) { totalCount edges { node { title participantCount } } } }'],
  ['me', '{ me { actorId role } }'],
  ['projectionStatus', '{ projectionStatus { name state lagEvents } }'],
];

const readerWork: Work = async (client, index, until) => {
  for (let i = index; Date.now() < until; i++) {
    const [operation, document] = READS[i % READS.length]!;
    await client.query(operation, document);
  }
};

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log ?? (() => undefined);
  const clients = options.clients ?? 20;
  const dataDir = await mkdtemp(join(tmpdir(), 'leerkring-soak-'));
  const api = new ApiProcess({ databaseUrl: options.databaseUrl, dataDir });
  const tally = new Tally();
  try {
    const url = await api.start();
    const pid = api.pid!;
    const token = (principal: Principal) => bearerFor(dataDir, principal);
    const people = await seed(url, await token({ actorId: 'soak-beheerder', role: 'beheerder' }), tally);
    const workers: Array<Promise<void>> = [];
    const started = Date.now();
    const until = started + options.durationMs;
    for (let index = 0; index < clients; index++) {
      const kind = KINDS[index % KINDS.length]!;
      const n = Math.floor(index / KINDS.length);
      const region = REGIONS[n % REGIONS.length]!;
      const [principal, work]: [Principal, Work] = kind === 'developer'
        ? [{ actorId: people.developers[n % REGIONS.length]!, role: 'ontwikkelaar', regionIds: [region] }, developerWork(people)]
        : kind === 'ambassador'
          ? [{ actorId: people.ambassadors[n % REGIONS.length]!, role: 'regio-ambassadeur', regionIds: [region] }, ambassadorWork(people)]
          : kind === 'national'
            ? [{ actorId: people.nationals[n % REGIONS.length]!, role: 'landelijk-ambassadeur' }, nationalWork(people)]
            : kind === 'beheerder'
              ? [{ actorId: `soak-beheerder-${n}`, role: 'beheerder' }, beheerderWork]
              : [{ actorId: `soak-vng-${n}`, role: 'vng' }, readerWork];
      const client = new Client(url, await token(principal), tally);
      workers.push(work(client, n, until).catch((error: unknown) => {
        tally.count(`client ${index} (${kind})`, 'query', { kind: 'no-answer', reason: `crashed: ${(error as Error).message}` });
      }));
    }
    const samples: number[] = [];
    const warmUpMs = options.warmUpMs ?? Math.min(30_000, Math.max(3_000, options.durationMs / 10));
    let startRss: number | undefined;
    while (Date.now() < until) {
      await sleep(Math.min(1_000, Math.max(0, until - Date.now())));
      const rss = rssOf(pid);
      samples.push(Math.round(rss));
      if (startRss === undefined && Date.now() - started >= warmUpMs) {
        startRss = rss;
        log(`rss at start (after ${Math.round(warmUpMs / 1000)} s of load): ${rss.toFixed(0)} MB`);
      }
      if (samples.length % 60 === 0) {
        log(`${Math.round((Date.now() - started) / 1000)} s: rss ${rss.toFixed(0)} MB, ${tally.commandsAccepted} commands, ${tally.queriesAnswered} queries, ${tally.conflicts} conflicts, ${tally.list().reduce((n, e) => n + e.count, 0)} errors`);
      }
    }
    await Promise.all(workers);
    const end = rssOf(pid);
    return {
      durationMs: Date.now() - started,
      clients,
      commandsAccepted: tally.commandsAccepted,
      queriesAnswered: tally.queriesAnswered,
      conflicts: tally.conflicts,
      errors: tally.list(),
      rssMb: { start: Math.round(startRss ?? samples[0] ?? end), end: Math.round(end), peak: Math.max(...samples, Math.round(end)), samples },
    };
  } catch (error) {
    throw new Error(`${(error as Error).message}\nAPI output:\n${api.output()}`);
  } finally {
    await api.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export function printReport(report: SoakReport, print: (line: string) => void = console.log): void {
  print(`\nsoak: ${report.clients} clients for ${(report.durationMs / 60_000).toFixed(1)} min`);
  print(`  commands accepted ${report.commandsAccepted}, queries answered ${report.queriesAnswered}, CONFLICT ${report.conflicts}`);
  print(`  API RSS: start ${report.rssMb.start} MB, end ${report.rssMb.end} MB, peak ${report.rssMb.peak} MB`);
  if (report.errors.length === 0) {
    print('  errors other than CONFLICT: none');
    return;
  }
  print('  errors other than CONFLICT:');
  for (const e of report.errors) print(`    ${e.count} × ${e.operation} ${e.code}: ${e.sample}`);
}

async function main(): Promise<void> {
  const minutes = numberOption('minutes', 10);
  if (!(minutes > 0)) throw new Error('--minutes must be a positive number');
  const database = await createTestDatabase(benchServerUrl);
  try {
    const report = await runSoak({ databaseUrl: database.url, durationMs: minutes * 60_000, log: (line) => console.log(line) });
    printReport(report);
    if (report.errors.length > 0) process.exitCode = 1;
  } finally {
    await database.drop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
