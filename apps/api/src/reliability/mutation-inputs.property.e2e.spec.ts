import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { SUMMER_2024 } from '../command-side/testing/fixtures';
import { startGraphqlApp, type GraphqlTestApp } from '../graphql/testing/graphql-test-app';
import { MAX_GRAPHQL_BODY_BYTES } from '../graphql/body-limit.middleware';
import { MUTATION_POLICIES, mutationPolicy } from '../security/operation-policy';
import { AccessStory } from '../security/testing/access-story';
import {
  INTROSPECTION, applyBreakage, breakagesOf, mutationInputs, namesTheField, unknownTopField,
  type Breakage, type IntrospectionResult, type MutationInput,
} from './testing/input-model';

/** Runs per field: about 250 fields, so a few thousand requests in all, well inside a minute. */
const RUNS_PER_FIELD = Number(process.env.RELIABILITY_RUNS ?? 5);
const SEED = Number(process.env.RELIABILITY_SEED ?? Date.now() % 1_000_000);

const valueAt = (input: Readonly<Record<string, unknown>>, path: string): unknown =>
  path.split(/\.|(?=\[)/).reduce<unknown>((value, segment) => {
    if (value === null || typeof value !== 'object') return undefined;
    const key = segment.startsWith('[') ? Number(segment.slice(1, -1)) : segment;
    return (value as Record<string | number, unknown>)[key];
  }, input);

/** Whether the valid input holds the object a nested path lies in (an optional object may be absent). */
const parentPresent = (input: Readonly<Record<string, unknown>>, path: string): boolean => {
  const cut = path.lastIndexOf('.');
  if (cut < 0) return true;
  const parent = valueAt(input, path.slice(0, cut));
  return parent !== null && typeof parent === 'object';
};

const short = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 120)}… (${text.length} chars)` : text;
};

/**
 * Issue 7, bad input: every field of every mutation input, given values certainly wrong for it
 * (another type, null or missing where required, too long, badly formatted, out of range, an
 * unknown enum value, a bad list), by someone the policy allows to send the mutation, so that the
 * refusal is about the input. Every answer must be a refusal with a clear code (BAD_USER_INPUT
 * naming the field, GRAPHQL_VALIDATION_FAILED, or PAYLOAD_TOO_LARGE for a body over the limit),
 * never INTERNAL_SERVER_ERROR, and the store's head must not move. After each mutation's fields
 * the valid input itself is sent and accepted: the refusals were about the broken field alone.
 */
describe('every mutation input, broken field by field (property-based)', () => {
  let t: GraphqlTestApp;
  let story: AccessStory;
  let inputs: Map<string, MutationInput>;

  beforeAll(async () => {
    t = await startGraphqlApp({ now: SUMMER_2024 });
    story = new AccessStory(t);
    await story.setUp();
    const res = await t.query<IntrospectionResult>(INTROSPECTION);
    if (!res.data) throw new Error(`introspection failed: ${JSON.stringify(res.errors)}`);
    inputs = new Map(mutationInputs(res.data).map((m) => [m.mutation, m]));
    // eslint-disable-next-line no-console
    console.log(`mutation inputs: seed ${SEED}, ${RUNS_PER_FIELD} runs per field (RELIABILITY_SEED, RELIABILITY_RUNS)`);
  }, 60_000);
  afterAll(async () => { await t?.close(); });

  it('covers every mutation of the schema, and knows what every input field means', () => {
    expect([...inputs.keys()].sort()).toEqual(Object.keys(MUTATION_POLICIES).sort());
    const unknown = [...inputs.values()].flatMap((m) => m.fields
      .filter((f) => f.type.namedKind === 'SCALAR' && f.kind === undefined)
      .map((f) => `${m.inputType}.${f.path}: ${f.type.named}`));
    expect(unknown).toEqual([]);
  });

  it.each(Object.keys(MUTATION_POLICIES).sort())('%s: refuses each broken field with a clear code and changes nothing', async (mutation) => {
    const { inputType, fields } = inputs.get(mutation)!;
    const role = mutationPolicy(mutation)!.roles[0]!;
    const as = story.principalOf(role);
    const base: Record<string, unknown> = { idempotencyKey: randomUUID(), ...(await story.inputFor(mutation, role)) };
    const document = `mutation Send($input: ${inputType}!) { ${mutation}(input: $input) { aggregateId revision position } }`;

    const problems: string[] = [];
    let sent = 0;
    const refusedClearly = async (breakage: Breakage): Promise<boolean> => {
      const input = applyBreakage(base, breakage)!;
      if (!breakage.path.startsWith('idempotencyKey')) input['idempotencyKey'] = randomUUID();
      const before = await t.store.headPosition();
      const res = await t.query<Record<string, unknown>>(document, { input }, as);
      sent += 1;
      const moved = (await t.store.headPosition()) !== before;
      const oversized = Buffer.byteLength(JSON.stringify({ query: document, variables: { input } })) > MAX_GRAPHQL_BODY_BYTES;
      const errors = res.errors ?? [];
      const clear = errors.length > 0 && errors.every((e) => {
        switch (e.extensions.code) {
          case 'BAD_USER_INPUT': return namesTheField(e.extensions['field'], breakage.path);
          case 'GRAPHQL_VALIDATION_FAILED': return true;
          case 'PAYLOAD_TOO_LARGE': return oversized;
          default: return false;
        }
      });
      const ok = !moved && clear && !res.data?.[mutation] && [200, 400, 413].includes(res.status);
      if (!ok) {
        const seen = errors.map((e) => `${e.extensions.code}${e.extensions['field'] === undefined ? '' : ` field=${String(e.extensions['field'])}`}${e.extensions['rule'] === undefined ? '' : ` rule=${String(e.extensions['rule'])}`}`);
        problems.push(`${breakage.path} (${breakage.label}: ${breakage.how === 'omit' ? 'left out' : short(breakage.value)}) → HTTP ${res.status}, `
          + `${res.data?.[mutation] ? 'ACCEPTED' : seen.join('; ') || 'no error'}${moved ? ', STORE MOVED' : ''}`);
      }
      return ok;
    };

    const targets = fields.filter((f) => parentPresent(base, f.path));
    for (const [index, field] of [...targets.entries()]) {
      const result = await fc.check(fc.asyncProperty(breakagesOf(field, valueAt(base, field.path)), refusedClearly),
        { numRuns: RUNS_PER_FIELD, seed: SEED + index, endOnFailure: true });
      // A property that threw (rather than answered false) has not said why yet.
      if (result.failed && result.errorInstance) problems.push(`${field.path}: ${String(result.errorInstance)}`);
    }
    await fc.check(fc.asyncProperty(unknownTopField, refusedClearly), { numRuns: 2, seed: SEED, endOnFailure: true });
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(targets.length * RUNS_PER_FIELD);

    // The valid input itself goes through: every refusal above was about the broken field.
    const res = await t.query<Record<string, unknown>>(document, { input: { ...base, idempotencyKey: randomUUID() } }, as);
    expect(res.errors ?? []).toEqual([]);
    expect(res.data?.[mutation]).toBeTruthy();
  }, 60_000);
});
