/**
 * Refusals that arise at the GraphQL edge itself, before a command reaches the domain. Each is
 * mapped to its code in `error-mapping.ts`, like the domain's and the store's errors.
 */

/** A field of the input breaks a check the edge makes (class-validator), named like the domain names its fields. */
export class InputValidationError extends Error {
  override readonly name = 'InputValidationError';

  constructor(
    readonly field: string,
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

/** The request carries no (usable) identity where one is required. */
export class AuthenticationRequiredError extends Error {
  override readonly name = 'AuthenticationRequiredError';

  constructor(
    /** Stable name of what is missing or wrong, for clients and tests. */
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}
