import type { Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { beheerder } from '../command-side/testing/principals';
import { MAX_GRAPHQL_BODY_BYTES } from './body-limit.middleware';
import { MAX_DOCUMENT_NESTING, MAX_FRAGMENT_DEFINITIONS } from './document-shape.middleware';
import { DEFAULT_QUERY_LIMITS, QUERY_LIMITS } from './query-limits';
import { accepted, startGraphqlApp, type GraphqlTestApp } from './testing/graphql-test-app';

/** `count` aliases of one selection: `a0: me { ... } a1: me { ... }`. */
const aliased = (count: number, selection: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => `a${i}: ${selection(i)}`).join('\n');

describe('limits of one GraphQL request, at their defaults', () => {
  let t: GraphqlTestApp;

  beforeAll(async () => {
    t = await startGraphqlApp({ now: SUMMER_2024 });
    accepted(await t.mutate('registerRegion', {
      idempotencyKey: 'jz36', regionId: 'JZ36', slug: 'west-brabant-west', name: 'West-Brabant West', province: 'Noord-Brabant',
    }, beheerder));
  });
  afterAll(async () => { await t?.close(); });

  it('refuses an operation over the complexity limit with QUERY_TOO_COMPLEX', async () => {
    // 260 × (me + 3 fields) = 1040 points.
    const over = `{ ${aliased(260, () => 'me { actorId role regionIds }')} }`;
    // The second time the verdict is the one remembered with the parsed document: the same answer.
    for (const res of [await t.query(over), await t.query(over)]) {
      expect(res.status).toBe(400);
      expect(res.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({
        code: 'QUERY_TOO_COMPLEX', maxComplexity: DEFAULT_QUERY_LIMITS.maxComplexity, complexity: 1040,
      })]);
    }
    const within = `{ ${aliased(240, () => 'me { actorId role regionIds }')} }`;
    expect((await t.query(within)).errors).toBeUndefined();
    expect((await t.query(within)).errors).toBeUndefined();
    // With variables the cost is worked out for each request: the same document, another page size.
    const paged = 'query ($n: Int) { circles(first: $n) { edges { node { id title regionId } } } }';
    expect((await t.query(paged, { n: 50 })).errors).toBeUndefined();
    expect((await t.query(paged, { n: 500 })).errors?.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses a too complex mutation before any of its fields runs', async () => {
    // 200 × (addMunicipality + 5 payload fields) = 1200 points.
    const res = await t.query(`mutation { ${aliased(200, (i) => `addMunicipality(input: {
      idempotencyKey: "m${i}", regionId: "JZ36", municipality: "Gemeente ${i}" }) { aggregateId revision position eventCount createdId }`)} }`);
    expect(res.errors?.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(await t.stream('region-JZ36')).toHaveLength(1);
  });

  it('lets deep introspection through: tools such as Apollo Sandbox send it', async () => {
    const res = await t.query('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }');
    expect(res.errors).toBeUndefined();
  });

  it('refuses nesting and fragment chains that would overflow validation, before parsing, with a clear code', async () => {
    // Both overflowed graphql-js's recursive validation (HTTP 500) in a CI run before the document shape was checked.
    const inline = `{ me { ${'... on Me { '.repeat(4_613)}actorId${' }'.repeat(4_613)} } }`;
    const chain = `{ me { ...F0 } } ${Array.from({ length: 2_900 }, (_, i) => `fragment F${i} on Me { ...F${i + 1} }`).join(' ')} fragment F2900 on Me { actorId }`;
    const deep = await t.query(inline);
    expect(deep.status).toBe(400);
    expect(deep.errors?.map((e) => e.extensions)).toEqual([{ code: 'QUERY_TOO_DEEP', maxNesting: MAX_DOCUMENT_NESTING }]);
    const many = await t.query(chain);
    expect(many.status).toBe(400);
    expect(many.errors?.map((e) => e.extensions)).toEqual([{ code: 'QUERY_TOO_COMPLEX', maxFragments: MAX_FRAGMENT_DEFINITIONS }]);
    expect((await t.query('{ me { ...A } } fragment A on Me { ... on Me { actorId } }')).errors).toBeUndefined();
  });

  it('answers a body over 100 kB with 413', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .send({ query: '{ me { actorId } }', variables: { padding: 'x'.repeat(MAX_GRAPHQL_BODY_BYTES) } });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    const justUnder = await request(t.app.getHttpServer())
      .post('/graphql')
      .send({ query: '{ me { actorId } }', variables: { padding: 'x'.repeat(MAX_GRAPHQL_BODY_BYTES - 200) } });
    expect(justUnder.status).toBe(200);
  });

  it('answers a chunked body over 100 kB, which declares no length, with 413 as well', async () => {
    const server = (await t.app.listen(0)) as Server;
    const { port } = server.address() as AddressInfo;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest({
        port, method: 'POST', path: '/graphql',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => { body += chunk.toString(); });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write('{"query":"{ me { actorId } }","variables":{"padding":"');
      for (let i = 0; i < 25; i++) req.write('x'.repeat(5000));
      req.end('"}}');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('serves Apollo Sandbox outside production', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain('embeddable-sandbox');
  });
});

describe('the depth limit', () => {
  let t: GraphqlTestApp;

  beforeAll(async () => {
    // The schema holds nothing deeper than two levels yet, so this app allows one.
    t = await startGraphqlApp({
      now: SUMMER_2024,
      configure: (builder) => builder.overrideProvider(QUERY_LIMITS).useValue({ ...DEFAULT_QUERY_LIMITS, maxDepth: 1 }),
    });
  });
  afterAll(async () => { await t?.close(); });

  it('refuses an operation nested deeper than allowed with QUERY_TOO_DEEP, fragments followed', async () => {
    const res = await t.query('query { ...Who } fragment Who on Query { ... on Query { me { actorId } } }');
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'QUERY_TOO_DEEP', maxDepth: 1, depth: 2 }),
    ]);
    expect((await t.query('{ __typename }')).errors).toBeUndefined();
  });
});
