import { randomUUID } from 'node:crypto';
import type { ConfiguredEventStore, EventStoreAdapter } from '@leerkring/event-store';
import type { ProjectionEngine } from '@leerkring/projections';
import { SUMMER_2024 } from '../../command-side/testing/fixtures';
import { beheerder, ontwikkelaar, regioAmbassadeur } from '../../command-side/testing/principals';
import { CONFIGURED_EVENT_STORE } from '../../event-store/event-store.module';
import {
  accepted, refusal, type GraphqlTestApp, type MutationAnswer,
} from '../../graphql/testing/graphql-test-app';
import { PROJECTION_ENGINE } from '../../projections/projections.module';
import { PersonalDataStore } from '../personal-data-store';
import { scanEvents, scanTables } from './plaintext-scan';

export const FORGET_PERSON_NOW = SUMMER_2024;

/** Three people to forget, with names and addresses found nowhere else, and one who stays. */
const people = {
  ambassador: { name: 'Wilhelmina Zonnebloem', email: 'wilhelmina.zonnebloem@voorbeeld.nl', surname: 'Zonnebloem' },
  developer: { name: 'Theodorus Achterberg', email: 't.achterberg@voorbeeld.nl', surname: 'Achterberg' },
  participant: { name: 'Gerritdina Oosterwijk', email: 'g.oosterwijk@voorbeeld.nl', surname: 'Oosterwijk' },
};
const stays = { name: 'Bram Jansen', email: 'bram.jansen@voorbeeld.nl' };
const needles = Object.values(people).flatMap(({ name, email, surname }) => [name, email, surname]);

interface Person {
  readonly name: string | null;
  readonly email: string | null;
}

/**
 * The forget-person story over GraphQL (DESIGN.md 5): a beheerder appoints an ambassador and a
 * developer, the developer adds participants, the beheerder forgets three of them. Then no table
 * of any schema and no stored event holds their names or addresses, every answer says
 * `verwijderd`, and a rebuild of every read model keeps it so. `start` gives the app on the
 * storage under test (`adapter`: embedded, or PostgreSQL).
 */
