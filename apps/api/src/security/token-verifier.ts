import {
  createLocalJWKSet, createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey,
} from 'jose';
import { LRUCache } from 'lru-cache';
import { ROLES, type Principal, type Role } from '../command-side/command-context';
import { AuthenticationRequiredError } from '../graphql/edge-errors';
import { DEV_CLAIMS, DEV_ISSUER, type DevIssuer } from './dev-issuer';

/** Tokens remembered as verified: about one per signed-in user of the last hour. */
const VERIFIED_CACHE_SIZE = 10_000;

/** Stable names of why a request is not signed in (`extensions.rule` of UNAUTHENTICATED). */
export const TokenRule = {
  missing: 'token-missing',
  malformed: 'token-malformed',
  expired: 'token-expired',
  notYetValid: 'token-not-yet-valid',
  issuer: 'token-issuer',
  audience: 'token-audience',
  signature: 'token-signature',
  claims: 'token-claims',
  issuerUnreachable: 'token-issuer-unreachable',
} as const;

export interface VerifierSettings {
  readonly issuer: string;
  readonly audience: string;
  readonly clockSkewSeconds: number;
  /** Dot paths of the claims that hold the role and the region codes. */
  readonly roleClaim: string;
  readonly regionsClaim: string;
}

const fail = (rule: string, message: string) => new AuthenticationRequiredError(rule, message);

/** A claim by dot path (`realm_access.roles`). */
function claim(payload: JWTPayload, path: string): unknown {
  return path.split('.').reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    payload,
  );
}

/** The one Leerkring role in the claim: a string, or a list (Keycloak's realm roles) holding exactly one of ours. */
function roleOf(value: unknown): Role {
  const candidates = (Array.isArray(value) ? value : [value]).filter(
    (v): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v),
  );
  if (candidates.length !== 1) {
    throw fail(TokenRule.claims, `Het token moet precies één Leerkring-rol dragen (${ROLES.join(', ')}).`);
  }
  return candidates[0] as Role;
}

function regionsOf(value: unknown): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : null;
  if (!list || !list.every((v) => typeof v === 'string')) {
    throw fail(TokenRule.claims, 'De regio\'s in het token moeten een lijst CBS-codes zijn.');
  }
  return (list as string[]).filter((region) => region !== '');
}

/** What jose's refusal means for the client, in Dutch, without echoing the token. */
function refusalOf(error: unknown): AuthenticationRequiredError {
  if (error instanceof AuthenticationRequiredError) return error;
  if (error instanceof joseErrors.JWTExpired) return fail(TokenRule.expired, 'Uw aanmelding is verlopen; meld u opnieuw aan.');
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return fail(TokenRule.issuer, 'Het token is niet uitgegeven door de aanmeldvoorziening van Leerkring.');
    if (error.claim === 'aud') return fail(TokenRule.audience, 'Het token is niet voor Leerkring bedoeld.');
    if (error.claim === 'nbf' || error.claim === 'iat') return fail(TokenRule.notYetValid, 'Het token is nog niet geldig.');
    return fail(TokenRule.claims, `Het token mist een geldige claim ${error.claim}.`);
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed || error instanceof joseErrors.JWKSNoMatchingKey) {
    return fail(TokenRule.signature, 'De handtekening van het token klopt niet.');
  }
  if (error instanceof joseErrors.JWKSTimeout || (error instanceof Error && /fetch|ECONNREFUSED|ENOTFOUND/.test(error.message))) {
    return fail(TokenRule.issuerUnreachable, 'De aanmeldvoorziening is niet bereikbaar; probeer het zo nog eens.');
  }
  return fail(TokenRule.malformed, 'Het token is geen geldig JWT.');
}

/**
 * Verifies a bearer token (signature against the issuer's keys, issuer, audience, expiry with a
 * bounded clock skew, algorithm) and reads the principal from its claims.
 */
export class TokenVerifier {
  /**
   * A token verified once is the same token until it expires: its signature, issuer and audience
   * cannot change, and its not-before lies in the past. Only its expiry is checked again, so a
   * client sending the same token with every request pays for one signature check, not each time.
   */
  private readonly verified = new LRUCache<string, { principal: Principal; validUntilMs: number }>({ max: VERIFIED_CACHE_SIZE });

  constructor(
    private readonly keys: JWTVerifyGetKey,
    private readonly settings: VerifierSettings,
  ) {}

  static forDevIssuer(issuer: DevIssuer, audience: string, clockSkewSeconds: number): TokenVerifier {
    return new TokenVerifier(createLocalJWKSet(issuer.jwks), {
      issuer: DEV_ISSUER, audience, clockSkewSeconds, roleClaim: DEV_CLAIMS.role, regionsClaim: DEV_CLAIMS.regions,
    });
  }

  /** A real OpenID Connect provider: keys fetched (and cached, rotated) from its JWKS address. */
  static forRemoteIssuer(jwksUri: string, settings: VerifierSettings): TokenVerifier {
    return new TokenVerifier(createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: 5000 }), settings);
  }

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known && Date.now() < known.validUntilMs) return known.principal;
    return this.verifyAfresh(token);
  }

  private async verifyAfresh(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        clockTolerance: this.settings.clockSkewSeconds,
        algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
        requiredClaims: ['sub', 'exp'],
      });
      const actorId = payload.sub;
      if (!actorId) throw fail(TokenRule.claims, 'Het token noemt geen gebruiker (sub).');
      const role = roleOf(claim(payload, this.settings.roleClaim));
      const regionIds = regionsOf(claim(payload, this.settings.regionsClaim));
      const principal: Principal = { actorId, role, ...(regionIds.length > 0 ? { regionIds } : {}) };
      // `exp` is required above; jose accepted the token up to exp plus the clock skew.
      this.verified.set(token, { principal, validUntilMs: (payload.exp! + this.settings.clockSkewSeconds) * 1000 });
      return principal;
    } catch (error) {
      throw refusalOf(error);
    }
  }
}
