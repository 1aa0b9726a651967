import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';
import { isDomainError } from '@leerkring/domain';
import { isConnectionFailure, isStoreUnavailable } from '@leerkring/event-store';
import { PaginationInputError } from '@leerkring/read-models';
import { ConflictError } from '../command-side/conflict.error';
import { AccessDeniedError, AuthenticationRequiredError, InputValidationError } from './edge-errors';

/**
 * Every `extensions.code` the API answers with (DESIGN.md 6), and the one place that decides it.
 * Clients and tests rely on codes, rules and fields, never on message text; messages are Dutch.
 *
 * | source                                              | code                     | extensions                                 |
 * |-----------------------------------------------------|--------------------------|--------------------------------------------|
 * | DomainError kind `invalid-input`                    | BAD_USER_INPUT           | field, rule                                |
 * | InputValidationError (class-validator on an input)  | BAD_USER_INPUT           | field, rule                                |
 * | PaginationInputError (a read model's first/after)   | BAD_USER_INPUT           | field (first, after), rule                 |
 * | GraphQL type error in a variable or literal         | BAD_USER_INPUT           | field, rule, detail  (format-error.ts)     |
 * | DomainError kind `rule`                             | DOMAIN_RULE              | rule, field when the domain names one      |
 * | DomainError kind `not-found`                        | NOT_FOUND                | rule                                       |
 * | ConflictError (stale expected revision)             | CONFLICT                 | expectedRevision, actualRevision           |
 * | StoreUnavailableError                               | SERVICE_UNAVAILABLE      | retryable: true                            |
 * | read models' database unreachable (TypeORM over pg) | SERVICE_UNAVAILABLE      | retryable: true                            |
 * | depth limit (query-limits.ts)                       | QUERY_TOO_DEEP           | maxDepth, depth                            |
 * | nesting limit, fragments too (query-limits.ts)      | QUERY_TOO_DEEP           | maxNesting, nesting                        |
 * | complexity limit (query-limits.ts)                  | QUERY_TOO_COMPLEX        | maxComplexity, complexity                  |
 * | brackets nested too deep (document-shape.middleware)| QUERY_TOO_DEEP           | maxNesting (HTTP 400, before parsing)      |
 * | too many fragments (document-shape.middleware)      | QUERY_TOO_COMPLEX        | maxFragments (HTTP 400, before parsing)    |
 * | body over the limit (body-limit.middleware.ts)      | PAYLOAD_TOO_LARGE        | maxBytes (HTTP 413)                        |
 * | unparsable document                                 | GRAPHQL_PARSE_FAILED     | detail                                     |
 * | document that does not fit the schema               | GRAPHQL_VALIDATION_FAILED| detail                                     |
 * | malformed request (no query, CSRF, batch, ...)      | BAD_REQUEST              | detail                                     |
 * | AuthenticationRequiredError, HTTP 401               | UNAUTHENTICATED          | rule                                       |
 * | AccessDeniedError (security/operation-policy.ts)     | FORBIDDEN                | rule                                       |
 * | HTTP 403 (a Nest guard said no)                     | FORBIDDEN                | none                                       |
 * | DomainError kind `privacy` (identifying free text)  | PRIVACY                  | field, dataKind, rule                      |
 * | anything else                                       | INTERNAL_SERVER_ERROR    | none; generic message, original logged     |
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  DOMAIN_RULE: 'DOMAIN_RULE',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  PRIVACY: 'PRIVACY',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The answer to anything the table does not know: nothing of the original reaches the client. */
export const INTERNAL_ERROR_MESSAGE = 'Er ging iets mis aan onze kant. Probeer het later opnieuw.';

const logger = new Logger('GraphQL');

/**
 * An error this edge has already mapped: `format-error.ts` passes it through unchanged. Its HTTP
 * status (when it ends the request before execution) rides in `extensions.http`, which Apollo
 * uses and strips.
 */
export class MappedGraphQLError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: GraphQLErrorExtensions = {}, httpStatus?: number) {
    super(message, {
      extensions: { ...extensions, code, ...(httpStatus === undefined ? {} : { http: { status: httpStatus } }) },
    });
  }
}

export function isMappedGraphQLError(error: unknown): error is MappedGraphQLError {
  return error instanceof MappedGraphQLError;
}

