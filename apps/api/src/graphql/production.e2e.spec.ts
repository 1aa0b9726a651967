import request from 'supertest';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { vng } from '../command-side/testing/principals';
import { startTestOidcProvider, type TestOidcProvider } from '../security/testing/test-oidc-provider';
import { ANONYMOUS, headersOf, startGraphqlApp, type GraphqlTestApp } from './testing/graphql-test-app';

describe('the GraphQL API with NODE_ENV=production', () => {
  let t: GraphqlTestApp;
  let provider: TestOidcProvider;
  const previous = process.env.NODE_ENV;

  beforeAll(async () => {
    provider = await startTestOidcProvider();
    Object.assign(process.env, provider.env);
    process.env.NODE_ENV = 'production';
    process.env.LEERKRING_MASTER_KEY = 'q7mW6VvYb0yqkq4l5m3Q0jv6m7rX3bqg1m9Y2m2aZ0A=';
    t = await startGraphqlApp({ now: SUMMER_2024, signIn: provider.headersOf });
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
    for (const name of Object.keys(provider?.env ?? {})) delete process.env[name];
    process.env.NODE_ENV = previous;
    delete process.env.LEERKRING_MASTER_KEY;
  });

  it('refuses a request without token with UNAUTHENTICATED, and without a stack trace', async () => {
    const res = await t.query('{ me { actorId } }', undefined, ANONYMOUS);
    expect(res.errors).toEqual([expect.objectContaining({
      extensions: { code: 'UNAUTHENTICATED', rule: 'token-missing' },
    })]);
    const mutation = await t.mutate('closeReportingPeriod', { idempotencyKey: 'q1', reportingPeriodId: '2024-Q1' }, ANONYMOUS);
    expect(mutation).toMatchObject({ ok: false, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('refuses a token of the development issuer: production trusts only the configured provider', async () => {
    const res = await t.query('{ me { actorId } }', undefined, undefined);
    expect(res.data?.me).toBeDefined();
    const dev = await request(t.app.getHttpServer()).post('/graphql')
      .set(await headersOf(vng)).send({ query: '{ me { actorId } }' });
    // Signed by another key under the same key id: the signature is what fails first.
    expect(dev.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', rule: 'token-signature' });
  });

  it('sends a content security policy that lets the web app reach only itself and the provider', async () => {
    const csp = (await request(t.app.getHttpServer()).get('/health')).headers['content-security-policy'] as string;
    expect(csp).toContain(`connect-src 'self' ${provider.issuer}`);
    expect(csp).toContain("default-src 'self'");
  });

  it('has no development sign-in endpoints', async () => {
    expect((await request(t.app.getHttpServer()).post('/auth/dev/token').send({ role: 'beheerder' })).status).toBe(404);
    expect((await request(t.app.getHttpServer()).get('/auth/config')).body).toMatchObject({ mode: 'oidc', issuer: provider.issuer });
  });

  it('takes the principal from the provider\'s token', async () => {
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
