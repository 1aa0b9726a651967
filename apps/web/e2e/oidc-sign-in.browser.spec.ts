import type { Browser, Page } from 'playwright-core';
import { ReadModels } from '../../api/src/graphql/read-models';
import {
  startTestOidcAuthorizationServer, type TestOidcAuthorizationServer,
} from '../../api/src/security/testing/test-oidc-authorization-server';
import { describeInBrowser, launchChromium, newPersonPage, pageProblems, seriousA11yViolations } from './support/browser';
import { startWebTestServer, type WebTestServer } from './support/web-test-server';

/** Zeeland's regio-ambassadeur signs in at the organisation's (test) identity provider. */
const REGION = 'JZ38';
const OIDC_ENV = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_AUDIENCE'] as const;

const payloadOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
/** What the app keeps in the tab's sessionStorage (the root tsconfig has no DOM types: page code as text). */
const stored = (page: Page, key: string) => page.evaluate(`sessionStorage.getItem(${JSON.stringify(key)})`) as Promise<string | null>;
const storedSession = (page: Page) => stored(page, 'leerkring.sessie');

describeInBrowser('web app: Aanmelden through an OpenID Connect provider (code flow with PKCE, real API and provider)', () => {
  let provider: TestOidcAuthorizationServer;
  let server: WebTestServer;
  let browser: Browser;
  const saved = Object.fromEntries(OIDC_ENV.map((name) => [name, process.env[name]]));

  beforeAll(async () => {
    provider = await startTestOidcAuthorizationServer({ clientId: 'leerkring-web', audience: 'leerkring' });
    // Read when the API's module is built: the API trusts this provider, and has no development issuer.
    Object.assign(process.env, provider.env);
    server = await startWebTestServer();
    provider.registerRedirectUri(`${server.url}/aanmelden/terug`);
    const [ambassador] = (await server.app.get(ReadModels).people.ambassadorsByRegion([REGION]))[0] ?? [];
    if (!ambassador) throw new Error(`the demo has no ambassador in ${REGION}`);
    // As docs/security.md asks: the provider's `sub` is the person's Leerkring id.
    provider.signInAs({ principal: { actorId: ambassador.id, role: 'regio-ambassadeur', regionIds: [REGION] }, displayName: ambassador.name ?? undefined });
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await provider?.close();
    for (const name of OIDC_ENV) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('the API is in OIDC mode: /auth/config names the provider and client, the dev endpoints are absent', async () => {
    const config = await (await fetch(`${server.url}/auth/config`)).json() as Record<string, unknown>;
    expect(config).toMatchObject({ mode: 'oidc', issuer: provider.issuer, clientId: 'leerkring-web', audience: 'leerkring' });
    expect((await fetch(`${server.url}/auth/dev/regions`)).status).toBe(404);
    expect((await fetch(`${server.url}/auth/dev/jwks.json`)).status).toBe(404);
    const devToken = await fetch(`${server.url}/auth/dev/token`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'beheerder' }),
    });
    expect(devToken.status).toBe(404);
  });

  it('signs in at the provider and back to where the person was going: the role shows, Lessen and Mijn week load with the provider\'s token', async () => {
    const { context, page } = await newPersonPage(browser, server.url);
    try {
      const bearers: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/graphql') bearers.push(request.headers()['authorization'] ?? '');
      });
      const failed: string[] = [];
      page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
      // Lessen, not the role's home (Mijn week): the way back must survive the trip to the provider.
      await page.goto('/lessen');
      await page.waitForURL(/\/aanmelden\?verder=%2Flessen/);
      const start = page.getByRole('button', { name: 'Aanmelden via uw organisatie' });
      await start.waitFor();
      expect(await page.getByRole('radio').count()).toBe(0);
      expect(await seriousA11yViolations(page)).toEqual([]);

      await start.click();
      // At the provider's own origin, with a PKCE S256 challenge and a state.
      await page.waitForURL((url) => url.origin === provider.issuer && url.pathname === '/authorize');
      const asked = new URL(page.url()).searchParams;
      expect(asked.get('response_type')).toBe('code');
      expect(asked.get('client_id')).toBe('leerkring-web');
      expect(asked.get('redirect_uri')).toBe(`${server.url}/aanmelden/terug`);
      expect(asked.get('code_challenge_method')).toBe('S256');
      expect(asked.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(asked.get('state')?.length).toBeGreaterThanOrEqual(32);
      await page.getByRole('button', { name: 'Inloggen' }).click();

      // Back where the visitor was going, signed in as the provider said; Lessen reads through GraphQL.
      await page.waitForURL(`${server.url}/lessen`);
      await expect(page.locator('.lk-who__role').textContent()).resolves.toContain(`Regio-ambassadeur · ${REGION}`);
      await page.getByRole('heading', { level: 1, name: 'Lessen' }).waitFor();
      await page.locator('ul.lk-results li').first().waitFor();
      await expect(page.locator('#lk-results-title').textContent()).resolves.toMatch(/lessen (gevonden|getoond)/);
      expect(provider.issuedTokens).toBe(1);

      // The person's own task: the API knows them by the provider's `sub`.
      await page.getByRole('link', { name: 'Mijn week' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn week' }).waitFor();
      await page.getByRole('heading', { level: 2, name: /^Week \d+ vastleggen$/ }).waitFor();

      // Every GraphQL call carried the provider's access token, none a development token.
      expect(bearers.length).toBeGreaterThan(0);
      const tokens = new Set(bearers);
      expect(tokens.size).toBe(1);
      const claims = payloadOf([...tokens][0]?.replace(/^Bearer /, '') ?? '');
      expect(claims).toMatchObject({ iss: provider.issuer, aud: 'leerkring', leerkring_role: 'regio-ambassadeur', leerkring_regions: [REGION] });
      expect(await stored(page, 'leerkring.oidc')).toBeNull();
      expect(failed).toEqual([]);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses an answer whose state was tampered with: a Dutch error, no code redeemed, no session', async () => {
    const { context, page } = await newPersonPage(browser, server.url);
    try {
      const issued = provider.issuedTokens;
      let tokenCalls = 0;
      page.on('request', (request) => { if (request.url() === `${provider.issuer}/token`) tokenCalls += 1; });
      await page.goto('/aanmelden');
      await page.getByRole('button', { name: 'Aanmelden via uw organisatie' }).click();
      await page.waitForURL((url) => url.origin === provider.issuer);
      // Someone swaps the state on the way (a forged or replayed answer).
      await page.evaluate(`document.querySelector('input[name="state"]').value = 'vervalst-door-een-aanvaller'`);
      await page.getByRole('button', { name: 'Inloggen' }).click();

      await page.getByText('Aanmelden is niet gelukt: het antwoord van de identiteitsdienst hoort niet bij deze aanmelding. Probeer het opnieuw.').waitFor();
      expect(new URL(page.url()).pathname).toBe('/aanmelden');
      expect(new URL(page.url()).search).toBe('');
      expect(tokenCalls).toBe(0);
      expect(provider.issuedTokens).toBe(issued);
      expect(await storedSession(page)).toBeNull();
      expect(await page.getByRole('button', { name: 'Afmelden' }).count()).toBe(0);
      // And the person can try again from here.
      await page.getByRole('button', { name: 'Aanmelden via uw organisatie' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('refuses a wrong PKCE verifier at the provider: a Dutch error, no session', async () => {
    const { context, page } = await newPersonPage(browser, server.url);
    try {
      const issued = provider.issuedTokens;
      // Someone who took the code but not this browser's verifier trades it in.
      await page.route(`${provider.issuer}/token`, (route) => {
        const body = new URLSearchParams(route.request().postData() ?? '');
        body.set('code_verifier', 'a'.repeat(43));
        return route.continue({ postData: body.toString() });
      });
      await page.goto('/aanmelden');
      await page.getByRole('button', { name: 'Aanmelden via uw organisatie' }).click();
      await page.waitForURL((url) => url.origin === provider.issuer);
      await page.getByRole('button', { name: 'Inloggen' }).click();

      await page.getByText('Aanmelden is niet gelukt: de identiteitsdienst gaf geen toegangstoken af. Probeer het opnieuw.').waitFor();
      expect(provider.refusals.at(-1)).toBe('invalid_grant: PKCE verification failed');
      expect(provider.issuedTokens).toBe(issued);
      expect(new URL(page.url()).pathname).toBe('/aanmelden');
      expect(await storedSession(page)).toBeNull();
      expect(await page.getByRole('button', { name: 'Afmelden' }).count()).toBe(0);
      // A page of the app still sends the person to sign in.
      await page.goto('/lessen');
      await page.waitForURL(/\/aanmelden\?verder=%2Flessen/);
    } finally {
      await context.close();
    }
  });
});
