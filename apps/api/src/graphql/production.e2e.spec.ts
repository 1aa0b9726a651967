import request from 'supertest';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { vng } from '../command-side/testing/principals';
import { startGraphqlApp, type GraphqlTestApp } from './testing/graphql-test-app';

describe('the GraphQL API with NODE_ENV=production', () => {
  let t: GraphqlTestApp;
  const previous = process.env.NODE_ENV;

  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    t = await startGraphqlApp({ now: SUMMER_2024 });
  });
  afterAll(async () => {
    await t?.close();
    process.env.NODE_ENV = previous;
  });

  it('refuses a request without principal with UNAUTHENTICATED, and without a stack trace', async () => {
    const res = await t.query('{ me { actorId } }');
    expect(res.errors).toEqual([expect.objectContaining({
      extensions: { code: 'UNAUTHENTICATED', rule: 'principal-missing' },
    })]);
    const mutation = await t.mutate('closeReportingPeriod', { idempotencyKey: 'q1', reportingPeriodId: '2024-Q1' });
    expect(mutation).toMatchObject({ ok: false, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('takes the principal from the headers', async () => {
    const res = await t.query<{ me: unknown }>('{ me { actorId role regionIds } }', undefined, vng);
    expect(res.data?.me).toEqual({ actorId: 'vng-1', role: 'VNG', regionIds: [] });
    const closed = await t.mutate('closeReportingPeriod', { idempotencyKey: 'q1', reportingPeriodId: '2024-Q1' }, vng);
    expect(closed).toMatchObject({ ok: true, payload: { aggregateId: '2024-Q1', revision: 0, eventCount: 1 } });
  });

  it('answers a refusal without a stack trace', async () => {
    const again = await t.mutate('closeReportingPeriod', { idempotencyKey: 'q1-again', reportingPeriodId: '2024-Q1' }, vng);
    expect(again).toMatchObject({ ok: false, errors: [{ extensions: { code: 'DOMAIN_RULE' } }] });
    if (!again.ok) expect(again.errors[0]?.extensions).not.toHaveProperty('stacktrace');
  });

  it('refuses introspection', async () => {
    const res = await t.query('{ __schema { queryType { name } } }', undefined, vng);
    expect(res.errors?.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('serves no landing page', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(res.text).not.toContain('embeddable-sandbox');
    expect(res.status).not.toBe(200);
  });
});
