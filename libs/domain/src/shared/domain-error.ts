/**
 * How the edge should answer a refused command:
 * - `invalid-input`: a field breaks its own rule (shape, range, vocabulary): BAD_USER_INPUT;
 * - `rule`: the command is well-formed but an invariant refuses it: DOMAIN_RULE;
 * - `not-found`: the aggregate the command addresses does not exist: NOT_FOUND.
 */
export type DomainErrorKind = 'invalid-input' | 'rule' | 'not-found';

/**
 * A refusal by the domain. `rule` is a stable, kebab-case name (tests and clients rely on it,
 * never on the message); `message` is Dutch, for the people who use Leerkring.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly kind: DomainErrorKind,
    readonly rule: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const invalidInput = (field: string, rule: string, message: string): DomainError =>
  new DomainError('invalid-input', rule, message, field);

export const ruleBroken = (rule: string, message: string, field?: string): DomainError =>
  new DomainError('rule', rule, message, field);

export const notFound = (rule: string, message: string): DomainError =>
  new DomainError('not-found', rule, message);

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
