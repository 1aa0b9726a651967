import { Region } from '@leerkring/domain';
import type { Principal } from '../command-side/command-context';
import { AccessDeniedError } from '../graphql/edge-errors';
import { REGION_BOUND_ROLES, type OperationPolicy, type RegionScope } from './operation-policy';

/** Stable names of the rules of access (`extensions.rule` of FORBIDDEN). */
export const AccessRule = {
  role: 'role-not-allowed',
  unknownOperation: 'operation-without-policy',
  region: 'region-not-in-claim',
  self: 'not-own-record',
} as const;

const ROLE_NAMES: Readonly<Record<string, string>> = {
  'regio-ambassadeur': 'een regio-ambassadeur',
  ontwikkelaar: 'een ontwikkelaar',
  'landelijk-ambassadeur': 'een landelijk ambassadeur',
  vng: 'VNG',
  beheerder: 'een beheerder',
};

/** The role check of an operation; an operation without policy is refused (fail closed). */
export function requireRole(principal: Principal, operation: string, policy: OperationPolicy | undefined): void {
  if (!policy) {
    throw new AccessDeniedError(AccessRule.unknownOperation, `Voor ${operation} is geen toegangsregel vastgelegd; niemand mag het.`);
  }
  if (!policy.roles.includes(principal.role)) {
    throw new AccessDeniedError(
      AccessRule.role,
      `Als ${ROLE_NAMES[principal.role] ?? principal.role} mag u ${operation} niet uitvoeren; dat mag ${policy.roles.map((r) => ROLE_NAMES[r] ?? r).join(' of ')}.`,
    );
  }
}

/** What a scope check may look at: the command's data, the addressed aggregate, other circles. */
export interface ScopeSubject {
  readonly data: Readonly<Record<string, unknown>>;
  /** The addressed aggregate as loaded (for `aggregate-region`). */
  readonly state: unknown;
  /** The region of a circle (for `circle-region`); `undefined` when there is no such circle. */
  readonly circleRegion: (circleId: unknown) => Promise<string | undefined>;
}

const inClaim = (principal: Principal, regionId: string | undefined): boolean =>
  // No region yet (an aggregate that does not exist): the domain answers NOT_FOUND or its own rule.
  regionId === undefined || (principal.regionIds ?? []).includes(regionId);

function outsideClaim(principal: Principal, regionId: string): AccessDeniedError {
  const claim = principal.regionIds?.length ? principal.regionIds.join(', ') : 'geen regio';
  return new AccessDeniedError(AccessRule.region, `Dit hoort bij regio ${regionId}; u handelt voor ${claim}.`);
}

/**
 * The region scope of an operation (see RegionScope). Only region-bound roles are checked; the
 * `acting-region` scope is kept by the learning handlers through acting-region.ts.
 */
export async function requireScope(principal: Principal, scope: RegionScope | undefined, subject: ScopeSubject): Promise<void> {
  if (!scope || !REGION_BOUND_ROLES.includes(principal.role)) return;
  switch (scope.kind) {
    case 'self': {
      if (subject.data[scope.field] !== principal.actorId) {
        throw new AccessDeniedError(AccessRule.self, 'U kunt dit alleen voor uzelf doen, niet voor een ander.');
      }
      return;
    }
    case 'input-region': {
      const regionId = subject.data[scope.field];
      // A malformed code is no region of anyone's: bad input (BAD_USER_INPUT on the field), not access.
      if (typeof regionId === 'string') Region.requireRegionId(scope.field, regionId);
      if (typeof regionId === 'string' && !inClaim(principal, regionId)) throw outsideClaim(principal, regionId);
      return;
    }
    case 'aggregate-region': {
      const regionId = scope.regionOf(subject.state as never);
      if (!inClaim(principal, regionId)) throw outsideClaim(principal, regionId as string);
      return;
    }
    case 'circle-region': {
      const regionId = await subject.circleRegion(subject.data[scope.field]);
      if (!inClaim(principal, regionId)) throw outsideClaim(principal, regionId as string);
      return;
    }
    case 'acting-region':
      return;
  }
}
