import {
  createParamDecorator, Inject, Injectable, type CanActivate, type ExecutionContext,
} from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ROLES, type Principal, type Role } from '../command-side/command-context';
import { AuthenticationRequiredError } from './edge-errors';

/**
 * PLACEHOLDER until the security issue lands: OpenID Connect bearer tokens (DESIGN.md 5) replace
 * this file. Until then the caller says who it is in three headers, which anyone can forge, so
 * an API with this guard must not be reachable by untrusted clients:
 *
 * - `x-leerkring-actor`: the actor id (an ambassador's or developer's id, or any stable id);
 * - `x-leerkring-role`: one of regio-ambassadeur, ontwikkelaar, landelijk-ambassadeur, vng, beheerder;
 * - `x-leerkring-regions`: the region claim, a comma list of CBS codes (`JZ36,JZ08`).
 *
 * Without any of them, a development `beheerder` acts, and ONLY outside production; in production
 * a request without them is UNAUTHENTICATED. Headers that are present but wrong are refused in
 * every environment, so a typo never silently turns into the development beheerder.
 */
export const PRINCIPAL_HEADERS = {
  actor: 'x-leerkring-actor',
  role: 'x-leerkring-role',
  regions: 'x-leerkring-regions',
} as const;

export const DEVELOPMENT_PRINCIPAL: Principal = { actorId: 'ontwikkel-beheerder', role: 'beheerder' };

export const PrincipalRule = {
  missing: 'principal-missing',
  incomplete: 'principal-incomplete',
  unknownRole: 'role-unknown',
} as const;

type Headers = Readonly<Record<string, string | readonly string[] | undefined>>;

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
};

/** Who sends the request, from the placeholder headers. */
export function principalFromHeaders(headers: Headers, production: boolean): Principal {
  const actorId = header(headers, PRINCIPAL_HEADERS.actor);
  const role = header(headers, PRINCIPAL_HEADERS.role);
  const regions = header(headers, PRINCIPAL_HEADERS.regions);
  if (actorId === undefined && role === undefined && regions === undefined) {
    if (production) throw new AuthenticationRequiredError(PrincipalRule.missing, 'U bent niet aangemeld.');
    return DEVELOPMENT_PRINCIPAL;
  }
  if (actorId === undefined || role === undefined) {
    throw new AuthenticationRequiredError(
      PrincipalRule.incomplete, `Geef zowel ${PRINCIPAL_HEADERS.actor} als ${PRINCIPAL_HEADERS.role} mee.`,
    );
  }
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new AuthenticationRequiredError(PrincipalRule.unknownRole, `Onbekende rol: ${role}.`);
  }
  const regionIds = regions?.split(',').map((r) => r.trim()).filter((r) => r !== '') ?? [];
  return { actorId, role: role as Role, ...(regionIds.length > 0 ? { regionIds } : {}) };
}

interface RequestWithPrincipal extends Request {
  leerkringPrincipal?: Principal;
}

function graphqlRequest(context: ExecutionContext): RequestWithPrincipal {
  return GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req;
}

/**
 * Establishes the principal of every GraphQL operation before any resolver runs (registered
 * globally by the GraphQL module; other transports pass untouched).
 */
@Injectable()
export class PrincipalGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const req = graphqlRequest(context);
    req.leerkringPrincipal ??= principalFromHeaders(req.headers, this.config.NODE_ENV === 'production');
    return true;
  }
}

/** The principal the guard established: `@CurrentPrincipal() principal: Principal`. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = graphqlRequest(context).leerkringPrincipal;
  // The guard runs before every resolver: no principal here is a wiring bug, not a client error.
  if (!principal) throw new Error('no principal on the request: is PrincipalGuard registered?');
  return principal;
});
