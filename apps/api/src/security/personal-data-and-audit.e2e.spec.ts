import type { Principal } from '../command-side/command-context';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { beheerder, landelijkAmbassadeur, ontwikkelaar, regioAmbassadeur, vng } from '../command-side/testing/principals';
import { accepted, startGraphqlApp, type GraphqlTestApp } from '../graphql/testing/graphql-test-app';
import { AccessStory } from './testing/access-story';

interface PersonAnswer { id: string; name: string | null; email: string | null }

/** Who reads whose name and e-mail address (personal-data.ts), and who reads the audit trail. */
describe('personal data per role, and the audit trail', () => {
  let t: GraphqlTestApp;
  let story: AccessStory;
  let participantId: string;
  let position: string;

  beforeAll(async () => {
    t = await startGraphqlApp({ now: SUMMER_2024 });
    story = new AccessStory(t);
    await story.setUp();
    const answer = accepted(await t.mutate('addParticipant', {
      idempotencyKey: 'p-1', circleId: story.ids.circle, person: { name: 'Fatima el Amrani', email: 'fatima@zorg.example.nl' },
      sector: 'JEUGDHULP', organisation: 'Zorgaanbieder Roosendaal', role: 'lid',
    }, ontwikkelaar(story.ids.developer, 'JZ36')));
    participantId = answer.createdId ?? '';
    position = answer.position;
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  async function read(as: Principal) {
    const res = await t.query<{ region: { ambassadors: PersonAnswer[] }; circle: { participants: PersonAnswer[] } }>(
      `query ($circle: ID!) { region(id: "JZ36", atLeast: "${position}") { ambassadors { id name email } }
        circle(id: $circle) { participants { id name email } } }`,
      { circle: story.ids.circle }, as,
    );
    expect(res.errors).toBeUndefined();
    return {
      ambassador: res.data?.region.ambassadors.find((a) => a.id === story.ids.ambassador),
      participant: res.data?.circle.participants.find((p) => p.id === participantId),
    };
  }

  it('shows everything to the beheerder', async () => {
    expect(await read(beheerder)).toEqual({
      ambassador: { id: story.ids.ambassador, name: 'Anouk de Vries', email: null },
      participant: { id: participantId, name: 'Fatima el Amrani', email: 'fatima@zorg.example.nl' },
    });
  });

  it('shows a regio-ambassadeur only their own name, nobody else\'s', async () => {
    const own = await read(regioAmbassadeur(story.ids.ambassador, 'JZ36'));
    expect(own.ambassador?.name).toBe('Anouk de Vries');
    expect(own.participant).toMatchObject({ name: null, email: null });
    const other = await read(regioAmbassadeur(story.ids.flevolandAmbassador, 'JZ08'));
    expect(other.ambassador).toMatchObject({ name: null, email: null });
  });

  it('shows an ontwikkelaar the participants of circles in their own regions only', async () => {
    expect((await read(ontwikkelaar(story.ids.developer, 'JZ36'))).participant)
      .toMatchObject({ name: 'Fatima el Amrani', email: 'fatima@zorg.example.nl' });
    expect((await read(ontwikkelaar(story.ids.flevolandDeveloper, 'JZ08'))).participant).toMatchObject({ name: null, email: null });
  });

  it('shows national roles the staff\'s names, no e-mail addresses and no participants', async () => {
    for (const as of [vng, landelijkAmbassadeur(story.ids.national)]) {
      const seen = await read(as);
      expect(seen.ambassador).toMatchObject({ name: 'Anouk de Vries', email: null });
      expect(seen.participant).toMatchObject({ name: null, email: null });
    }
  });

  it('answers auditTrail to vng and beheerder from the events\' metadata, and refuses it to others', async () => {
    const query = `{ auditTrail(aggregateId: "${story.ids.circle}") { streamName revision eventType actorId actorRole commandType recordedAt } }`;
    const res = await t.query<{ auditTrail: Record<string, unknown>[] }>(query, undefined, vng);
    expect(res.errors).toBeUndefined();
    const trail = res.data?.auditTrail ?? [];
    expect(trail[0]).toMatchObject({
      streamName: `circle-${story.ids.circle}`, revision: 0, eventType: 'CircleStarted',
      actorId: story.ids.developer, actorRole: 'ontwikkelaar', commandType: 'StartCircle',
    });
    expect(trail.at(-1)).toMatchObject({ eventType: 'ParticipantAdded', actorRole: 'ontwikkelaar' });
    expect((await t.query(query, undefined, beheerder)).data).toEqual(res.data);
    for (const as of [regioAmbassadeur(story.ids.ambassador, 'JZ36'), ontwikkelaar(story.ids.developer, 'JZ36'), landelijkAmbassadeur(story.ids.national)]) {
      const refused = await t.query(query, undefined, as);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'role-not-allowed' });
    }
  });

  it('finds a region\'s trail by its code, and names the field of a malformed id', async () => {
    const region = await t.query<{ auditTrail: { eventType: string }[] }>('{ auditTrail(aggregateId: "JZ36") { eventType } }', undefined, vng);
    expect(region.data?.auditTrail[0]?.eventType).toBe('RegionRegistered');
    const bad = await t.query('{ auditTrail(aggregateId: "../etc") { eventType } }', undefined, vng);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'aggregateId' });
  });
});