export function forgetPersonStory(adapter: EventStoreAdapter, start: () => Promise<GraphqlTestApp>): void {
  let t: GraphqlTestApp;
  let configured: ConfiguredEventStore;
  let engine: ProjectionEngine;
  const ids = { ambassador: '', developer: '', participant: '', stays: '', circle: '' };
  let last = '';

  const send = async (mutation: string, input: Record<string, unknown>, as = beheerder): Promise<MutationAnswer> => {
    const answer = accepted(await t.mutate(mutation, { idempotencyKey: randomUUID(), ...input }, as));
    last = answer.position > last ? answer.position : last;
    return answer;
  };

  /** Everything the API answers about the four people, once every projector has applied `last`. */
  async function answers() {
    expect(await engine.waitForPosition(last, 15_000)).toBe(true);
    const res = await t.query<{
      region: { ambassadors: Array<Person & { id: string }>; developers: Array<Person & { id: string }> };
      circle: { developer: Person; participants: Array<Person & { id: string }> };
    }>(
      `query People($circle: ID!, $atLeast: String) {
        region(id: "JZ36", atLeast: $atLeast) { ambassadors { id name email } developers { id name email } }
        circle(id: $circle) { developer { name email } participants(includeRemoved: true) { id name email } }
      }`,
      { circle: ids.circle, atLeast: last },
      beheerder,
    );
    expect(res.errors).toBeUndefined();
    const me = await t.query<{ me: { name: string | null } }>('{ me { name } }', undefined, regioAmbassadeur(ids.ambassador, 'JZ36'));
    const byId = (list: Array<Person & { id: string }>, id: string) => {
      const found = list.find((p) => p.id === id);
      return found && { name: found.name, email: found.email };
    };
    return {
      ambassador: byId(res.data!.region.ambassadors, ids.ambassador),
      developer: byId(res.data!.region.developers, ids.developer),
      circleDeveloper: res.data!.circle.developer,
      participant: byId(res.data!.circle.participants, ids.participant),
      stays: byId(res.data!.circle.participants, ids.stays),
      me: me.data?.me.name,
    };
  }

  const forgotten = { name: 'verwijderd', email: null };
  const allForgotten = {
    ambassador: forgotten, developer: forgotten, circleDeveloper: forgotten, participant: forgotten,
    stays, me: 'verwijderd',
  };

  beforeAll(async () => {
    t = await start();
    configured = t.app.get<ConfiguredEventStore>(CONFIGURED_EVENT_STORE);
    engine = t.app.get<ProjectionEngine>(PROJECTION_ENGINE);
    await send('registerRegion', { regionId: 'JZ36', slug: 'west-brabant-west', name: 'West-Brabant West', province: 'Noord-Brabant' });
    ids.ambassador = (await send('appointAmbassador', {
      person: { name: people.ambassador.name, email: people.ambassador.email }, scope: 'REGIONAL', regionId: 'JZ36',
      background: 'GEMEENTE', appointedOn: '2024-01-08',
    })).aggregateId;
    ids.developer = (await send('appointDeveloper', {
      person: { name: people.developer.name, email: people.developer.email }, appointedOn: '2024-01-08',
    })).aggregateId;
    await send('assignDeveloperToRegion', { developerId: ids.developer, regionId: 'JZ36' });
    const asDeveloper = ontwikkelaar(ids.developer, 'JZ36');
    ids.circle = (await send('startCircle', {
      regionId: 'JZ36', developerId: ids.developer, title: 'Systeemaanpak wachttijden', themes: ['WACHTTIJDEN'],
      startedOn: '2024-03-01',
    }, asDeveloper)).aggregateId;
    for (const [key, person] of [['participant', people.participant], ['stays', stays]] as const) {
      ids[key] = (await send('addParticipant', {
        circleId: ids.circle, person: { name: person.name, email: person.email }, sector: 'JEUGDHULP',
        organisation: 'Zorgaanbieder Roosendaal', role: 'initiatiefgroep',
      }, asDeveloper)).createdId ?? '';
    }
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('stores no personal data in the clear, while the read models show it', async () => {
    expect(await answers()).toEqual({
      ambassador: { name: people.ambassador.name, email: people.ambassador.email },
      developer: { name: people.developer.name, email: people.developer.email },
      circleDeveloper: { name: people.developer.name, email: people.developer.email },
      participant: { name: people.participant.name, email: people.participant.email },
      stays, me: people.ambassador.name,
    });
    expect(configured.adapter).toBe(adapter);
    expect(configured.store).toBeInstanceOf(PersonalDataStore);
    const events = await scanEvents((configured.store as PersonalDataStore).raw, needles);
    expect(events.events).toBeGreaterThanOrEqual(7);
    expect(events.findings).toEqual([]);
    const tables = await scanTables(configured.readSql, needles);
    // The scan finds what is there: the read models hold the names, the event table does not.
    expect(tables.findings).toEqual(expect.arrayContaining([
      `rm_people.ambassadors.name holds "${people.ambassador.name}"`,
      `rm_people.developers.email holds "${people.developer.email}"`,
      `rm_circles.participants.name holds "${people.participant.name}"`,
    ]));
    expect(tables.findings.filter((finding) => !/^rm_(people|circles)\./.test(finding))).toEqual([]);
  });

  it('lets only a beheerder forget a person, and only a known one', async () => {
    const asDeveloper = ontwikkelaar(ids.developer, 'JZ36');
    const forbidden = refusal(await t.mutate('forgetPerson', { idempotencyKey: randomUUID(), personId: ids.participant }, asDeveloper));
    expect(forbidden.extensions.code).toBe('FORBIDDEN');
    const unknown = refusal(await t.mutate('forgetPerson', { idempotencyKey: randomUUID(), personId: randomUUID() }, beheerder));
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'person-not-found' });
    expect((await answers()).participant).toEqual({ name: people.participant.name, email: people.participant.email });
  });

  it('forgets them: nothing readable remains in any table or event, and every answer says verwijderd', async () => {
    for (const key of ['ambassador', 'developer', 'participant'] as const) {
      const idempotencyKey = `forget-${key}`;
      const first = accepted(await t.mutate('forgetPerson', { idempotencyKey, personId: ids[key] }, beheerder));
      expect(first).toMatchObject({ aggregateId: ids[key], revision: 0, eventCount: 1 });
      // Sent again, the command is answered as the first time; forgetting again changes nothing.
      expect(accepted(await t.mutate('forgetPerson', { idempotencyKey, personId: ids[key] }, beheerder))).toEqual(first);
      const again = accepted(await t.mutate('forgetPerson', { idempotencyKey: `${idempotencyKey}-again`, personId: ids[key] }, beheerder));
      expect(again).toMatchObject({ revision: 0, eventCount: 0 });
      last = first.position > last ? first.position : last;
    }
    expect(await answers()).toEqual(allForgotten);
    await expectNoPlaintext();
    // The store itself reads them as forgotten: no event of the log says more.
    const stored = await configured.store.readAll({ maxCount: 1000 });
    const person = (type: string, field: string, id: string) =>
      (stored.find((e) => e.type === type && (e.data as Record<string, unknown>)[field] === id)?.data as { person: unknown }).person;
    expect(person('AmbassadorAppointed', 'ambassadorId', ids.ambassador)).toEqual({ name: 'verwijderd' });
    expect(person('ParticipantAdded', 'participantId', ids.participant)).toEqual({ name: 'verwijderd' });
  });

  it('goes on deciding with forgotten people, and stores nothing new under their ids', async () => {
    const asDeveloper = ontwikkelaar(ids.developer, 'JZ36');
    await send('addParticipant', {
      circleId: ids.circle, person: { name: 'Ilse Verbeek' }, sector: 'ONDERWIJS', organisation: 'Samenwerkingsverband PO',
      role: 'initiatiefgroep',
    }, asDeveloper);
    await send('removeParticipant', { circleId: ids.circle, participantId: ids.participant, reason: 'Vertrokken' }, asDeveloper);
    const reused = refusal(await t.mutate('appointDeveloper', {
      idempotencyKey: randomUUID(), developerId: ids.participant, person: { name: people.participant.name }, appointedOn: '2024-07-01',
    }, beheerder));
    expect(reused.extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'person-forgotten' });
    expect(await answers()).toEqual(allForgotten);
    await expectNoPlaintext();
  });

  it('keeps them forgotten when every read model is rebuilt from the events', async () => {
    const readModelTables = () => configured.readSql.query<{ name: string; oid: number }>(
      `SELECT n.nspname || '.' || c.relname AS name, c.oid::int AS oid FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname LIKE 'rm\\_%' ORDER BY 1`,
    );
    const before = await readModelTables();
    await Promise.all([...engine.runners.values()].map((runner) => runner.rebuild()));
    // Every table of every read model is a new one, built from position 0.
    const after = await readModelTables();
    expect(after.map((table) => table.name)).toEqual(before.map((table) => table.name));
    expect(after.filter((table) => before.some((old) => old.oid === table.oid))).toEqual([]);
    expect(await answers()).toEqual(allForgotten);
    await expectNoPlaintext();
  }, 60_000);

  async function expectNoPlaintext(): Promise<void> {
    const tables = await scanTables(configured.readSql, needles);
    expect(tables.tables).toEqual(expect.arrayContaining([
      'public.es_events', 'public.person_keys', 'rm_people.ambassadors', 'rm_people.developers', 'rm_circles.participants',
      'rm_activity.feed_items',
    ]));
    expect(tables.findings).toEqual([]);
    const events = await scanEvents((configured.store as PersonalDataStore).raw, needles);
    expect(events.findings).toEqual([]);
  }
}
