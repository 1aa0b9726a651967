import type { Request } from 'express';
import type { Principal, Role } from '../command-side/command-context';
import { AccessDeniedError } from '../graphql/edge-errors';
import { AccessRule } from '../security/access-decisions';
import type { Authenticator } from '../security/authenticator';
import { QUERY_POLICIES } from '../security/operation-policy';

/** DESIGN.md 5: VNG exports programme reports; the beheerder may too (one rule for REST and GraphQL). */
export const REPORT_ROLES: readonly Role[] = QUERY_POLICIES.programmeReportPreview.roles;

/**
 * Who asks for a report over REST: the one place the report routes learn the principal (now the
 * verified bearer token, security/authenticator.ts). Throws `AuthenticationRequiredError` (401)
 * without a usable token.
 */
export function reportPrincipal(authenticator: Authenticator, req: Request): Promise<Principal> {
  return authenticator.principalOf(req);
}

/** Refuses (403) every role but vng and beheerder, for REST and GraphQL alike. */
export function requireReportAccess(principal: Principal): Principal {
  if (!REPORT_ROLES.includes(principal.role)) {
    throw new AccessDeniedError(AccessRule.role, 'Alleen VNG en beheerders kunnen programmarapportages opvragen.');
  }
  return principal;
}
