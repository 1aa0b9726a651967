import type { PrivacyDataKind } from './privacy-guard';

/**
 * How the edge should answer a refused command:
 * - `invalid-input`: a field breaks its own rule (shape, range, vocabulary): BAD_USER_INPUT;
 * - `rule`: the command is well-formed but an invariant refuses it: DOMAIN_RULE;
 * - `not-found`: the aggregate the command addresses does not exist: NOT_FOUND;
 * - `privacy`: a free text holds data that identifies a client (`privacy-guard.ts`): PRIVACY.
 */
export type DomainErrorKind = 'invalid-input' | 'rule' | 'not-found' | 'privacy';

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
    /** Kind `privacy` only: what kind of identifying data was found (never the data itself). */
    readonly dataKind?: PrivacyDataKind,
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

export const privacyRefused = (field: string, dataKind: PrivacyDataKind, message: string): DomainError =>
  new DomainError('privacy', `privacy-${dataKind}`, message, field, dataKind);

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
