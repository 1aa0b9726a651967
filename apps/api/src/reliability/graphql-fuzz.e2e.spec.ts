import fc from 'fast-check';
import request from 'supertest';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { beheerder } from '../command-side/testing/principals';
import { MAX_GRAPHQL_BODY_BYTES } from '../graphql/body-limit.middleware';
import { accepted, headersOf, startGraphqlApp, type GraphqlTestApp } from '../graphql/testing/graphql-test-app';

const RUNS = Number(process.env.RELIABILITY_RUNS ?? 25);
const SEED = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);
/** A refusal must come quickly: a slow one is a way to tie the API up. */
const MAX_ANSWER_MS = 3_000;

/** Codes that tell the client what was wrong with its request (error-mapping.ts). */
const CLEAR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'BAD_USER_INPUT', 'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX',
]);

const REGISTER = 'mutation { registerRegion(input: { idempotencyKey: "fuzz", regionId: "JZ10", slug: "fuzz", name: "Fuzz", province: "Utrecht" }) { aggregateId } }';
const ADD = (i: number) => `addMunicipality(input: { idempotencyKey: "fuzz-${i}", regionId: "JZ36", municipality: "Fuzz ${i}" }) { aggregateId revision }`;

interface Answer {
  readonly status: number;
  readonly ms: number;
  readonly body: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } | undefined;
  readonly text: string;
}

/**
 * Issue 7, bad input at the level of GraphQL itself: documents that do not parse, bodies that are
 * not JSON or not a GraphQL request, bodies over the limit, nesting deeper than allowed, huge
 * numbers of aliases, fields, fragments, directives and operations, and batches. Each is refused
 * with a clear code, quickly, and the store does not move.
 */
