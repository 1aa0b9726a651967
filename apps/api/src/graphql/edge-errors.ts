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
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The principal may not do this (DESIGN.md 5): its role, region claim or person does not allow it. */
export class AccessDeniedError extends Error {
  override readonly name = 'AccessDeniedError';

  constructor(
    /** Stable name of the rule of access that said no (`role-not-allowed`, `region-not-in-claim`, ...). */
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}
