import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServerEventStore, type PostgresEventStore } from '@leerkring/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../libs/event-store/src/testing/test-database';
import { DevIssuer } from '../security/dev-issuer';

const freePort = () => new Promise<number>((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** DESIGN.md section 3: several API instances share one database; each event lands in each read model once. */
describe('two API processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  // Both processes sign in through the development issuer whose key is kept in this folder.
  let dataDir: string;
  let authorization: string;
  const processes: ChildProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    store = await openServerEventStore(database.url);
    dataDir = await mkdtemp(join(tmpdir(), 'leerkring-two-processes-'));
    const issuer = await DevIssuer.inFolder(dataDir);
    authorization = `Bearer ${(await issuer.mint({ actorId: 'beheer-1', role: 'beheerder' }, { audience: 'leerkring' })).token}`;
  });
  afterAll(async () => {
    for (const child of processes) child.kill('SIGTERM');
    await Promise.all(processes.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
    await store?.close();
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const startApi = async (): Promise<string> => {
    const port = await freePort();
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, '..', 'main.ts')], {
      env: { ...process.env, PORT: String(port), DATABASE_URL: database.url, NODE_ENV: 'development', LEERKRING_DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    processes.push(child);
    const url = `http://127.0.0.1:${port}`;
    await until(async () => (await fetch(`${url}/health`)).ok, 60_000);
    return url;
  };

  const mutate = async (url: string, query: string, input: Record<string, unknown>) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables: { input } }),
    });
    const body = (await response.json()) as { errors?: unknown[]; data?: Record<string, { position?: string }> };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return Object.values(body.data ?? {})[0];
  };

  const queryAtLeast = async (url: string, atLeast: string, regionId: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: `{ region(id: "${regionId}", atLeast: "${atLeast}") { municipalities { name } } }` }),
    });
    return (await response.json()) as {
      data?: { region: { municipalities: { name: string }[] } };
      extensions?: { freshness?: { reached: boolean } };
    };
  };

  it('applies every event exactly once to each read model', async () => {
    const [first, second] = await Promise.all([startApi(), startApi()]);
    const regions = Array.from({ length: 12 }, (_, i) => `JZ${String(i + 1).padStart(2, '0')}`);
    await Promise.all(regions.map((regionId, i) => mutate(i % 2 ? first! : second!,
      'mutation ($input: RegisterRegionInput!) { registerRegion(input: $input) { revision } }',
      { idempotencyKey: `register-${regionId}`, regionId, slug: `regio-${i}`, name: `Regio ${i}`, province: 'Utrecht' })));
    await Promise.all(regions.flatMap((regionId, i) => [1, 2, 3].map((m) => mutate(m % 2 ? first! : second!,
      'mutation ($input: AddMunicipalityInput!) { addMunicipality(input: $input) { revision } }',
      { idempotencyKey: `add-${regionId}-${m}`, regionId, municipality: `Gemeente ${i}-${m}` }))));

    const head = await store.headPosition();
    await until(async () => {
      const rows = await store.sql.query<{ n: string }>(`SELECT count(*) AS n FROM projection_checkpoints WHERE slot = 'live' AND position < $1`, [head]);
      const all = await store.sql.query<{ n: string }>(`SELECT count(*) AS n FROM projection_checkpoints WHERE slot = 'live'`);
      return Number(all[0]!.n) >= 7 && Number(rows[0]!.n) === 0;
    }, 30_000);

    const [events] = await store.sql.query<{ n: string }>('SELECT count(*) AS n FROM es_events');
    const [feed] = await store.sql.query<{ n: string; ids: string }>('SELECT count(*) AS n, count(DISTINCT event_id) AS ids FROM rm_activity.feed_items');
    const [municipalities] = await store.sql.query<{ n: string }>('SELECT count(*) AS n FROM rm_regions.municipalities');
    const [regionRows] = await store.sql.query<{ n: string }>('SELECT count(*) AS n FROM rm_regions.regions');
    expect(Number(events!.n)).toBe(48);
    expect({ feed: Number(feed!.n), distinct: Number(feed!.ids) }).toEqual({ feed: 48, distinct: 48 });
    expect(Number(municipalities!.n)).toBe(36);
    expect(Number(regionRows!.n)).toBe(12);

    // Read-your-writes across processes: whichever process runs the projectors, a write on one is
    // read `atLeast` its position on the other, at once and complete.
    for (const [writer, reader] of [[first!, second!], [second!, first!]] as const) {
      const municipality = `Nieuwe gemeente via ${writer === first ? 'een' : 'twee'}`;
      const answer = await mutate(writer, 'mutation ($input: AddMunicipalityInput!) { addMunicipality(input: $input) { position } }',
        { idempotencyKey: `ryw-${municipality}`, regionId: 'JZ01', municipality });
      const started = Date.now();
      const read = await queryAtLeast(reader, answer!.position!, 'JZ01');
      expect(read.extensions?.freshness?.reached).toBe(true);
      expect(read.data?.region.municipalities.map((m) => m.name)).toContain(municipality);
      expect(Date.now() - started).toBeLessThan(4000);
    }
  }, 120_000);
});
