import { randomUUID } from 'node:crypto';
import type { TestOidcProvider } from '../../api/src/security/testing/test-oidc-provider';
import { postGraphql } from '../../api/src/reliability/testing/graphql-http';

/** One row of the HTTP benchmark: what each of the clients sends, again and again. */
export interface HttpCase {
  readonly name: string;
  readonly headers: Readonly<Record<string, string>>;
  /** A function when every request needs a body of its own. */
  readonly body: string | (() => string);
  /** The refusals this case can meet under load, each with the reason; any other refusal fails the bench. */
  readonly explainedRefusals: Readonly<Record<string, string>>;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

const query = (text: string) => JSON.stringify({ query: text });

/** The read side as a report reader (vng) sees it. */
export function queryCases(readerHeaders: Readonly<Record<string, string>>): HttpCase[] {
  const headers = { ...JSON_HEADERS, ...readerHeaders };
  return [
    {
      // The floor of every GraphQL request on this machine (HTTP, token, limits, Apollo, log line),
      // measured beside the overview: what no answer, however quickly worked out, gets under.
      name: 'request path only: { __typename }',
      headers,
      body: query('{ __typename }'),
      explainedRefusals: {},
    },
    {
      name: 'nationalOverview',
      headers,
      body: query('{ nationalOverview { totals { activeCircles sessionsLast90Days learningsCaptured adoptions } regions { regionId name activeCircles sessionsLast90Days learningsCaptured adoptedElsewhere adoptedFromElsewhere } } }'),
      explainedRefusals: {},
    },
    {
      name: 'learnings search "wachttijd"',
      headers,
      body: query('{ learnings(filter: { search: "wachttijd" }, first: 20) { edges { node { id title evidenceLevel region { name } } } } }'),
      explainedRefusals: {},
    },
  ];
}

const RECORD_SESSION = 'mutation RecordSession($input: RecordSessionInput!) { recordSession(input: $input) { aggregateId createdId revision position eventCount } }';

/** At most one page: the circles take turns, and 100 of them keep the 50 clients off each other's streams. */
const CIRCLES = '{ circles(first: 100) { edges { node { id regionId } } } }';

/**
 * recordSession (DESIGN.md 6) as an ontwikkelaar of the circles' regions, the only role that may
 * (operation-policy.ts): every request records a new session (fresh session id and idempotency
 * key), so each is accepted and appends one event. The circles take turns, so that concurrent
 * requests almost never decide on the same circle stream at once.
 */
export async function recordSessionCase(apiUrl: string, provider: TestOidcProvider, readerHeaders: Readonly<Record<string, string>>): Promise<HttpCase> {
  const answer = await postGraphql(apiUrl, readerHeaders.authorization!, CIRCLES);
  if (answer.kind !== 'answer' || answer.errors.length > 0) throw new Error(`listing circles failed: ${JSON.stringify(answer)}`);
  const edges = (answer.data as { circles: { edges: Array<{ node: { id: string; regionId: string } }> } }).circles.edges;
  const circles = edges.map(({ node }) => node);
  if (circles.length === 0) throw new Error('the programme has no circles to record sessions of');
  const regionIds = [...new Set(circles.map((circle) => circle.regionId))];
  const headers = { ...JSON_HEADERS, ...(await provider.headersOf({ actorId: 'bench-ontwikkelaar', role: 'ontwikkelaar', regionIds })) };
  // A session is recorded after it took place: today is after every synthetic circle's start.
  const date = new Date().toISOString().slice(0, 10);
  const run = randomUUID();
  let sent = 0;
  return {
    name: 'mutation recordSession',
    headers,
    body: () => {
      const circle = circles[sent % circles.length]!;
      sent++;
      return JSON.stringify({
        query: RECORD_SESSION,
        variables: {
          input: {
            idempotencyKey: `bench-${run}-${sent}`, circleId: circle.id, sessionId: randomUUID(), date,
            format: 'CASUSBESPREKING', attendeeCount: 9, sectorsPresent: ['GEMEENTE', 'GGZ'],
            summary: 'Casusbespreking over de wachtlijst, met afspraken voor de volgende bijeenkomst.',
          },
        },
      });
    },
    explainedRefusals: {
      CONFLICT: 'a request found its circle changed by another one three times in a row (the command side retries twice, then answers CONFLICT)',
    },
  };
}