const withField = (field: string | undefined) => (field === undefined ? {} : { field });

/**
 * Maps what a resolver (or a guard, pipe or plugin) threw to the error the client sees. Anything
 * unknown is logged with its stack and answered with a generic message.
 */
export function toGraphQLError(error: unknown): GraphQLError {
  if (isMappedGraphQLError(error)) return error;
  if (isDomainError(error)) {
    switch (error.kind) {
      case 'invalid-input':
        return new MappedGraphQLError(ErrorCode.BAD_USER_INPUT, error.message, { rule: error.rule, ...withField(error.field) });
      case 'rule':
        return new MappedGraphQLError(ErrorCode.DOMAIN_RULE, error.message, { rule: error.rule, ...withField(error.field) });
      case 'not-found':
        return new MappedGraphQLError(ErrorCode.NOT_FOUND, error.message, { rule: error.rule });
      case 'privacy':
        // Answered like BAD_USER_INPUT (HTTP 200 with the error): the sender can fix the text.
        return new MappedGraphQLError(ErrorCode.PRIVACY, error.message, {
          rule: error.rule, ...withField(error.field), ...(error.dataKind === undefined ? {} : { dataKind: error.dataKind }),
        });
    }
  }
  if (error instanceof InputValidationError) {
    return new MappedGraphQLError(ErrorCode.BAD_USER_INPUT, error.message, { rule: error.rule, field: error.field });
  }
  if (error instanceof PaginationInputError) {
    const rule = error.field === 'after' ? 'cursor-invalid' : 'page-size-invalid';
    return new MappedGraphQLError(ErrorCode.BAD_USER_INPUT, error.message, { rule, field: error.field });
  }
  if (error instanceof ConflictError) {
    return new MappedGraphQLError(
      ErrorCode.CONFLICT,
      `Dit is intussen gewijzigd (u ging uit van revisie ${error.expected}, het is nu revisie ${error.actual}). `
        + 'Laad opnieuw en probeer het nog eens.',
      { expectedRevision: error.expected, actualRevision: error.actual },
    );
  }
  if (isStoreUnavailable(error) || isDatabaseUnreachable(error)) {
    logger.warn(`event store unavailable: ${(error as Error).message}`);
    return new MappedGraphQLError(
      ErrorCode.SERVICE_UNAVAILABLE, 'Leerkring is tijdelijk niet bereikbaar. Probeer het zo opnieuw.', { retryable: true },
    );
  }
  if (error instanceof AuthenticationRequiredError) {
    return new MappedGraphQLError(ErrorCode.UNAUTHENTICATED, error.message, { rule: error.rule });
  }
  if (error instanceof AccessDeniedError) {
    return new MappedGraphQLError(ErrorCode.FORBIDDEN, error.message, { rule: error.rule });
  }
  if (error instanceof HttpException) {
    const mapped = fromHttpException(error);
    if (mapped) return mapped;
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : `non-error thrown: ${String(error)}`);
  return new MappedGraphQLError(ErrorCode.INTERNAL_SERVER_ERROR, INTERNAL_ERROR_MESSAGE);
}

/**
 * The read models live on the store's PostgreSQL server and are read through TypeORM, which throws
 * the driver's own errors (ECONNREFUSED while connecting, a QueryFailedError wrapping 57P01 when
 * the server shuts down): the same outage as the store's, so the same retryable answer.
 */
function isDatabaseUnreachable(error: unknown): boolean {
  return isConnectionFailure(error) || isConnectionFailure((error as { driverError?: unknown } | null)?.driverError);
}

/** Nest's own refusals (a guard returning false throws ForbiddenException, for one). */
function fromHttpException(error: HttpException): GraphQLError | undefined {
  switch (error.getStatus()) {
    case 400:
    case 422:
      return new MappedGraphQLError(ErrorCode.BAD_USER_INPUT, 'De invoer is ongeldig.');
    case 401:
      return new MappedGraphQLError(ErrorCode.UNAUTHENTICATED, 'U bent niet aangemeld.');
    case 403:
      return new MappedGraphQLError(ErrorCode.FORBIDDEN, 'U mag dit niet doen.');
    case 404:
      return new MappedGraphQLError(ErrorCode.NOT_FOUND, 'Niet gevonden.');
    default:
      return undefined;
  }
}
