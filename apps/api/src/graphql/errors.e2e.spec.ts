import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { EVENT_STORE, StoreUnavailableError, type ConfiguredEventStore, type EventStore } from '@leerkring/event-store';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { beheerder, landelijkAmbassadeur, ontwikkelaar } from '../command-side/testing/principals';
import { CONFIGURED_EVENT_STORE } from '../event-store/event-store.module';
import { ANONYMOUS, accepted, refusal, startGraphqlApp, type GraphqlTestApp } from './testing/graphql-test-app';

/**
 * The real store behind a switch: when a fault is set, reading and appending fail with it. Only
 * the store's availability is simulated; every answer still comes from the real store.
 */
function faultable(store: EventStore): { store: EventStore; fail(with_: Error | undefined): void } {
  let fault: Error | undefined;
  const failing = new Set<PropertyKey>(['append', 'readStream', 'readAll']);
  const proxy = new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (fault && failing.has(property)) return () => Promise.reject(fault);
      return (value as (...args: unknown[]) => unknown).bind(target);
    },
  });
  return { store: proxy, fail: (error) => { fault = error; } };
}

const REGISTER_JZ36 = { regionId: 'JZ36', slug: 'west-brabant-west', name: 'West-Brabant West', province: 'Noord-Brabant' };

