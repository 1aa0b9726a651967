import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';

/**
 * Security headers (helmet). Outside production the Apollo Sandbox page loads its script from
 * Apollo's CDN, so the content security policy applies in production only, where there is no
 * sandbox and the web app is served from this origin.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  return helmet({
    contentSecurityPolicy: config.NODE_ENV === 'production' ? { directives: { connectSrc: connectSources(config) } } : false,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * Where the web app may fetch from: this origin, and the OpenID provider, whose discovery document
 * and token endpoint the browser calls itself in the authorization-code flow.
 */
export function connectSources(config: Pick<AppConfig, 'OIDC_ISSUER' | 'OIDC_JWKS_URI'>): string[] {
  const origins = [config.OIDC_ISSUER, config.OIDC_JWKS_URI].flatMap((url) => (url ? [new URL(url).origin] : []));
  return ["'self'", ...new Set(origins)];
}

/** Whom a request counts against: the signed-in person's token, else the client address. */
export function rateLimitKey(req: Pick<Request, 'headers' | 'ip'>): string {
  const header = req.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  // A hash, so the limiter's memory never holds a usable token.
  if (token) return `token:${createHash('sha256').update(token).digest('base64url').slice(0, 32)}`;
  return `ip:${req.ip ?? 'unknown'}`;
}

/**
 * Requests per minute per token (per address without one). Over the limit: HTTP 429 with
 * Retry-After and a Dutch message in the GraphQL error shape, so clients show it like any other.
 */
export function rateLimiter(config: AppConfig): RequestHandler {
  if (config.RATE_LIMIT_PER_MINUTE === 0) return (_req: Request, _res: Response, next: NextFunction) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: config.RATE_LIMIT_PER_MINUTE,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: rateLimitKey,
    // The key is not the address alone (see above); express-rate-limit's IPv6 check does not apply.
    validate: { keyGeneratorIpFallback: false },
    handler: (_req, res) => {
      res.status(429).json({
        errors: [{
          message: 'U stuurt te veel verzoeken achter elkaar; wacht een minuut en probeer het opnieuw.',
          extensions: { code: 'RATE_LIMITED', retryable: true },
        }],
      });
    },
  });
}