describe('GraphQL fuzz (property-based)', () => {
  let t: GraphqlTestApp;
  let authorization: Record<string, string>;

  beforeAll(async () => {
    t = await startGraphqlApp({ now: SUMMER_2024 });
    accepted(await t.mutate('registerRegion', {
      idempotencyKey: 'jz36', regionId: 'JZ36', slug: 'west-brabant-west', name: 'West-Brabant West', province: 'Noord-Brabant',
    }, beheerder));
    authorization = await headersOf(beheerder);
    // eslint-disable-next-line no-console
    console.log(`graphql fuzz: seed ${SEED}, ${RUNS} runs per property (RELIABILITY_SEED, RELIABILITY_RUNS)`);
  }, 60_000);
  afterAll(async () => { await t?.close(); });

  /** POSTs a raw body to /graphql as the beheerder (allowed to send every mutation used here). */
  async function post(body: string | Buffer, contentType = 'application/json'): Promise<Answer> {
    const started = Date.now();
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set({ ...authorization, 'content-type': contentType })
      .send(body);
    let parsed: Answer['body'];
    try {
      parsed = JSON.parse(res.text) as Answer['body'];
    } catch {
      parsed = undefined;
    }
    return { status: res.status, ms: Date.now() - started, body: parsed, text: res.text.slice(0, 300) };
  }

  const postQuery = (query: string, extra: Record<string, unknown> = {}) => post(JSON.stringify({ query, ...extra }));

  /** A clear refusal: 4xx, a GraphQL error body with a known code, fast, and nothing stored. */
  async function refusedClearly(send: () => Promise<Answer>, codes: ReadonlySet<string> = CLEAR_CODES): Promise<void> {
    const before = await t.store.headPosition();
    const answer = await send();
    const seen = (answer.body?.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
    const problem = answer.status < 400 || answer.status >= 500 ? `HTTP ${answer.status}`
      : seen.length === 0 ? 'no GraphQL error in the body'
        : seen.some((c) => !codes.has(c)) ? `codes ${seen.join(', ')}`
          : answer.ms > MAX_ANSWER_MS ? `answered after ${answer.ms} ms`
            : (await t.store.headPosition()) !== before ? 'the store moved' : undefined;
    if (problem) throw new Error(`${problem}: HTTP ${answer.status} ${answer.text}`);
  }

  const check = (arbitrary: fc.Arbitrary<() => Promise<Answer>>, codes?: ReadonlySet<string>, runs = RUNS) =>
    fc.assert(fc.asyncProperty(arbitrary, (send) => refusedClearly(send, codes)), { numRuns: runs, seed: SEED });

  it('refuses documents that do not parse', async () => {
    const soup = fc.array(fc.constantFrom('{', '}', '(', ')', '[', ']', ':', '$', '@', '...', '!', '=', '"', '"""', '#',
      'query', 'mutation', 'fragment', 'on', 'registerRegion', 'me', 'input', 'actorId', '1', '-', '&', '|', ',', '\n', ' '), { minLength: 1, maxLength: 60 })
      // An opening brace never closed: whatever else the soup holds, it cannot parse.
      .map((tokens) => `{ ${tokens.join(' ')}`);
    const truncated = fc.integer({ min: 1, max: REGISTER.length - 1 }).map((cut) => REGISTER.slice(0, cut));
    const garbage = fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }).map((s) => `{${s}`);
    const unterminated = fc.string({ maxLength: 50 }).map((s) => `{ me(atLeast: "${s.replace(/["\\]/g, '')}`);
    await check(fc.oneof(soup, truncated, garbage, unterminated).map((query) => () => postQuery(query)), new Set(['GRAPHQL_PARSE_FAILED']));
  });

  it('refuses bodies that are not a GraphQL request', async () => {
    const notJson = fc.string({ unit: 'binary', minLength: 1, maxLength: 500 })
      .filter((s) => { try { JSON.parse(s); return false; } catch { return true; } })
      .map((s) => () => post(s));
    const wrongShape = fc.oneof(
      fc.constantFrom('{}', '[]', 'null', '"query"', '5', 'true', '{"query":null}', '{"query":5}', '{"query":{}}', '{"query":[]}', '{"query":""}'),
      fc.jsonValue().filter((v) => v === null || typeof v !== 'object' || Array.isArray(v) || !('query' in v)).map((v) => JSON.stringify(v)),
      fc.constantFrom(
        '{"query":"{ me { actorId } }","variables":"x"}', '{"query":"{ me { actorId } }","variables":[1]}',
        '{"query":"{ me { actorId } }","operationName":5}', '{"query":"{ me { actorId } }","operationName":"Nope"}',
        '{"query":"{ me { actorId } }","extensions":"x"}',
      ),
    ).map((body) => () => post(body));
    // A form post (no preflight in a browser): refused by the CSRF prevention.
    const form = fc.constant(() => post('query=%7B%20me%20%7B%20actorId%20%7D%20%7D', 'application/x-www-form-urlencoded'));
    await check(fc.oneof(notJson, wrongShape, form));
  });

  it('refuses bodies over the limit, however they are made up', async () => {
    const over = fc.integer({ min: MAX_GRAPHQL_BODY_BYTES + 1, max: 3 * MAX_GRAPHQL_BODY_BYTES });
    const bodies = fc.oneof(
      over.map((n) => JSON.stringify({ query: `${REGISTER}${' '.repeat(n)}` })),
      over.map((n) => JSON.stringify({ query: `# ${'x'.repeat(n)}\n${REGISTER}` })),
      over.map((n) => JSON.stringify({ query: REGISTER, variables: { padding: 'é'.repeat(n / 2) } })),
      over.map((n) => `{"query":"${'{'.repeat(n)}"}`),
    );
    await check(bodies.map((body) => () => post(body)), new Set(['PAYLOAD_TOO_LARGE']), Math.min(RUNS, 10));
  });

  it('refuses queries nested deeper than allowed, and nesting the parser would choke on', async () => {
    // Region.circles → Circle.region → Region... : a valid cycle, as deep as one likes.
    const cyclic = fc.integer({ min: 9, max: 400 }).map((depth) => {
      let selection = 'id';
      for (let i = 0; i < depth; i++) selection = i % 2 ? `region { ${selection} }` : `circles { ${selection} }`;
      return `{ regions { ${selection} } }`;
    });
    // Valid nesting that adds no field depth: inline fragments, and chains of fragment spreads.
    const fragments = fc.integer({ min: 65, max: 6_000 }).chain((n) => fc.constantFrom(
      `{ me { ${'... on Me { '.repeat(n)}actorId${' }'.repeat(n)} } }`,
      `{ me { ...F0 } } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Me { ...F${i + 1} }`).join(' ')} fragment F${n} on Me { actorId }`,
    )).filter((query) => Buffer.byteLength(JSON.stringify({ query })) <= MAX_GRAPHQL_BODY_BYTES);
    const brackets = fc.integer({ min: 1_000, max: 30_000 }).chain((n) => fc.constantFrom(
      `{ me(atLeast: ${'['.repeat(n)}${']'.repeat(n)}) { actorId } }`,
      `{ me(atLeast: ${'{a:'.repeat(n)}1${'}'.repeat(n)}) { actorId } }`,
      `${'{ '.repeat(n)}me${' }'.repeat(n)}`,
      `{ me { ${'... on Me { '.repeat(n)}actorId${' }'.repeat(n)} } }`,
    ));
    // Written out by hand: JSON.stringify itself would overflow on this nesting.
    const deepVariables = fc.integer({ min: 1_000, max: 20_000 }).map((n) => JSON.stringify({
      query: 'mutation ($input: RegisterRegionInput!) { registerRegion(input: $input) { aggregateId } }',
    }).replace(/}$/, `,"variables":{"input":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}}`));
    await check(fc.oneof(
      cyclic.map((query) => () => postQuery(query)),
      brackets.map((query) => () => postQuery(query)),
      fragments.map((query) => () => postQuery(query)),
      deepVariables.map((body) => () => post(body)),
    ), undefined, Math.min(RUNS, 15));
  });

  it('refuses huge numbers of aliases, repeated fields, fragments, directives and operations', async () => {
    // Counts past the complexity limit (1,000 points: 2 per `me { actorId }`, 3 per mutation with two fields).
    const n = fc.integer({ min: 1_001, max: 4_000 });
    const shapes = fc.oneof(
      fc.integer({ min: 501, max: 3_000 }).map((k) => `{ ${Array.from({ length: k }, (_, i) => `a${i}: me { actorId }`).join(' ')} }`),
      fc.integer({ min: 334, max: 800 }).map((k) => `mutation { ${Array.from({ length: k }, (_, i) => `m${i}: ${ADD(i)}`).join(' ')} }`),
      // The same field again and again: graphql-js compares every pair of them.
      fc.integer({ min: 2_000, max: 12_000 }).map((k) => `{ me { ${'actorId '.repeat(k)}} }`),
      n.map((k) => `{ me { actorId ${Array.from({ length: k }, (_, i) => `...F${i}`).join(' ')} } } ${Array.from({ length: k }, (_, i) => `fragment F${i} on Me { actorId }`).join(' ')}`),
      n.map((k) => `{ me { actorId ${'@include(if: true) '.repeat(k)}} }`),
      n.map((k) => Array.from({ length: k }, (_, i) => `query Q${i} { me { actorId } }`).join(' ')),
      n.map((k) => `{ me(${Array.from({ length: Math.min(k, 1000) }, (_, i) => `a${i}: 1`).join(', ')}) { actorId } }`),
      // A fragment bomb: each fragment spreads the one before twice, 2^levels fields in a few hundred bytes.
      fc.integer({ min: 12, max: 60 }).map((levels) => `{ me { ...F${levels} } } fragment F0 on Me { actorId } ${
        Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Me { ...F${i} ...F${i} }`).join(' ')}`),
      fc.constant('query A { me { actorId } } query A { me { actorId } }'),
      fc.constant('fragment F on Me { ...G } fragment G on Me { ...F } { me { ...F } }'),
    ).filter((query) => Buffer.byteLength(JSON.stringify({ query })) <= MAX_GRAPHQL_BODY_BYTES);
    await check(shapes.map((query) => () => postQuery(query)), undefined, Math.min(RUNS, 20));
  });

  it('refuses batches, and a batch of mutations writes none of them', async () => {
    const batches = fc.integer({ min: 2, max: 500 }).map((k) => JSON.stringify(
      Array.from({ length: k }, (_, i) => ({ query: `mutation { ${ADD(10_000 + i)} }` })),
    )).filter((body) => Buffer.byteLength(body) <= MAX_GRAPHQL_BODY_BYTES);
    await check(batches.map((body) => () => post(body)), undefined, Math.min(RUNS, 10));
  });

  it('still answers an ordinary request after all of it', async () => {
    const res = await t.query<{ me: { actorId: string } }>('{ me { actorId } }', undefined, beheerder);
    expect(res.errors).toBeUndefined();
    expect(res.data?.me.actorId).toBe(beheerder.actorId);
    expect(await t.stream('region-JZ36')).toHaveLength(1);
  });
});
