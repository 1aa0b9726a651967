import request from 'supertest';
import type { DestinationStream } from 'pino';
import { SUMMER_2024, WEST_BRABANT_WEST } from '../command-side/testing/fixtures';
import { beheerder } from '../command-side/testing/principals';
import { accepted, headersOf, startGraphqlApp, type GraphqlTestApp } from '../graphql/testing/graphql-test-app';
import { LOG_DESTINATION } from './logger';

type LogLine = Record<string, unknown> & { correlationId?: string; req?: { method: string; path: string } };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ADD_MUNICIPALITY = 'mutation Add($input: AddMunicipalityInput!) { addMunicipality(input: $input) { revision } }';

describe('request logs and correlation ids', () => {
  let t: GraphqlTestApp;
  const lines: LogLine[] = [];
  const destination: DestinationStream = { write: (line: string) => { lines.push(JSON.parse(line) as LogLine); } };
  const linesOf = (correlationId: string) => lines.filter((line) => line.correlationId === correlationId);

  const addMunicipality = async (municipality: string, headers: Record<string, string>, extra: Record<string, unknown> = {}) =>
    request(t.app.getHttpServer())
      .post('/graphql')
      .set({ ...(await headersOf(beheerder)), ...headers })
      .send({ query: ADD_MUNICIPALITY, variables: { input: { idempotencyKey: `add-${municipality}`, regionId: 'JZ36', municipality, ...extra } } })
      .expect(200);

  beforeAll(async () => {
    process.env.LOG_LEVEL = 'info';
    try {
      t = await startGraphqlApp({
        now: SUMMER_2024,
        configure: (builder) => builder.overrideProvider(LOG_DESTINATION).useValue(destination),
      });
    } finally {
      delete process.env.LOG_LEVEL;
    }
    accepted(await t.mutate('registerRegion', { idempotencyKey: 'register-jz36', ...WEST_BRABANT_WEST }, beheerder));
  });
  afterAll(async () => { await t?.close(); });

  it("keeps the caller's x-correlation-id: echoed, on the request's one log line, and in its events' metadata", async () => {
    const res = await addMunicipality('Zundert', { 'x-correlation-id': 'webapp-4711' });
    expect(res.body.errors).toBeUndefined();
    expect(res.headers['x-correlation-id']).toBe('webapp-4711');

    const [line, ...more] = linesOf('webapp-4711');
    expect(more).toEqual([]);
    expect(line).toEqual({
      level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), service: 'leerkring-api', pid: process.pid,
      correlationId: 'webapp-4711',
      req: { method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
      durationMs: expect.any(Number),
      graphql: { operation: 'addMunicipality', type: 'mutation', errorCodes: [] },
      msg: 'POST /graphql 200',
    });

    const events = await t.stream('region-JZ36');
    const added = events.filter((event) => event.metadata['idempotencyKey'] === 'add-Zundert');
    expect(added).toHaveLength(1);
    expect(added[0]?.metadata).toMatchObject({ correlationId: 'webapp-4711', causationId: expect.not.stringMatching(/^webapp-4711$/) });
  });

  it('takes x-request-id when there is no x-correlation-id', async () => {
    const res = await addMunicipality('Rucphen', { 'x-request-id': 'lb-req-9' });
    expect(res.headers['x-correlation-id']).toBe('lb-req-9');
    expect(linesOf('lb-req-9')).toHaveLength(1);
    const [event] = (await t.stream('region-JZ36')).filter((e) => e.metadata['idempotencyKey'] === 'add-Rucphen');
    expect(event?.metadata['correlationId']).toBe('lb-req-9');
  });

  it('makes one up when the caller sends none, or one that is not a plain token', async () => {
    for (const headers of [{}, { 'x-correlation-id': 'two words' }, { 'x-correlation-id': 'x'.repeat(129) }]) {
      const res = await request(t.app.getHttpServer()).post('/graphql').set(await headersOf(beheerder))
        .set(headers).send({ query: '{ projectionStatus { name } }' }).expect(200);
      const id = res.headers['x-correlation-id'] as string;
      expect(id).toMatch(UUID);
      expect(linesOf(id)).toEqual([expect.objectContaining({ graphql: { operation: 'projectionStatus', type: 'query', errorCodes: [] } })]);
    }
  });

  it('logs a refusal with the codes the client got, and never the query string', async () => {
    await addMunicipality('Moerdijk', { 'x-correlation-id': 'stale-1' }, { expectedRevision: 42 });
    const res = await request(t.app.getHttpServer()).post('/graphql?name=Jan%20Jansen').set(await headersOf(beheerder))
      .set('x-correlation-id', 'query-string-1').send({ query: '{ projectionStatus { name } }' }).expect(200);
    expect(res.body.errors).toBeUndefined();
    expect(linesOf('stale-1')).toEqual([expect.objectContaining({ graphql: { operation: 'addMunicipality', type: 'mutation', errorCodes: ['CONFLICT'] } })]);
    expect(linesOf('query-string-1')).toEqual([expect.objectContaining({ req: { method: 'POST', path: '/graphql' } })]);
    expect(JSON.stringify(lines)).not.toContain('Jansen');
  });

  it('logs probes and scrapes at debug, below the info level set here', async () => {
    await request(t.app.getHttpServer()).get('/health/live').set('x-correlation-id', 'probe-1').expect(200);
    await request(t.app.getHttpServer()).get('/metrics').set('x-correlation-id', 'scrape-1').expect(200);
    await request(t.app.getHttpServer()).post('/graphql').set(await headersOf(beheerder))
      .set('x-correlation-id', 'after-probes').send({ query: '{ projectionStatus { name } }' }).expect(200);
    expect(linesOf('after-probes')).toHaveLength(1);
    expect([...linesOf('probe-1'), ...linesOf('scrape-1')]).toEqual([]);
  });
});
