import request from 'supertest';
import { ANONYMOUS, accepted, startGraphqlApp, type GraphqlTestApp, type MutationAnswer } from '../graphql/testing/graphql-test-app';

const MORNING = new Date('2024-07-03T07:00:00Z');

const LIVE = '{ nationalOverview { asOf asOfDate live totals { regions } regions { regionId name } } }';

interface Overview {
  readonly asOf: string;
  readonly asOfDate: string;
  readonly live: boolean;
  readonly totals: { readonly regions: number };
  readonly regions: ReadonlyArray<{ readonly regionId: string; readonly name: string }>;
}

/**
 * The live overview answered from the kept answer of the same operation while the overview's
 * version (its projector's checkpoint and the day) is unchanged (live-overview-answers.plugin.ts),
 * over real HTTP on the embedded store. Which path answered is read from `GET /metrics`.
 */
describe('live national overview: kept answers', () => {
  let t: GraphqlTestApp;
  let last: MutationAnswer;

  async function register(regionId: string, name: string): Promise<void> {
    last = accepted(await t.mutate('registerRegion', {
      idempotencyKey: `kept-${regionId}`, regionId, slug: name.toLowerCase(), name, province: 'Flevoland',
    }));
  }

  /** Waits (atLeast, an ordinary read that nothing keeps) until the overview has applied the last write. */
  async function overviewCaughtUp(): Promise<void> {
    const res = await t.query(`{ nationalOverview(atLeast: "${last.position}") { totals { regions } } }`);
    expect(res.extensions).toMatchObject({ freshness: { reached: true } });
  }

  async function answers(): Promise<{ kept: number; computed: number }> {
    const res = await request(t.app.getHttpServer()).get('/metrics').expect(200);
    const count = (source: string) =>
      Number(new RegExp(`^leerkring_live_overview_answers_total\\{source="${source}"\\} (\\d+)`, 'm').exec(res.text)?.[1] ?? 0);
    return { kept: count('kept'), computed: count('computed') };
  }

  async function live(document = LIVE, variables?: Record<string, unknown>): Promise<Overview> {
    const res = await t.query<{ nationalOverview: Overview }>(document, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.nationalOverview;
  }

  beforeAll(async () => {
    t = await startGraphqlApp({ now: MORNING });
    await register('JZ36', 'Walcheren');
    await overviewCaughtUp();
  });
  afterAll(async () => { await t?.close(); });

  it('answers the same operation again from the kept answer, with the moment of the request', async () => {
    const before = await answers();
    const first = await live();
    t.clock.current = new Date('2024-07-03T07:05:00Z');
    const second = await live();

    expect(await answers()).toEqual({ kept: before.kept + 1, computed: before.computed + 1 });
    expect(first).toMatchObject({ asOf: MORNING.toISOString(), live: true, totals: { regions: 1 } });
    expect(second).toEqual({ ...first, asOf: '2024-07-03T07:05:00.000Z' });
  });

  it('computes anew once the overview has applied a new event', async () => {
    await live();
    await register('JZ08', 'Flevoland');
    await overviewCaughtUp();
    const before = await answers();

    const after = await live();

    expect(await answers()).toEqual({ kept: before.kept, computed: before.computed + 1 });
    expect(after.totals.regions).toBe(2);
    expect(after.regions.map((r) => r.name)).toEqual(['Flevoland', 'Walcheren']);
  });

  it('computes anew on a new day: the last 90 days and the quarter move with it', async () => {
    await live();
    t.clock.current = new Date('2024-07-04T07:00:00Z');
    const before = await answers();

    const nextDay = await live();

    expect(await answers()).toEqual({ kept: before.kept, computed: before.computed + 1 });
    expect(nextDay).toMatchObject({ asOfDate: '2024-07-04', asOf: '2024-07-04T07:00:00.000Z' });
  });

  it('keeps each selection apart and gives asOf under its alias, also through fragments and null variables', async () => {
    const aliased = `query Dashboard($asOf: String, $atLeast: String) {
      overview: nationalOverview(asOf: $asOf, atLeast: $atLeast) { ...moment totals { regions } }
    }
    fragment moment on NationalOverview { moment: asOf }`;
    const res = await t.query<{ overview: { moment: string; totals: { regions: number } } }>(aliased, { asOf: null, atLeast: null });
    t.clock.current = new Date('2024-07-04T08:00:00Z');
    const before = await answers();
    const again = await t.query<{ overview: { moment: string; totals: { regions: number } } }>(aliased, { asOf: null, atLeast: null });

    expect(await answers()).toEqual({ kept: before.kept + 1, computed: before.computed });
    expect(res.data).toEqual({ overview: { moment: '2024-07-04T07:00:00.000Z', totals: { regions: 2 } } });
    expect(again.data).toEqual({ overview: { moment: '2024-07-04T08:00:00.000Z', totals: { regions: 2 } } });
    // The other selection's kept answer is untouched.
    expect(Object.keys(await live())).toEqual(['asOf', 'asOfDate', 'live', 'totals', 'regions']);
  });

  it('leaves a document that does not say which operation it means to the ordinary refusal (BAD_REQUEST, not a 500)', async () => {
    const res = await t.query('query A { nationalOverview { asOf } } query B { nationalOverview { asOf } }');

    expect(res.status).toBeLessThan(500);
    expect(res.errors?.map((e) => e.extensions.code)).toEqual(['BAD_REQUEST']);
    expect(res.data ?? null).toBeNull();
  });

  it('still refuses a request without a token, after the answer was kept', async () => {
    await live();
    const before = await answers();

    const res = await t.query(LIVE, undefined, ANONYMOUS);

    expect(res.data ?? null).toBeNull();
    expect(res.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(await answers()).toEqual(before);
  });

  it('leaves a past date and a request with atLeast to the ordinary path', async () => {
    const before = await answers();

    const past = await live('query($asOf: String) { nationalOverview(asOf: $asOf) { asOfDate live } }', { asOf: '2024-07-01' });
    await overviewCaughtUp();

    expect(past).toEqual({ asOfDate: '2024-07-01', live: false });
    expect(await answers()).toEqual(before);
  });
});
