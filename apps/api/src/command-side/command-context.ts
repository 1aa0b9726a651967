import { invalidInput } from '@leerkring/domain';

/** The roles of DESIGN.md section 5. */
export const ROLES = ['regio-ambassadeur', 'ontwikkelaar', 'landelijk-ambassadeur', 'vng', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who sends the command. Until the security issue lands the caller supplies it; afterwards it
 * comes from the verified token, never from the client's input.
 */
export interface Principal {
  readonly actorId: string;
  readonly role: Role;
  /** The region claim: a regio-ambassadeur's region, an ontwikkelaar's assigned regions. */
  readonly regionIds?: readonly string[];
}

/** What every command carries besides its domain data. */
export interface CommandContext {
  readonly principal: Principal;
  /** The client's key for this command: sending it again never appends twice. 1..200 characters. */
  readonly idempotencyKey: string;
  /** The revision the client decided on; when given, any other revision is a conflict. */
  readonly expectedRevision?: number;
  readonly correlationId?: string;
  /** The message that caused this command; defaults to the command's own id. */
  readonly causationId?: string;
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/**
 * Checks the parts of the context a client supplies (key, expected revision) as input, and the
 * principal as a precondition of the application (a command without one is a bug, not input).
 */
export function requireCommandContext(context: CommandContext): CommandContext {
  const { principal, idempotencyKey, expectedRevision } = context;
  if (typeof principal?.actorId !== 'string' || principal.actorId === '' || !ROLES.includes(principal.role)) {
    throw new TypeError('a command needs a principal with an actor id and a known role');
  }
  if (
    typeof idempotencyKey !== 'string'
    || idempotencyKey.length < 1
    || idempotencyKey.length > MAX_IDEMPOTENCY_KEY_LENGTH
  ) {
    throw invalidInput(
      'idempotencyKey', 'idempotency-key-invalid',
      `idempotencyKey moet 1 tot ${MAX_IDEMPOTENCY_KEY_LENGTH} tekens lang zijn`,
    );
  }
  if (expectedRevision !== undefined && (!Number.isSafeInteger(expectedRevision) || expectedRevision < -1)) {
    throw invalidInput(
      'expectedRevision', 'expected-revision-invalid',
      'expectedRevision is een revisie: een geheel getal van -1 of meer',
    );
  }
  return context;
}
