import type { Request } from 'express';
import type { Principal } from '../command-side/command-context';
import type { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/app-config';
import { AuthenticationRequiredError } from '../graphql/edge-errors';
import { DevIssuer } from './dev-issuer';
import { TokenRule, TokenVerifier } from './token-verifier';

/** How the API signs people in: the development issuer, or a real OpenID Connect provider. */
export type AuthMode =
  | { readonly kind: 'development'; readonly issuer: DevIssuer }
  | { readonly kind: 'oidc'; readonly issuer: string; readonly jwksUri?: string };

export async function authModeOf(config: AppConfig): Promise<AuthMode> {
  if (config.OIDC_ISSUER) return { kind: 'oidc', issuer: config.OIDC_ISSUER, ...(config.OIDC_JWKS_URI ? { jwksUri: config.OIDC_JWKS_URI } : {}) };
  if (config.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  OIDC_ISSUER: is required in production (the development issuer signs tokens for anyone)',
    );
  }
  return { kind: 'development', issuer: await DevIssuer.forDataDir(config.LEERKRING_DATA_DIR) };
}

/** The JWKS address from the issuer's OpenID discovery document. */
async function discoverJwksUri(issuer: string): Promise<string> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`fetch of ${url} answered ${response.status}`);
  const { jwks_uri: jwksUri } = await response.json() as { jwks_uri?: unknown };
  if (typeof jwksUri !== 'string') throw new Error(`${url} names no jwks_uri`);
  return jwksUri;
}

interface RequestWithPrincipal extends Request {
  leerkringPrincipal?: Promise<Principal>;
}

/** The bearer token of a request, or a clear refusal. */
export function bearerTokenOf(req: Pick<Request, 'headers'>): string {
  const header = req.headers.authorization;
  if (!header) throw new AuthenticationRequiredError(TokenRule.missing, 'U bent niet aangemeld: stuur een token mee (Authorization: Bearer ...).');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new AuthenticationRequiredError(TokenRule.malformed, 'De Authorization-header moet de vorm "Bearer <token>" hebben.');
  return match[1];
}

/**
 * Who sends a request: the one place every transport (GraphQL, reports, ...) asks. The principal
 * is verified once per request and remembered on it.
 */
export class Authenticator {
  private verifier?: Promise<TokenVerifier>;

  constructor(
    readonly mode: AuthMode,
    private readonly config: AppConfig,
  ) {}

  principalOf(req: Request): Promise<Principal> {
    const request = req as RequestWithPrincipal;
    request.leerkringPrincipal ??= this.verify(req);
    return request.leerkringPrincipal;
  }

  private async verify(req: Request): Promise<Principal> {
    const token = bearerTokenOf(req);
    return (await this.tokenVerifier()).verify(token);
  }

  private tokenVerifier(): Promise<TokenVerifier> {
    this.verifier ??= this.createVerifier().catch((error: unknown) => {
      this.verifier = undefined; // the provider may be back on the next request
      throw new AuthenticationRequiredError(
        TokenRule.issuerUnreachable, 'De aanmeldvoorziening is niet bereikbaar; probeer het zo nog eens.',
        { cause: error },
      );
    });
    return this.verifier;
  }

  private async createVerifier(): Promise<TokenVerifier> {
    const { config, mode } = this;
    if (mode.kind === 'development') {
      return TokenVerifier.forDevIssuer(mode.issuer, config.OIDC_AUDIENCE, config.AUTH_CLOCK_SKEW_SECONDS);
    }
    return TokenVerifier.forRemoteIssuer(mode.jwksUri ?? await discoverJwksUri(mode.issuer), {
      issuer: mode.issuer,
      audience: config.OIDC_AUDIENCE,
      clockSkewSeconds: config.AUTH_CLOCK_SKEW_SECONDS,
      roleClaim: config.OIDC_ROLE_CLAIM,
      regionsClaim: config.OIDC_REGIONS_CLAIM,
    });
  }
}