describe('GraphQL errors carry extensions.code, and a refusal changes nothing', () => {
  let t: GraphqlTestApp;
  let faults: ReturnType<typeof faultable> | undefined;
  let circleId = '';

  beforeAll(async () => {
    t = await startGraphqlApp({
      now: SUMMER_2024,
      configure: (builder) => builder.overrideProvider(EVENT_STORE).useFactory({
        inject: [CONFIGURED_EVENT_STORE],
        factory: (configured: ConfiguredEventStore) => {
          faults = faultable(configured.store);
          return faults.store;
        },
      }),
    });
    accepted(await t.mutate('registerRegion', { idempotencyKey: 'register-jz36', ...REGISTER_JZ36 }, beheerder));
    const developerId = accepted(await t.mutate('appointDeveloper', {
      idempotencyKey: 'developer', person: { name: 'Sem Bakker' }, appointedOn: '2024-01-08',
    }, beheerder)).aggregateId;
    accepted(await t.mutate('assignDeveloperToRegion', { idempotencyKey: 'assign', developerId, regionId: 'JZ36' }, beheerder));
    circleId = accepted(await t.mutate('startCircle', {
      idempotencyKey: 'circle', regionId: 'JZ36', developerId, title: 'Systeemaanpak wachttijden', themes: ['WACHTTIJDEN'],
      startedOn: '2024-03-01',
    }, ontwikkelaar(developerId, 'JZ36'))).aggregateId;
  });
  afterAll(async () => { await t?.close(); });
  afterEach(() => { faults?.fail(undefined); });

  const regionEvents = async () => (await t.stream('region-JZ36')).length;

  describe('BAD_USER_INPUT names the field', () => {
    it('for a value outside a vocabulary, sent as a variable', async () => {
      const error = refusal(await t.mutate('recordSession', {
        idempotencyKey: randomUUID(), circleId, date: '2024-04-15', format: 'WEBINAR', attendeeCount: 12,
        sectorsPresent: ['JEUGDHULP'], summary: 'Online bijeenkomst',
      }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format', rule: 'value-not-allowed' });
    });

    it('for a value outside a vocabulary inside a list', async () => {
      const error = refusal(await t.mutate('addTransformationPlan', {
        idempotencyKey: randomUUID(), regionId: 'JZ36', title: 'Plan', themes: ['WACHTTIJDEN', '24-uurszorg'],
        period: { from: '2023-01-01', to: '2025-12-31' },
      }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'themes[1]', rule: 'value-not-allowed' });
    });

    it('for a value outside a vocabulary written in the document', async () => {
      const res = await t.query(`mutation {
        addParticipant(input: {
          idempotencyKey: "literal", circleId: "${circleId}", person: { name: "Anna" }, sector: WEBINAR,
          organisation: "Zorgaanbieder", role: "gedragswetenschapper"
        }) { aggregateId }
      }`);
      expect(res.status).toBe(400);
      expect(res.errors).toEqual([expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'sector', rule: 'value-not-allowed' }),
      })]);
    });

    it('for a malformed date (the domain\'s own field rule)', async () => {
      const before = await regionEvents();
      const error = refusal(await t.mutate('startSupportPeriod', {
        idempotencyKey: randomUUID(), regionId: 'JZ36', startsOn: '1-4-2019',
      }, beheerder));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsOn', rule: 'date-format' });
      expect(await regionEvents()).toBe(before);
    });

    it('for a missing nested field', async () => {
      const error = refusal(await t.mutate('addTransformationPlan', {
        idempotencyKey: randomUUID(), regionId: 'JZ36', title: 'Plan', themes: ['WACHTTIJDEN'], period: { from: '2023-01-01' },
      }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to', rule: 'value-required' });
    });

    it('for a malformed id of the aggregate addressed (class-validator)', async () => {
      const error = refusal(await t.mutate('closeCircle', {
        idempotencyKey: randomUUID(), circleId: 'circle-one', closedOn: '2024-07-01', outcome: 'Klaar',
      }, ontwikkelaar(randomUUID(), 'JZ36')));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'circleId', rule: 'uuid-format' });
    });

    it('for an empty idempotency key, and for a key already used for another command', async () => {
      const empty = refusal(await t.mutate('addMunicipality', { idempotencyKey: '', regionId: 'JZ36', municipality: 'Zundert' }));
      expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey', rule: 'idempotency-key-invalid' });
      const reused = refusal(await t.mutate('renameRegion', { idempotencyKey: 'register-jz36', regionId: 'JZ36', name: 'WBW' }));
      expect(reused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey', rule: 'idempotency-key-reused' });
    });
  });

  it('DOMAIN_RULE names the rule, and the field when the domain names one', async () => {
    const twice = refusal(await t.mutate('registerRegion', { idempotencyKey: randomUUID(), ...REGISTER_JZ36 }, beheerder));
    expect(twice.extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'region-already-registered' });
    accepted(await t.mutate('addMunicipality', { idempotencyKey: 'zundert', regionId: 'JZ36', municipality: 'Zundert' }));
    const before = await regionEvents();
    const again = refusal(await t.mutate('addMunicipality', { idempotencyKey: randomUUID(), regionId: 'JZ36', municipality: 'Zundert' }));
    expect(again.extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'municipality-already-in-region', field: 'municipality' });
    expect(await regionEvents()).toBe(before);
  });

  it('NOT_FOUND names the rule', async () => {
    const region = refusal(await t.mutate('addMunicipality', { idempotencyKey: randomUUID(), regionId: 'JZ99', municipality: 'Urk' }));
    expect(region.extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'region-not-found' });
    const learning = refusal(await t.mutate('retractLearning', {
      idempotencyKey: randomUUID(), learningId: randomUUID(), reason: 'Weg',
    }, landelijkAmbassadeur('la-1')));
    expect(learning.extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'learning-not-found' });
  });

  it('CONFLICT gives the expected and the actual revision for a stale expectedRevision', async () => {
    const current = accepted(await t.mutate('renameRegion', {
      idempotencyKey: 'rename', regionId: 'JZ36', name: 'Regio West-Brabant West',
    }, beheerder)).revision;
    const stale = refusal(await t.mutate('renameRegion', {
      idempotencyKey: randomUUID(), regionId: 'JZ36', name: 'West-Brabant West', expectedRevision: current - 1,
    }, beheerder));
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', expectedRevision: current - 1, actualRevision: current });
    expect(await regionEvents()).toBe(current + 1);
    // With the current revision the same change is accepted.
    const fresh = accepted(await t.mutate('renameRegion', {
      idempotencyKey: randomUUID(), regionId: 'JZ36', name: 'West-Brabant West', expectedRevision: current,
    }, beheerder));
    expect(fresh.revision).toBe(current + 1);
  });

  it('SERVICE_UNAVAILABLE says the request may be retried, and the retry succeeds', async () => {
    faults?.fail(new StoreUnavailableError('PostgreSQL is not reachable: connect ECONNREFUSED'));
    const input = { idempotencyKey: 'while-down', regionId: 'JZ36', municipality: 'Rucphen' };
    const down = refusal(await t.mutate('addMunicipality', input));
    expect(down.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    faults?.fail(undefined);
    expect(accepted(await t.mutate('addMunicipality', input)).eventCount).toBe(1);
  });

  it('INTERNAL_SERVER_ERROR for anything unexpected, without its details, which are logged', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      faults?.fail(new Error('relation "events" does not exist at /var/lib/leerkring'));
      const error = refusal(await t.mutate('addMunicipality', { idempotencyKey: randomUUID(), regionId: 'JZ36', municipality: 'Moerdijk' }));
      expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(error)).not.toContain('/var/lib/leerkring');
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('/var/lib/leerkring'));
    } finally {
      logged.mockRestore();
    }
  });

  it('UNAUTHENTICATED for a signed token whose claims are wrong, and for no token', async () => {
    const role = refusal(await t.mutate('addMunicipality', {
      idempotencyKey: randomUUID(), regionId: 'JZ36', municipality: 'Halderberge',
    }, { actorId: 'x', role: 'wethouder' as never }));
    expect(role.extensions).toMatchObject({ code: 'UNAUTHENTICATED', rule: 'token-claims' });
    const res = await t.query('{ me { actorId } }', undefined, { actorId: '', role: 'vng' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', rule: 'token-claims' });
    const anonymous = await t.query('{ me { actorId } }', undefined, ANONYMOUS);
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', rule: 'token-missing' });
  });

  it('GRAPHQL_PARSE_FAILED for a malformed document, GRAPHQL_VALIDATION_FAILED for one that does not fit', async () => {
    const malformed = await t.query('mutation { registerRegion(input: { regionId: "JZ40" ');
    expect(malformed.status).toBe(400);
    expect(malformed.errors?.map((e) => e.extensions.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    const unknown = await t.query('mutation { deleteRegion(id: "JZ36") { aggregateId } }');
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
