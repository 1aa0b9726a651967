import request from 'supertest';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { ANONYMOUS, startGraphqlApp, type GraphqlTestApp } from '../graphql/testing/graphql-test-app';
import { connectSources } from './request-hardening';
import { AccessStory } from './testing/access-story';

/** The development sign-in a person uses (web app, `npm run token`), and the request-level defences. */
describe('sign-in with the development issuer, and the hardening of every request', () => {
  let t: GraphqlTestApp;
  let story: AccessStory;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    process.env.RATE_LIMIT_PER_MINUTE = '40';
    t = await startGraphqlApp({ now: SUMMER_2024 });
    story = new AccessStory(t);
    await story.setUp();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    delete process.env.RATE_LIMIT_PER_MINUTE;
  });

  it('tells the web app how to sign in, without a token', async () => {
    const res = await http().get('/auth/config');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ mode: 'development', audience: 'leerkring', roles: expect.arrayContaining(['vng']) });
    expect((await http().get('/auth/dev/regions')).body).toEqual(expect.arrayContaining([{ id: 'JZ36', name: 'West-Brabant West' }]));
    expect((await http().get('/auth/dev/jwks.json')).body.keys[0]).toMatchObject({ kty: 'EC', alg: 'ES256', kid: expect.any(String) });
    expect((await http().get('/auth/dev/jwks.json')).body.keys[0]).not.toHaveProperty('d');
  });

  it('signs a regio-ambassadeur in as the region\'s own ambassador, whose token then logs their week', async () => {
    const res = await http().post('/auth/dev/token').send({ role: 'regio-ambassadeur', regionId: 'JZ36' });
    expect(res.status).toBe(200);
    expect(res.body.principal).toEqual({
      actorId: story.ids.ambassador, role: 'regio-ambassadeur', regionIds: ['JZ36'], displayName: 'Anouk de Vries',
    });
    const me = await http().post('/graphql').set('authorization', `Bearer ${res.body.token}`).send({ query: '{ me { actorId role regionIds } }' });
    expect(me.body.data.me).toEqual({ actorId: story.ids.ambassador, role: 'REGIO_AMBASSADEUR', regionIds: ['JZ36'] });
  });

  it('signs an ontwikkelaar in with all assigned regions, the chosen one first, and office roles without a region', async () => {
    const dev = await http().post('/auth/dev/token').send({ role: 'ontwikkelaar', regionId: 'JZ36' });
    expect(dev.body.principal).toMatchObject({ actorId: story.ids.developer, regionIds: ['JZ36'] });
    const national = await http().post('/auth/dev/token').send({ role: 'landelijk-ambassadeur' });
    expect(national.body.principal).toMatchObject({ actorId: story.ids.national, regionIds: [] });
    const office = await http().post('/auth/dev/token').send({ role: 'vng' });
    expect(office.body.principal).toMatchObject({ role: 'vng', regionIds: [] });
  });

  it('refuses a sign-in request naming the field and the rule', async () => {
    const role = await http().post('/auth/dev/token').send({ role: 'wethouder' });
    expect(role.status).toBe(400);
    expect(role.body).toMatchObject({ field: 'role', rule: 'role-unknown', message: expect.stringContaining('Kies een rol') });
    const region = await http().post('/auth/dev/token').send({ role: 'ontwikkelaar', regionId: 'JZ99' });
    expect(region.body).toMatchObject({ field: 'regionId', rule: 'region-unknown' });
  });

  it('answers /health without a token but no GraphQL operation', async () => {
    expect((await http().get('/health')).status).toBe(200);
    const res = await t.query('{ regions { id } }', undefined, ANONYMOUS);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', rule: 'token-missing' });
  });

  it('sets security headers', async () => {
    const res = await http().get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses a cross-site form post to /graphql (CSRF), whatever token it might carry', async () => {
    const res = await http().post('/graphql').set('content-type', 'text/plain').send('{"query":"{ me { actorId } }"}');
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF|preflight/i);
  });

  it('limits the requests per token and tells the client when to retry', async () => {
    const token = (await http().post('/auth/dev/token').send({ role: 'vng' })).body.token as string;
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) {
      statuses.push((await http().post('/graphql').set('authorization', `Bearer ${token}`).send({ query: '{ me { actorId } }' })).status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    const limited = await http().post('/graphql').set('authorization', `Bearer ${token}`).send({ query: '{ me { actorId } }' });
    expect(limited.status).toBe(429);
    expect(limited.body.errors[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED', retryable: true } });
    // Another person's token has its own budget.
    const other = (await http().post('/auth/dev/token').send({ role: 'beheerder' })).body.token as string;
    expect((await http().post('/graphql').set('authorization', `Bearer ${other}`).send({ query: '{ me { actorId } }' })).status).toBe(200);
  });
});

describe('the content security policy in production', () => {
  it('lets the web app reach the OpenID provider, and nothing else but its own origin', () => {
    expect(connectSources({ OIDC_ISSUER: 'https://login.example.nl/realms/leerkring', OIDC_JWKS_URI: undefined }))
      .toEqual(["'self'", 'https://login.example.nl']);
    expect(connectSources({ OIDC_ISSUER: undefined, OIDC_JWKS_URI: undefined })).toEqual(["'self'"]);
  });
});
