import type { INestApplication } from '@nestjs/common';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import request from 'supertest';
import { EVENT_STORE, readStreamOrEmpty, type EventStore, type RecordedEvent } from '@leerkring/event-store';
import { AppModule } from '../../app.module';
import { CLOCK } from '../../command-side/clock';
import type { Principal } from '../../command-side/command-context';
import { FixedClock } from '../../command-side/testing/command-side-test-app';
import { DevIssuer } from '../../security/dev-issuer';

/** One GraphQL error as the client sees it. */
export interface GraphqlError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions: Readonly<Record<string, unknown>> & { readonly code: string };
}

export interface GraphqlResponse<Data = Record<string, unknown>> {
  readonly status: number;
  readonly data?: Data | null;
  readonly errors?: readonly GraphqlError[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export interface MutationAnswer {
  readonly aggregateId: string;
  readonly revision: number;
  readonly position: string;
  readonly eventCount: number;
  readonly createdId: string | null;
}

/** The whole AppModule over real HTTP (supertest against the Nest HTTP server), in-memory store. */
export interface GraphqlTestApp {
  readonly app: INestApplication;
  readonly clock: FixedClock;
  readonly store: EventStore;
  /**
   * POSTs a document to /graphql with a development-issuer token for the principal: the given one,
   * the test beheerder when none is given, no token at all for `ANONYMOUS`.
   */
  query<Data = Record<string, unknown>>(
    document: string, variables?: Record<string, unknown>, as?: Principal | typeof ANONYMOUS,
  ): Promise<GraphqlResponse<Data>>;
  /** Sends `mutation { name(input: $input) { payload } }`; resolves with the payload or the errors. */
  mutate(name: string, input: Record<string, unknown>, as?: Principal | typeof ANONYMOUS): Promise<MutationOutcome>;
  stream(streamName: string): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

export type MutationOutcome =
  | { readonly ok: true; readonly payload: MutationAnswer }
  | { readonly ok: false; readonly status: number; readonly errors: readonly GraphqlError[] };

/** A request without any token. */
export const ANONYMOUS = Symbol('anonymous');

/** Who acts in a test that names nobody. */
export const TEST_BEHEERDER: Principal = { actorId: 'test-beheerder', role: 'beheerder' };

/**
 * The Authorization header of a principal, signed by the in-memory development issuer that every
 * app started by `startGraphqlApp` (LEERKRING_DATA_DIR=memory://) verifies against.
 */
export async function headersOf(principal: Principal): Promise<Record<string, string>> {
  const issuer = await DevIssuer.forDataDir('memory://');
  const { token } = await issuer.mint(principal, { audience: 'leerkring' });
  return { authorization: `Bearer ${token}` };
}

const PAYLOAD_FIELDS = 'aggregateId revision position eventCount createdId';

/** The input type name of a mutation: `startCircle` → `StartCircleInput`. */
const inputTypeOf = (mutation: string) => `${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input`;

export async function startGraphqlApp(options: {
  readonly now: Date;
  readonly configure?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
  /** How a principal signs in; by default a token of the in-memory development issuer. */
  readonly signIn?: (principal: Principal) => Promise<Record<string, string>>;
}): Promise<GraphqlTestApp> {
  const signIn = options.signIn ?? headersOf;
  // Set before compiling: the config is read when the module is built.
  process.env.LEERKRING_DATA_DIR = 'memory://';
  delete process.env.DATABASE_URL;
  delete process.env.EVENTSTORE_CONNECTION_STRING;
  const clock = new FixedClock(options.now);
  let builder = Test.createTestingModule({ imports: [AppModule] }).overrideProvider(CLOCK).useValue(clock);
  if (options.configure) builder = options.configure(builder);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ logger: ['error', 'warn'] });
  await app.init();
  const store = app.get<EventStore>(EVENT_STORE);

  const query: GraphqlTestApp['query'] = async (document, variables, as) => {
    const res = await request(app.getHttpServer())
      .post('/graphql')
      .set(as === ANONYMOUS ? {} : await signIn(as ?? TEST_BEHEERDER))
      .send({ query: document, ...(variables ? { variables } : {}) });
    const body = res.body as { data?: never; errors?: GraphqlError[]; extensions?: Record<string, unknown> };
    return { status: res.status, ...body };
  };

  return {
    app,
    clock,
    store,
    query,
    async mutate(name, input, as) {
      const res = await query<Record<string, MutationAnswer>>(
        `mutation Send($input: ${inputTypeOf(name)}!) { ${name}(input: $input) { ${PAYLOAD_FIELDS} } }`,
        { input },
        as,
      );
      const payload = res.data?.[name];
      if (payload && !res.errors) return { ok: true, payload };
      return { ok: false, status: res.status, errors: res.errors ?? [] };
    },
    stream: (streamName) => readStreamOrEmpty(store, streamName),
    close: () => app.close(),
  };
}

/** The payload of an accepted mutation; fails the test with the errors otherwise. */
export function accepted(outcome: MutationOutcome): MutationAnswer {
  if (!outcome.ok) throw new Error(`expected the mutation to be accepted, got ${JSON.stringify(outcome.errors)}`);
  return outcome.payload;
}

/** The single error of a refused mutation; fails the test when it was accepted. */
export function refusal(outcome: MutationOutcome): GraphqlError {
  if (outcome.ok) throw new Error(`expected a refusal, got ${JSON.stringify(outcome.payload)}`);
  const [error, ...more] = outcome.errors;
  if (!error || more.length > 0) throw new Error(`expected one error, got ${JSON.stringify(outcome.errors)}`);
  return error;
}
