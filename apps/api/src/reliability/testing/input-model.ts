import fc from 'fast-check';

/**
 * The mutation inputs as the live schema declares them (read by introspection), and for every
 * field a generator of values that are certainly wrong for it: of another type, null or missing
 * where required, too long, badly formatted, out of range, an unknown enum value, a list too long
 * or with duplicates. Whether a value is wrong is decided from its GraphQL type and, for texts and
 * numbers, from what the field means (FIELD_KINDS): a field the table does not know fails the test,
 * so a new input field cannot go unchecked.
 */

export const INTROSPECTION = `{
  __schema {
    mutationType { fields { name args { name type { ...T } } } }
    types { kind name inputFields { name defaultValue type { ...T } } enumValues { name } }
  }
}
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

interface IntrospectedTypeRef {
  readonly kind: string;
  readonly name: string | null;
  readonly ofType: IntrospectedTypeRef | null;
}

interface IntrospectedType {
  readonly kind: string;
  readonly name: string;
  readonly inputFields: ReadonlyArray<{ name: string; defaultValue: string | null; type: IntrospectedTypeRef }> | null;
  readonly enumValues: ReadonlyArray<{ name: string }> | null;
}

export interface IntrospectionResult {
  readonly __schema: {
    readonly mutationType: { readonly fields: ReadonlyArray<{ name: string; args: ReadonlyArray<{ name: string; type: IntrospectedTypeRef }> }> };
    readonly types: readonly IntrospectedType[];
  };
}

/** A field's type, unwrapped: `[Theme!]!` is required, a list, of required items, named Theme (ENUM). */
export interface FieldType {
  readonly required: boolean;
  readonly list: boolean;
  readonly itemRequired: boolean;
  readonly named: string;
  readonly namedKind: 'SCALAR' | 'ENUM' | 'INPUT_OBJECT';
}

function unwrap(ref: IntrospectedTypeRef): FieldType {
  let current = ref;
  const required = current.kind === 'NON_NULL';
  if (required) current = current.ofType!;
  const list = current.kind === 'LIST';
  let itemRequired = false;
  if (list) {
    current = current.ofType!;
    itemRequired = current.kind === 'NON_NULL';
    if (itemRequired) current = current.ofType!;
  }
  return { required, list, itemRequired, named: current.name!, namedKind: current.kind as FieldType['namedKind'] };
}

/** What a String, ID, Int or Float field means, which decides what is certainly wrong for it. */
export type FieldKind =
  | 'key' | 'text' | 'person-name' | 'email' | 'slug' | 'date' | 'week' | 'uuid' | 'region' | 'reporting-period'
  | 'revision' | 'count' | 'hours-logged' | 'hours-per-week';

/** Every String, ID, Int and Float field of every mutation input, by name (the same name means the same everywhere). */
export const FIELD_KINDS: Readonly<Record<string, FieldKind>> = {
  idempotencyKey: 'key',
  expectedRevision: 'revision',
  // free texts
  title: 'text', insight: 'text', summary: 'text', outcome: 'text', municipality: 'text', province: 'text',
  organisation: 'text', role: 'text', reason: 'text', comment: 'text', adaptation: 'text', whatChanged: 'text',
  reflection: 'text', description: 'text', successFactors: 'text', text: 'text', name: 'text',
  slug: 'slug',
  email: 'email',
  // dates and weeks
  appointedOn: 'date', startedOn: 'date', closedOn: 'date', date: 'date', departedOn: 'date', adoptedOn: 'date',
  startsOn: 'date', endsOn: 'date', from: 'date', to: 'date',
  week: 'week',
  reportingPeriodId: 'reporting-period',
  // ids
  regionId: 'region', byRegionId: 'region',
  circleId: 'uuid', learningId: 'uuid', developerId: 'uuid', ambassadorId: 'uuid', participantId: 'uuid', personId: 'uuid',
  planId: 'uuid', periodId: 'uuid', sessionId: 'uuid', actionGroupId: 'uuid', promoterId: 'uuid', transformationPlanId: 'uuid',
  memberIds: 'uuid', attendeeIds: 'uuid', circleIds: 'uuid',
  // numbers
  attendeeCount: 'count', partnersReached: 'count', hours: 'hours-logged', hoursPerWeek: 'hours-per-week',
};

/** `person.name` is a person's own record (no free text), checked like one. */
const kindAt = (path: string, name: string): FieldKind | undefined =>
  (name === 'name' && /(^|\.)person\.name$/.test(path) ? 'person-name' : FIELD_KINDS[name]);

/** One field of a mutation input, where it sits (`period.from`, `activities[0].text`) and its type. */
export interface InputField {
  readonly path: string;
  readonly name: string;
  readonly type: FieldType;
  readonly hasDefault: boolean;
  readonly kind: FieldKind | undefined;
  readonly enumValues: readonly string[];
}

export interface MutationInput {
  readonly mutation: string;
  readonly inputType: string;
  readonly fields: readonly InputField[];
}

/** Every mutation with the fields of its input, nested objects and the first item of object lists included. */
export function mutationInputs(schema: IntrospectionResult): MutationInput[] {
  const types = new Map(schema.__schema.types.map((t) => [t.name, t]));
  const fieldsOf = (typeName: string, prefix: string): InputField[] => {
    const type = types.get(typeName);
    if (!type?.inputFields) throw new Error(`${typeName} is not an input type`);
    return type.inputFields.flatMap((f) => {
      const fieldType = unwrap(f.type);
      const path = `${prefix}${f.name}`;
      const enumValues = fieldType.namedKind === 'ENUM' ? (types.get(fieldType.named)?.enumValues ?? []).map((v) => v.name) : [];
      const field: InputField = { path, name: f.name, type: fieldType, hasDefault: f.defaultValue !== null, kind: kindAt(path, f.name), enumValues };
      if (fieldType.namedKind !== 'INPUT_OBJECT') return [field];
      return [field, ...fieldsOf(fieldType.named, fieldType.list ? `${path}[0].` : `${path}.`)];
    });
  };
  return schema.__schema.mutationType.fields.map((m) => {
    const input = m.args.find((a) => a.name === 'input');
    if (!input) throw new Error(`${m.name} has no input argument`);
    const inputType = unwrap(input.type).named;
    return { mutation: m.name, inputType, fields: fieldsOf(inputType, '') };
  });
}

/** A change to a valid input: set a field to a value, or leave a field out. */
export type Breakage =
  | { readonly how: 'set'; readonly path: string; readonly value: unknown; readonly label: string }
  | { readonly how: 'omit'; readonly path: string; readonly label: string }
  | { readonly how: 'add'; readonly path: string; readonly value: unknown; readonly label: string };

const segmentsOf = (path: string): Array<string | number> =>
  path.split(/\.|(?=\[)/).map((s) => (s.startsWith('[') ? Number(s.slice(1, -1)) : s));

/** The valid input with one breakage applied (a deep copy; the base is left as it is). */
export function applyBreakage(base: Readonly<Record<string, unknown>>, breakage: Breakage): Record<string, unknown> | undefined {
  const copy = structuredClone(base) as Record<string, unknown>;
  const segments = segmentsOf(breakage.path);
  let parent: Record<string | number, unknown> = copy;
  for (const segment of segments.slice(0, -1)) {
    const next = parent[segment];
    // The base has no value there (an optional object left out): nothing to break below it.
    if (next === null || typeof next !== 'object') return undefined;
    parent = next as Record<string | number, unknown>;
  }
  const last = segments.at(-1)!;
  if (breakage.how === 'omit') delete parent[last];
  else parent[last] = breakage.value;
  return copy;
}

// ---- values that are certainly wrong -------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REAL_DATE = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))
  && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
const REAL_WEEK = (s: string) => /^\d{4}-W(0[1-9]|[1-4]\d|5[0-2])$/.test(s);
const label = (l: string) => (value: unknown) => ({ value, label: l });

/** Letters and spaces only, so a long text trips the length rule and nothing else (no BSN, no e-mail address). */
const longText = (min: number, max: number) => fc.tuple(
  fc.integer({ min, max }),
  fc.string({ unit: fc.constantFrom('a', 'e', 'k', 'r', 'ij', 'é', 'ë', ' ', 'Z', 'ø'), minLength: 1, maxLength: 12 }),
).map(([length, piece]) => {
  // Texts are trimmed before their length is checked: letters at both ends keep every character counted.
  const text = `x${`${piece}x`.repeat(Math.ceil(length / (piece.length + 1)))}`.slice(0, length - 1);
  return `${text}x`;
}).map(label('too long'));

const anyString = fc.string({ unit: 'binary', maxLength: 40 });

/** A string that is not a valid value of the kind, of any shape. */
function badlyFormatted(kind: FieldKind): fc.Arbitrary<{ value: unknown; label: string }> | undefined {
  switch (kind) {
    case 'uuid':
      return fc.oneof(
        anyString.filter((s) => !UUID.test(s)).map(label('not a UUID')),
        fc.uuid().map((u) => u.slice(0, -1)).map(label('UUID one digit short')),
        fc.uuid().map((u) => `${u.slice(0, 9)}g${u.slice(10)}`).map(label('UUID with a g')),
        fc.integer({ min: 0, max: 1e9 }).map(label('a number as ID')),
      );
    case 'region':
      return fc.oneof(
        anyString.filter((s) => !/^JZ\d{2}$/.test(s)).map(label('not a CBS code')),
        fc.constantFrom('jz36', 'JZ3', 'JZ360', 'JZ 36', ' JZ36', 'GM0363').map(label('almost a CBS code')),
        fc.integer({ min: 0, max: 99 }).map(label('a number as ID')),
      );
    case 'date':
      return fc.oneof(
        anyString.filter((s) => !REAL_DATE(s)).map(label('not a date')),
        fc.constantFrom('2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '24-04-01', '2024-4-1', '01-04-2024', '2024-04-01T00:00:00Z')
          .map(label('no such date')),
      );
    case 'week':
      return fc.oneof(
        anyString.filter((s) => !REAL_WEEK(s)).map(label('not a week')),
        fc.constantFrom('2024-W00', '2024-W54', '2024-W5', '2024W05', '2024-w05', '2021-W53x').map(label('no such week')),
      );
    case 'reporting-period':
      return fc.oneof(
        anyString.filter((s) => !/^\d{4}-Q[1-4]$/.test(s)).map(label('not a quarter')),
        fc.constantFrom('2024-Q0', '2024-Q5', '2024-q1', '2024Q1', '24-Q1').map(label('no such quarter')),
      );
    case 'slug':
      return fc.constantFrom('Met Hoofdletters', 'twee  spaties', '-begint-met-streep', 'eindigt-', 'dubbel--streep', 'ümlaut', 'met_underscore')
        .map(label('not a slug'));
    case 'email':
      return fc.string({ unit: fc.constantFrom('a', 'b', '.', '-', ' ', 'x'), minLength: 1, maxLength: 30 })
        .filter((s) => s.trim() !== '').map(label('not an e-mail address'));
    default:
      return undefined;
  }
}

/** Numbers out of the range the field allows. */
function outOfRange(kind: FieldKind | undefined): fc.Arbitrary<{ value: unknown; label: string }> | undefined {
  switch (kind) {
    case 'revision': return fc.integer({ min: -2_147_483_648, max: -2 }).map(label('revision below -1'));
    case 'count': return fc.integer({ min: -2_147_483_648, max: -1 }).map(label('negative count'));
    case 'hours-logged':
      return fc.oneof(
        fc.double({ min: -1e9, max: -0.25, noNaN: true }),
        fc.double({ min: 60.25, max: 1e300, noNaN: true }),
        fc.integer({ min: 0, max: 59 }).map((h) => h + 0.1),
      ).map(label('hours out of range or not in quarters'));
    case 'hours-per-week':
      return fc.oneof(
        fc.double({ min: -1e9, max: 0.75, noNaN: true }),
        fc.double({ min: 40.25, max: 1e300, noNaN: true }),
        fc.integer({ min: 1, max: 39 }).map((h) => h + 0.1),
      ).map(label('hours per week out of range or not in quarters'));
    default: return undefined;
  }
}

/** JSON values of another type than the field's named type (before any list wrapping). */
function wrongType(field: InputField): fc.Arbitrary<{ value: unknown; label: string }> {
  const { named, namedKind } = field.type;
  const object = fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }).map(label('an object'));
  const bool = fc.boolean().map(label('a boolean'));
  const fraction = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Number.isInteger(d)).map(label('a fraction'));
  if (namedKind === 'INPUT_OBJECT') {
    return fc.oneof(anyString.map(label('a string')), fc.integer().map(label('a number')), bool);
  }
  if (namedKind === 'ENUM') {
    return fc.oneof(
      anyString.filter((s) => !field.enumValues.includes(s)).map(label('not a value of the enum')),
      fc.constantFrom(...field.enumValues).map((v) => v.toLowerCase()).map(label('an enum value in lower case')),
      fc.integer().map(label('a number')), bool, object,
    );
  }
  switch (named) {
    case 'String': return fc.oneof(fc.integer().map(label('a number')), fraction, bool, object);
    // graphql-js takes an integer as an ID (and makes it a string): the kind's formats cover that.
    case 'ID': return fc.oneof(fraction, bool, object);
    case 'Int':
      return fc.oneof(anyString.map(label('a string')), fraction, bool, object,
        fc.oneof(fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -(2 ** 31) - 1 })).map(label('beyond 32 bits')));
    case 'Float': return fc.oneof(anyString.map(label('a string')), bool, object);
    default: throw new Error(`no wrong values for scalar ${named} yet: add them`);
  }
}

/** Lists that break the list's own rules: too long, with duplicates, with a wrong item. */
function badList(field: InputField, baseValue: unknown): fc.Arbitrary<{ value: unknown; label: string }> {
  const items = Array.isArray(baseValue) ? baseValue : [];
  const choices: Array<fc.Arbitrary<{ value: unknown; label: string }>> = [
    wrongType(field).map(({ value, label: l }) => ({ value: [...items, value], label: `a list with ${l}` })),
  ];
  if (field.type.itemRequired) choices.push(fc.constant({ value: [...items, null], label: 'a list with null' }));
  if (field.type.namedKind === 'ENUM') {
    // More values than the enum has: at least one twice.
    choices.push(fc.array(fc.constantFrom(...field.enumValues), { minLength: field.enumValues.length + 1, maxLength: 200 })
      .map(label('more values than the enum has')));
  }
  if (field.kind === 'text') {
    choices.push(fc.array(fc.constantFrom('Samen plannen', 'Korte lijnen', 'Vaste contactpersoon'), { minLength: 11, maxLength: 60 })
      .map(label('more items than allowed')));
    choices.push(longText(4_001, 12_000).map(({ value }) => ({ value: [value], label: 'a list with a text too long' })));
  }
  const formats = field.kind ? badlyFormatted(field.kind) : undefined;
  if (formats) choices.push(formats.map(({ value, label: l }) => ({ value: [...items, value], label: `a list with ${l}` })));
  if (field.type.namedKind === 'INPUT_OBJECT' && items.length > 0) {
    choices.push(fc.integer({ min: 51, max: 300 }).map((n) => ({ value: Array.from({ length: n }, () => items[0]), label: 'more items than allowed' })));
  }
  return fc.oneof(...choices);
}

/**
 * Values certainly wrong for the field, as breakages of the valid input. `baseValue` is the field's
 * value in the valid input (lists are broken around it).
 */
export function breakagesOf(field: InputField, baseValue: unknown): fc.Arbitrary<Breakage> {
  const set = (arbitrary: fc.Arbitrary<{ value: unknown; label: string }>) =>
    arbitrary.map(({ value, label: l }): Breakage => ({ how: 'set', path: field.path, value, label: l }));
  const choices: Array<fc.Arbitrary<Breakage>> = [];
  if (field.type.required) {
    choices.push(fc.constant<Breakage>({ how: 'set', path: field.path, value: null, label: 'null where required' }));
    if (!field.hasDefault) choices.push(fc.constant<Breakage>({ how: 'omit', path: field.path, label: 'left out though required' }));
  }
  if (field.type.list) {
    choices.push(set(badList(field, baseValue)));
    choices.push(set(fc.constantFrom({ value: { '0': 'a' }, label: 'an object for a list' })));
  } else {
    choices.push(set(wrongType(field)));
    const formats = field.kind ? badlyFormatted(field.kind) : undefined;
    // An optional field left blank is "not given" by design (optionalText, actingRegionId).
    if (formats) choices.push(set(field.type.required ? formats : formats.filter(({ value }) => !(typeof value === 'string' && value.trim() === ''))));
    const range = outOfRange(field.kind);
    if (range) choices.push(set(range));
    if (field.kind === 'text' || field.kind === 'person-name') {
      // Longer than any text rule (4,000 at most), and now and then longer than the body limit.
      choices.push(set(fc.oneof({ arbitrary: longText(4_001, 12_000), weight: 4 }, { arbitrary: longText(100_001, 150_000), weight: 1 })));
    }
    if (field.kind === 'key') {
      choices.push(set(longText(201, 2_000).map(({ value }) => ({ value, label: 'key too long' }))));
      if (field.type.required) choices.push(set(fc.constant({ value: '', label: 'empty key' })));
    }
    if ((field.kind === 'text' || field.kind === 'person-name') && field.type.required) {
      choices.push(set(fc.constantFrom('', ' ', '   \t  ', '\n').map(label('blank where required'))));
    }
  }
  if (field.type.namedKind === 'INPUT_OBJECT' && !field.type.list) {
    choices.push(fc.string({ unit: fc.constantFrom('a', 'b', 'z', '_'), minLength: 1, maxLength: 12 })
      .filter((name) => !['name', 'email', 'from', 'to'].includes(name))
      .map((name): Breakage => ({ how: 'add', path: `${field.path}.${name}`, value: 'x', label: 'an unknown field' })));
  }
  return fc.oneof(...choices);
}

/** An unknown field at the top of the input. */
export const unknownTopField: fc.Arbitrary<Breakage> = fc.string({ unit: fc.constantFrom('q', 'w', 'z', '_', 'x'), minLength: 1, maxLength: 12 })
  .map((name): Breakage => ({ how: 'add', path: `zz${name}`, value: 'x', label: 'an unknown field' }));

/** Field paths name the same field when one is the other or lies below it (indices aside). */
export function namesTheField(reported: unknown, path: string): boolean {
  if (typeof reported !== 'string') return false;
  const plain = (p: string) => p.replace(/\[\d+\]/g, '');
  const [a, b] = [plain(reported), plain(path)];
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}
