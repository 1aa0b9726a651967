import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openServerEventStore, type PostgresEventStore } from '@leerkring/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../libs/event-store/src/testing/test-database';
import { ApiProcess } from './testing/api-process';
import { bearerFor, mutationDocument, payloadOf, postGraphql, type MutationPayload } from './testing/graphql-http';
import { until } from './testing/wait';

interface Status {
  readonly name: string;
  readonly state: string;
  readonly position: string;
  readonly failure: { eventId: string; eventType: string; position: string; message: string } | null;
}

const STATUS = '{ projectionStatus { name state position failure { eventId eventType position message } } }';

/**
 * Issue 7, fault 3, at the level of the process: a poisoned event (one a projector cannot apply)
 * stops that projector only, `projectionStatus` names the event and the error, the other read
 * models go on, and after a fix and a restart the projector resumes from just before the event.
 * (The engine's own test, libs/projections, does the same with a test projector in process.)
 *
 * The "bug" is played by a trigger on the regions read model that refuses one region's row, as a
 * projector bug would throw on one event; the fix is dropping it.
 */
describe('a poisoned event in a running API', () => {
  let database: TestDatabase;
  let dataDir: string;
  let api: ApiProcess;
  let store: PostgresEventStore;
  let authorization: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'leerkring-poison-'));
    api = new ApiProcess({ databaseUrl: database.url, dataDir });
    await api.start();
    store = await openServerEventStore(database.url);
    authorization = await bearerFor(dataDir, { actorId: 'beheer-1', role: 'beheerder' });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await store?.close();
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  const mutate = async (name: string, input: Record<string, unknown>): Promise<MutationPayload> => {
    const outcome = await postGraphql(api.url, authorization, mutationDocument(name), { input });
    const payload = payloadOf(outcome, name);
    if (!payload) throw new Error(`${name} refused: ${JSON.stringify(outcome)}`);
    return payload;
  };
  const register = (regionId: string, name: string) => mutate('registerRegion', {
    idempotencyKey: `register-${regionId}`, regionId, slug: name.toLowerCase(), name, province: 'Utrecht',
  });
  const statuses = async (): Promise<Status[]> => {
    const outcome = await postGraphql(api.url, authorization, STATUS);
    if (outcome.kind !== 'answer' || outcome.errors.length > 0) throw new Error(JSON.stringify(outcome));
    return outcome.data!['projectionStatus'] as Status[];
  };
  const regionIds = async () => {
    const outcome = await postGraphql(api.url, authorization, '{ regions { id municipalities { name } } }');
    if (outcome.kind !== 'answer' || outcome.errors.length > 0) throw new Error(JSON.stringify(outcome));
    return (outcome.data!['regions'] as Array<{ id: string; municipalities: Array<{ name: string }> }>)
      .map((r) => `${r.id}:${r.municipalities.map((m) => m.name).join(',')}`).sort();
  };

  it('stops only that projector, reports the event and the error, and resumes after a fix and a restart', async () => {
    await register('JZ01', 'Eerste');
    await until(async () => (await regionIds()).includes('JZ01:'), 15_000, 'JZ01 in the regions read model');
    await store.sql.exec(`
      CREATE FUNCTION public.reliability_poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.name = 'Vergiftigd' THEN RAISE EXCEPTION 'simulated projector bug on region %', NEW.id; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER reliability_poison BEFORE INSERT OR UPDATE ON rm_regions.regions
        FOR EACH ROW EXECUTE FUNCTION public.reliability_poison();`);

    // The command side does not care: the events are accepted and stored.
    const poisoned = await register('JZ02', 'Vergiftigd');
    await register('JZ03', 'Derde');
    const last = await mutate('addMunicipality', { idempotencyKey: 'add-JZ01', regionId: 'JZ01', municipality: 'Gemeente Een' });
    const [poisonEvent] = await store.readStream('region-JZ02');

    await until(async () => (await statuses()).some((s) => s.name === 'regions' && s.state === 'FAILED'), 20_000, 'regions FAILED');
    const afterPoison = await statuses();
    expect(afterPoison.find((s) => s.name === 'regions')).toMatchObject({
      state: 'FAILED',
      failure: {
        eventId: poisonEvent!.id, eventType: 'RegionRegistered', position: poisoned.position,
        message: expect.stringContaining('simulated projector bug on region JZ02'),
      },
    });
    // The others go on, past the poisoned event.
    await until(async () => (await statuses()).filter((s) => s.name !== 'regions').every((s) => s.state === 'LIVE' && s.position >= last.position),
      20_000, 'the other projectors live past the poisoned event');
    const [feed] = await store.sql.query<{ n: string }>(
      `SELECT count(*) AS n FROM rm_activity.feed_items WHERE event_type IN ('RegionRegistered', 'MunicipalityAdded')`);
    expect(Number(feed!.n)).toBe(4);
    // The stopped read model still answers, with what it applied before the poisoned event.
    expect(await regionIds()).toEqual(['JZ01:']);
    const [checkpoint] = await store.sql.query<{ failed_event_id: string; error: string }>(
      `SELECT failed_event_id, error FROM projection_checkpoints WHERE name = 'regions' AND slot = 'live'`);
    expect(checkpoint).toMatchObject({ failed_event_id: poisonEvent!.id, error: expect.stringContaining('simulated projector bug') });

    // The fix is deployed and the API restarted: the projector resumes just before the event.
    await store.sql.exec('DROP TRIGGER reliability_poison ON rm_regions.regions; DROP FUNCTION public.reliability_poison();');
    await api.stop();
    await api.start();
    await until(async () => (await statuses()).every((s) => s.state === 'LIVE' && s.position >= last.position), 20_000, 'every projector live');
    expect((await statuses()).map((s) => s.failure)).toEqual((await statuses()).map(() => null));
    expect(await regionIds()).toEqual(['JZ01:Gemeente Een', 'JZ02:', 'JZ03:']);
    const [cleared] = await store.sql.query<{ failed_event_id: string | null; error: string | null }>(
      `SELECT failed_event_id, error FROM projection_checkpoints WHERE name = 'regions' AND slot = 'live'`);
    expect(cleared).toEqual({ failed_event_id: null, error: null });
  }, 120_000);
});
