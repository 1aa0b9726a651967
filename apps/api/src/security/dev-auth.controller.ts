import {
  BadRequestException, Body, Controller, Get, HttpCode, Inject, NotFoundException, Post,
} from '@nestjs/common';
import { ROLES, type Principal, type Role } from '../command-side/command-context';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ReadModels } from '../graphql/read-models';
import { Authenticator } from './authenticator';
import type { DevIssuer } from './dev-issuer';

export interface DevTokenRequest {
  readonly role?: unknown;
  readonly regionId?: unknown;
  readonly actorId?: unknown;
}

const badRequest = (field: string, rule: string, message: string) =>
  new BadRequestException({ statusCode: 400, error: 'Bad Request', field, rule, message });

/** Actors for the roles that are no person of the programme's read models. */
const OFFICE_ACTORS: Partial<Record<Role, string>> = { vng: 'ontwikkel-vng', beheerder: 'ontwikkel-beheerder' };

/**
 * Sign-in endpoints. `GET /auth/config` tells the web app how to sign in. The `dev/*` endpoints
 * exist only with the development issuer (never in production): its public keys, the regions to
 * pick from, and tokens for a chosen role, acting as a real person of the demo programme where
 * the role is one (a region's ambassador, a developer assigned to it, a national ambassador).
 */
@Controller('auth')
export class DevAuthController {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly readModels: ReadModels,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('config')
  authConfig() {
    const { mode } = this.authenticator;
    if (mode.kind === 'development') {
      return { mode: 'development', issuer: mode.issuer.issuerName, audience: this.config.OIDC_AUDIENCE, roles: ROLES };
    }
    return {
      mode: 'oidc',
      issuer: mode.issuer,
      audience: this.config.OIDC_AUDIENCE,
      ...(this.config.OIDC_CLIENT_ID ? { clientId: this.config.OIDC_CLIENT_ID } : {}),
      roles: ROLES,
    };
  }

  @Get('dev/jwks.json')
  jwks() {
    return this.devIssuer().jwks;
  }

  @Get('dev/regions')
  async regions() {
    this.devIssuer();
    const regions = await this.readModels.regions.list();
    return regions.map(({ id, name }) => ({ id, name }));
  }

  @Post('dev/token')
  @HttpCode(200)
  async token(@Body() body: DevTokenRequest | undefined) {
    const issuer = this.devIssuer();
    const principal = await this.principalFor(body ?? {});
    const { token, expiresAt } = await issuer.mint(principal.principal, {
      audience: this.config.OIDC_AUDIENCE, displayName: principal.displayName,
    });
    return { token, expiresAt: expiresAt.toISOString(), principal: { ...principal.principal, regionIds: principal.principal.regionIds ?? [], displayName: principal.displayName } };
  }

  private devIssuer(): DevIssuer {
    const { mode } = this.authenticator;
    if (mode.kind !== 'development') throw new NotFoundException('Er is geen ontwikkel-aanmelding in deze omgeving.');
    return mode.issuer;
  }

  private async principalFor(body: DevTokenRequest): Promise<{ principal: Principal; displayName: string }> {
    const { role, regionId, actorId } = body;
    if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
      throw badRequest('role', 'role-unknown', `Kies een rol: ${ROLES.join(', ')}.`);
    }
    if (actorId !== undefined && (typeof actorId !== 'string' || actorId.trim() === '' || actorId.length > 200)) {
      throw badRequest('actorId', 'actor-invalid', 'actorId is een niet-lege tekst van hoogstens 200 tekens.');
    }
    const typedRole = role as Role;
    if (typedRole === 'regio-ambassadeur' || typedRole === 'ontwikkelaar') {
      if (typeof regionId !== 'string' || !(await this.readModels.regions.byId(regionId))) {
        throw badRequest('regionId', 'region-unknown', 'Kies een bestaande regio (CBS-code, zoals JZ36).');
      }
      return this.regionalActor(typedRole, regionId, actorId as string | undefined);
    }
    if (typedRole === 'landelijk-ambassadeur') {
      const [national] = await this.readModels.people.nationalAmbassadors();
      const id = (actorId as string | undefined) ?? national?.id;
      if (!id) throw badRequest('role', 'no-national-ambassador', 'Er is nog geen landelijk ambassadeur benoemd.');
      return { principal: { actorId: id, role: typedRole }, displayName: national?.id === id ? (national.name ?? 'Landelijk ambassadeur') : 'Landelijk ambassadeur' };
    }
    const id = (actorId as string | undefined) ?? OFFICE_ACTORS[typedRole] ?? typedRole;
    return { principal: { actorId: id, role: typedRole }, displayName: typedRole === 'vng' ? 'Medewerker VNG' : 'Beheerder' };
  }

  private async regionalActor(role: Role, regionId: string, actorId: string | undefined) {
    if (role === 'regio-ambassadeur') {
      const [current] = (await this.readModels.people.ambassadorsByRegion([regionId]))[0] ?? [];
      const id = actorId ?? current?.id;
      if (!id) throw badRequest('regionId', 'no-ambassador', `Regio ${regionId} heeft nog geen regio-ambassadeur.`);
      return { principal: { actorId: id, role, regionIds: [regionId] }, displayName: current?.id === id ? (current.name ?? 'Regio-ambassadeur') : 'Regio-ambassadeur' };
    }
    const [developer] = (await this.readModels.people.developersByRegion([regionId]))[0] ?? [];
    const id = actorId ?? developer?.id;
    if (!id) throw badRequest('regionId', 'no-developer', `Regio ${regionId} heeft nog geen ontwikkelaar.`);
    const regionIds = developer?.id === id ? (await this.readModels.people.regionIdsOfDevelopers([id]))[0] ?? [regionId] : [regionId];
    // The chosen region first: it is the one the ontwikkelaar acts for by default.
    const ordered = [regionId, ...regionIds.filter((r) => r !== regionId)];
    return { principal: { actorId: id, role, regionIds: ordered }, displayName: developer?.id === id ? (developer.name ?? 'Ontwikkelaar') : 'Ontwikkelaar' };
  }
}
