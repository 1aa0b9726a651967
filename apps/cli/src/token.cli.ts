/**
 * npm run token -- --role regio-ambassadeur --region JZ36 [--actor <id>] [--hours 8]
 *
 * Prints a bearer token of the development issuer for the role (docs/security.md), for the
 * GraphQL sandbox (`Authorization: Bearer <token>`), curl or scripts. It signs with the key in
 * LEERKRING_DATA_DIR (./.data by default), the one `npm start` verifies with. Refused where a
 * real OpenID Connect provider is configured (OIDC_ISSUER) and in production.
 */
import { parseArgs } from 'node:util';
import { ROLES, type Principal, type Role } from '../../api/src/command-side/command-context';
import { loadAppConfig } from '../../api/src/config/app-config';
import { DevIssuer } from '../../api/src/security/dev-issuer';

const REGION_BOUND: readonly Role[] = ['regio-ambassadeur', 'ontwikkelaar'];

export class UsageError extends Error {}

/** The principal the arguments describe, or a Dutch usage error naming the option. */
export function principalFromArgs(argv: readonly string[]): { principal: Principal; hours: number } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      role: { type: 'string' },
      region: { type: 'string', multiple: true },
      actor: { type: 'string' },
      hours: { type: 'string', default: '8' },
    },
    strict: true,
  });
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new UsageError(`--role is verplicht: ${ROLES.join(', ')}`);
  const regionIds = (values.region ?? []).flatMap((r) => r.split(',')).map((r) => r.trim()).filter((r) => r !== '');
  if (REGION_BOUND.includes(role) && regionIds.length === 0) throw new UsageError(`--region is verplicht voor ${role} (CBS-code, zoals JZ36)`);
  if (!REGION_BOUND.includes(role) && regionIds.length > 0) throw new UsageError(`--region hoort niet bij ${role}: die rol is landelijk`);
  if (regionIds.some((r) => !/^JZ\d{2}$/.test(r))) throw new UsageError('--region is een CBS-code van een jeugdregio, zoals JZ36');
  const hours = Number(values.hours);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) throw new UsageError('--hours is een aantal uren tussen 0 en 720');
  const actorId = values.actor?.trim() || `ontwikkel-${role}${regionIds[0] ? `-${regionIds[0].toLowerCase()}` : ''}`;
  return { principal: { actorId, role, ...(regionIds.length ? { regionIds } : {}) }, hours };
}

async function main(argv: string[]): Promise<number> {
  const config = loadAppConfig();
  if (config.OIDC_ISSUER || config.NODE_ENV === 'production') {
    console.error('Deze omgeving gebruikt een echte aanmeldvoorziening (OIDC_ISSUER of productie): vraag daar een token aan.');
    return 1;
  }
  if (config.LEERKRING_DATA_DIR.startsWith('memory://')) {
    console.error('LEERKRING_DATA_DIR=memory:// bewaart de sleutel alleen in het geheugen van de API: een token van hier werkt daar niet.');
    return 1;
  }
  const { principal, hours } = principalFromArgs(argv);
  const issuer = await DevIssuer.inFolder(config.LEERKRING_DATA_DIR);
  const { token, expiresAt } = await issuer.mint(principal, { audience: config.OIDC_AUDIENCE, expiresInSeconds: Math.round(hours * 3600) });
  console.error(`Token voor ${principal.actorId} (${principal.role}${principal.regionIds ? `, ${principal.regionIds.join(', ')}` : ''}), geldig tot ${expiresAt.toISOString()}.`);
  if (REGION_BOUND.includes(principal.role) && !argv.some((a) => a.startsWith('--actor'))) {
    console.error('Tip: met --actor <id> handelt u als een bestaande ambassadeur of ontwikkelaar (eigen weekwerk vraagt dat).');
  }
  console.log(token);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
    console.error(error instanceof UsageError ? `Fout: ${error.message}` : error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}
