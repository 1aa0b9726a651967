import request from 'supertest';
import type { EventStore } from '@leerkring/event-store';
import { ROLES, type Principal } from '../command-side/command-context';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { headersOf, startGraphqlApp, type GraphqlTestApp, type MutationOutcome } from '../graphql/testing/graphql-test-app';
import { DevIssuer } from './dev-issuer';
import { MUTATION_POLICIES, mutationPolicy } from './operation-policy';
import { AccessStory } from './testing/access-story';

const inputTypeOf = (mutation: string) => `${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input`;

/**
 * DESIGN.md 5 as a matrix: every mutation of the schema as every role, and with tokens that are
 * missing, expired, of another issuer or tampered with. Allowed roles are accepted; the others get
 * FORBIDDEN or UNAUTHENTICATED, and the store is unchanged by the refusal.
 */
describe('the authorization matrix', () => {
  let t: GraphqlTestApp;
  let story: AccessStory;
  let schemaMutations: string[];
  /** The last input of each mutation: shaped right for the schema, for the token rows. */
  const lastInput = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    t = await startGraphqlApp({ now: SUMMER_2024 });
    story = new AccessStory(t);
    await story.setUp();
    const res = await t.query<{ __type: { fields: { name: string }[] } }>('{ __type(name: "Mutation") { fields { name } } }');
    schemaMutations = (res.data?.__type.fields ?? []).map((f) => f.name).sort();
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  const head = (store: EventStore) => store.headPosition();

  /** Sends the mutation and tells whether the store moved. */
  async function attempt(mutation: string, input: Record<string, unknown>, as: Principal): Promise<{ outcome: MutationOutcome; moved: boolean }> {
    const before = await head(t.store);
    const outcome = await t.mutate(mutation, { idempotencyKey: `matrix-${Math.random()}`, ...input }, as);
    return { outcome, moved: (await head(t.store)) !== before };
  }

  it('has a policy for every mutation of the schema, and none for a mutation the schema lacks', () => {
    expect(Object.keys(MUTATION_POLICIES).sort()).toEqual(schemaMutations);
  });

  it('accepts each mutation from exactly the roles its policy names, and refuses the rest with FORBIDDEN, changing nothing', async () => {
    const rows: string[] = [];
    for (const mutation of schemaMutations) {
      const policy = mutationPolicy(mutation);
      for (const role of ROLES) {
        const input = await story.inputFor(mutation, role);
        lastInput.set(mutation, input);
        const { outcome, moved } = await attempt(mutation, input, story.principalOf(role));
        const allowed = policy?.roles.includes(role) ?? false;
        const seen = outcome.ok ? 'accepted' : `${outcome.errors[0]?.extensions.code}:${String(outcome.errors[0]?.extensions['rule'])}`;
        rows.push(`${mutation} as ${role}: ${seen}${moved && !outcome.ok ? ' (store moved!)' : ''}`);
        const expected = allowed ? 'accepted' : 'FORBIDDEN:role-not-allowed';
        if (seen !== expected || (moved && !outcome.ok)) rows.push(`${mutation} as ${role}: ${seen}, expected ${expected}`);
      }
    }
    const wrong = rows.filter((row) => row.includes('expected') || row.includes('moved!'));
    expect(wrong).toEqual([]);
    expect(rows.length).toBe(schemaMutations.length * ROLES.length);
  });

  it('lets Flevoland\'s ambassador and ontwikkelaar change nothing of West-Brabant West', async () => {
    const failures: string[] = [];
    for (const mutation of schemaMutations) {
      const policy = mutationPolicy(mutation);
      // Endorse and adopt are a region's own act on another region's lesson (acting-region.ts).
      if (policy?.scope?.kind === 'acting-region') continue;
      for (const outsider of story.outsiders) {
        if (!policy?.roles.includes(outsider.role)) continue; // the role rows above cover these
        const { outcome, moved } = await attempt(mutation, await story.inputFor(mutation, outsider.role), outsider);
        const code = outcome.ok ? 'accepted' : outcome.errors[0]?.extensions.code;
        if (code !== 'FORBIDDEN' || moved) failures.push(`${mutation} as ${outsider.role} of JZ08: ${code}${moved ? ' (store moved)' : ''}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses every mutation without a token, with an expired one, one of another issuer and a tampered one', async () => {
    const issuer = await DevIssuer.forDataDir('memory://');
    const stranger = await DevIssuer.inMemory();
    const principal = story.principalOf('beheerder');
    const tokens: Array<[string, string | undefined]> = [
      ['token-missing', undefined],
      ['token-expired', (await issuer.mint(principal, { audience: 'leerkring', issuedAt: Math.floor(Date.now() / 1000) - 7200, expiresInSeconds: 3600 })).token],
      ['token-issuer', (await issuer.mint(principal, { audience: 'leerkring', issuer: 'https://login.elders.example/realm' })).token],
      ['token-signature', (await stranger.mint(principal, { audience: 'leerkring' })).token],
      ['token-audience', (await issuer.mint(principal, { audience: 'een-andere-app' })).token],
      ['token-signature', await tampered(principal)],
      ['token-malformed', 'niet-een-jwt'],
    ];
    const failures: string[] = [];
    const before = await head(t.store);
    for (const mutation of schemaMutations) {
      const input = lastInput.get(mutation) ?? await story.inputFor(mutation, 'beheerder');
      for (const [rule, token] of tokens) {
        const res = await request(t.app.getHttpServer()).post('/graphql')
          .set(token === undefined ? {} : { authorization: `Bearer ${token}` })
          .send({ query: `mutation M($input: ${inputTypeOf(mutation)}!) { ${mutation}(input: $input) { revision } }`, variables: { input: { idempotencyKey: 'x', ...input } } });
        const extensions = (res.body as { errors?: { extensions: Record<string, unknown> }[] }).errors?.[0]?.extensions;
        if (extensions?.['code'] !== 'UNAUTHENTICATED' || extensions['rule'] !== rule) failures.push(`${mutation} with ${rule}: ${JSON.stringify(extensions)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await head(t.store)).toBe(before);
  });

  /** A valid vng token whose role claim is rewritten to beheerder: the signature no longer fits. */
  async function tampered(principal: Principal): Promise<string> {
    const { authorization } = await headersOf({ ...principal, role: 'vng' });
    const [header, payload, signature] = (authorization ?? '').replace('Bearer ', '').split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, leerkring_role: 'beheerder' })).toString('base64url');
    return `${header}.${forged}.${signature}`;
  }
});
