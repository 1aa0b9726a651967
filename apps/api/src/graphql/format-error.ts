import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError, Kind, parse, visit, type ArgumentNode, type ValueNode } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, isMappedGraphQLError, toGraphQLError } from './error-mapping';

/**
 * Apollo's `formatError`: the last stop of every error. Errors mapped at the edge already
 * (resolvers, guards, pipes and plugins: `error-mapping.ts`) pass through; Apollo's own
 * request-level errors get a Dutch message, with graphql-js' English text kept as `detail` for
 * developers, and type errors in the input name their field like the domain does. Anything else
 * becomes INTERNAL_SERVER_ERROR through the same mapping.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isMappedGraphQLError(original)) return formatted;
  const code = formatted.extensions?.['code'];
  const detail = formatted.message;
  const base = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  switch (code) {
    case ApolloServerErrorCode.GRAPHQL_PARSE_FAILED:
      return {
        ...base, message: 'Het GraphQL-document is niet leesbaar.',
        extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED, detail },
      };
    case ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED: {
      const input = literalInputError(error, detail);
      if (input) return { ...base, ...badUserInput(input, detail) };
      return {
        ...base, message: 'Het GraphQL-document past niet bij het schema.',
        extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED, detail },
      };
    }
    case ApolloServerErrorCode.BAD_USER_INPUT: {
      const input = variableInputError(detail) ?? { field: undefined, rule: 'type-mismatch' };
      return { ...base, ...badUserInput(input, detail) };
    }
    case ApolloServerErrorCode.BAD_REQUEST:
    case ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE:
      return { ...base, message: 'Het verzoek is ongeldig.', extensions: { code: ErrorCode.BAD_REQUEST, detail } };
    case ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND:
    case ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED:
      // Clients react to these codes by sending the full document: keep them as Apollo made them.
      return formatted;
    default: {
      // Not thrown through a resolver (context creation, a plugin): map it the same way.
      const mapped = toGraphQLError(original);
      return { ...base, message: mapped.message, extensions: withoutHttp(mapped.extensions) };
    }
  }
}

function withoutHttp(extensions: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { http: _http, ...rest } = extensions;
  return rest;
}

interface InputProblem {
  readonly field: string | undefined;
  readonly rule: string;
}

function badUserInput({ field, rule }: InputProblem, detail: string): Omit<GraphQLFormattedError, 'locations' | 'path'> {
  return {
    message: field === undefined ? 'De invoer is ongeldig.' : `Ongeldige waarde voor ${field}.`,
    extensions: { code: ErrorCode.BAD_USER_INPUT, rule, ...(field === undefined ? {} : { field }), detail },
  };
}

/** The rule a graphql-js coercion message names, in the domain's words where they exist. */
function ruleOf(message: string): string {
  if (/ does not exist in "[^"]+" enum|Enum "[^"]+" cannot represent/.test(message)) return 'value-not-allowed';
  if (/ of required type "[^"]+" was not provided| must not be null|is required, but it was not provided/.test(message)) {
    return 'value-required';
  }
  if (/ is not defined by type /.test(message)) return 'field-unknown';
  return 'type-mismatch';
}

/** A field the message says is missing or unknown below the value it is about. */
function innerField(message: string): string | undefined {
  const match = /Field "([^"]+)" (?:of required type|is not defined by type)/.exec(message);
  const name = match?.[1];
  return name === undefined ? undefined : name.slice(name.lastIndexOf('.') + 1);
}

/** Path of a field the way the domain names it: below the `input` argument, `period.from`, `themes[1]`. */
function fieldPath(segments: readonly (string | number)[]): string | undefined {
  const [first, ...rest] = segments[0] === 'input' && segments.length > 1 ? segments.slice(1) : segments;
  if (first === undefined) return undefined;
  return rest.reduce<string>((path, s) => (typeof s === 'number' ? `${path}[${s}]` : `${path}.${s}`), String(first));
}

function join(path: string | undefined, name: string | undefined): string | undefined {
  if (name === undefined) return path;
  return path === undefined ? name : `${path}.${name}`;
}

/**
 * Variable coercion (graphql-js `coerceVariableValues`):
 * `Variable "$input" got invalid value "x" at "input.format"; Value "x" does not exist in "SessionFormat" enum.`
 * `Variable "$input" of required type "RegisterRegionInput!" was not provided.`
 * The variable stands for the argument, so the path below it is the field.
 */
function variableInputError(message: string): InputProblem | undefined {
  const match = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"(?: got invalid value .*? at "([^"]+)")?/s.exec(message);
  if (!match) return undefined;
  const variable = match[1] ?? '';
  const at = match[2];
  const segments: (string | number)[] = at === undefined
    ? [variable]
    : at.split(/\.|(?=\[)/).map((s) => (s.startsWith('[') ? Number(s.slice(1, -1)) : s));
  const reason = message.slice(message.indexOf(';') + 1);
  const inner = message.includes(';') ? innerField(reason) : undefined;
  // A field missing or unknown right below the variable is named alone (`regionId`, not `input.regionId`).
  const path = segments.length > 1 ? fieldPath(segments.slice(1)) : inner === undefined ? variable : undefined;
  return { field: join(path, inner), rule: ruleOf(message) };
}

/**
 * A literal in the document that does not fit its input type (graphql-js ValuesOfCorrectTypeRule,
 * ProvidedRequiredArgumentsRule). The message does not name the field, so the document is parsed
 * again and the path to the offending node is found by its offset.
 */
const LITERAL_VALUE_ERROR = new RegExp([
  '^Expected value of type ',
  '^Field "[^"]+" of required type ',
  '^Field "[^"]+" is not defined by type ',
  '^Value "[^"]*" does not exist in "[^"]+" enum',
  '^[_A-Za-z][_0-9A-Za-z]* cannot represent ',
].join('|'));

function literalInputError(error: unknown, message: string): InputProblem | undefined {
  const requiredArgument = /^Field "[^"]+" argument "([^"]+)" of type "[^"]+" is required/.exec(message);
  if (requiredArgument) return { field: requiredArgument[1], rule: 'value-required' };
  if (!LITERAL_VALUE_ERROR.test(message)) return undefined;
  const rule = ruleOf(message);
  if (!(error instanceof GraphQLError) || !error.source || error.positions?.[0] === undefined) {
    return { field: undefined, rule };
  }
  const offset = error.positions[0];
  let found: (string | number)[] | undefined;
  try {
    visit(parse(error.source), {
      Argument(node: ArgumentNode) {
        found ??= pathTo(node.value, offset, [node.name.value]);
      },
    });
  } catch {
    return { field: undefined, rule };
  }
  const field = found === undefined ? undefined : fieldPath(found);
  // A missing field is reported at the object that lacks it; an unknown one at the field itself.
  return { field: / of required type /.test(message) ? join(field, innerField(message)) : field, rule };
}

function pathTo(value: ValueNode, offset: number, path: (string | number)[]): (string | number)[] | undefined {
  if (value.loc?.start === offset) return path;
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const below = [...path, field.name.value];
      if (field.loc?.start === offset) return below;
      const inner = pathTo(field.value, offset, below);
      if (inner) return inner;
    }
  }
  if (value.kind === Kind.LIST) {
    for (const [index, item] of value.values.entries()) {
      const inner = pathTo(item, offset, [...path, index]);
      if (inner) return inner;
    }
  }
  return undefined;
}
