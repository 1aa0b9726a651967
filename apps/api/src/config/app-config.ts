import { z } from 'zod';

const optionalUrl = (protocols: readonly string[], example: string) =>
  z.string().trim().min(1).optional().refine(
    (value) => value === undefined || protocols.some((p) => value.startsWith(`${p}://`)),
    { message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')} (for example ${example})` },
  );

const isBase64Of32Bytes = (value: string): boolean =>
  /^[A-Za-z0-9+/]{43}=$/.test(value) && Buffer.from(value, 'base64').length === 32;

/** Every setting Leerkring reads from the environment, checked once at start. */
export const appConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  DATABASE_URL: optionalUrl(['postgres', 'postgresql'], 'postgres://user@localhost:5432/leerkring'),
  // @eventstore/db-client 6 parses only these two schemes (a KurrentDB server accepts them too).
  EVENTSTORE_CONNECTION_STRING: optionalUrl(['esdb', 'esdb+discover'], 'esdb://localhost:2113?tls=false'),
  LEERKRING_DATA_DIR: z.string().trim().min(1).default('./.data'),
  /** `auto` (also when unset): `npm start` loads the demo programme into an empty embedded store; `off`: never. */
  LEERKRING_DEMO_DATA: z.enum(['auto', 'off']).optional(),
  /**
   * Wraps every person's data key (docs/crypto-shredding.md): 32 random bytes in base64. Required
   * in production; elsewhere a fixed development key is used when it is unset.
   */
  LEERKRING_MASTER_KEY: z.string().trim().min(1).optional().refine(
    (value) => value === undefined || isBase64Of32Bytes(value),
    { message: 'must be 32 random bytes in base64 (make one with: openssl rand -base64 32)' },
  ),
  // Sign-in (docs/security.md). Without OIDC_ISSUER the built-in development issuer signs tokens,
  // which production refuses to start with.
  OIDC_ISSUER: optionalUrl(['https', 'http'], 'https://login.example.nl/realms/leerkring'),
  /** Where the issuer publishes its keys; by default read from the issuer's OpenID discovery document. */
  OIDC_JWKS_URI: optionalUrl(['https', 'http'], 'https://login.example.nl/realms/leerkring/protocol/openid-connect/certs'),
  OIDC_AUDIENCE: z.string().trim().min(1).default('leerkring'),
  /** The web app's client id at the issuer (the authorization-code flow). */
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  /** Claim holding the Leerkring role (a dot path, as `realm_access.roles` in Keycloak). */
  OIDC_ROLE_CLAIM: z.string().trim().min(1).default('leerkring_role'),
  /** Claim holding the region codes (CBS, `JZ36`) of a regio-ambassadeur or ontwikkelaar. */
  OIDC_REGIONS_CLAIM: z.string().trim().min(1).default('leerkring_regions'),
  AUTH_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(60),
  /** Requests per minute per signed-in person (per address without a token); 0 switches the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  // Operations (docs/operations.md). Unset means the default named in each comment.
  /** pino level of the JSON logs; `info` by default, `silent` under jest (NODE_ENV=test). */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** A readiness probe of the store slower than this answers `store: "slow"` (default 1000). */
  HEALTH_SLOW_MS: z.coerce.number().int().min(1).optional(),
  /** A readiness probe of the store with no answer after this counts the store as down (default 5000). */
  HEALTH_TIMEOUT_MS: z.coerce.number().int().min(1).optional(),
  /** After SIGTERM the process exits within this, forcibly when draining takes longer (default 10000). */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).optional(),
}).superRefine((config, context) => {
  // Personal data written under a development key is readable by anyone with the source code.
  if (config.NODE_ENV === 'production' && config.LEERKRING_MASTER_KEY === undefined) {
    context.addIssue({
      code: 'custom', path: ['LEERKRING_MASTER_KEY'],
      message: 'is required in production (32 random bytes in base64: openssl rand -base64 32)',
    });
  }
});

export type AppConfig = z.infer<typeof appConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment; a wrong variable is named in the error with what it must be. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const relevant = Object.fromEntries(
    Object.keys(appConfigSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const result = appConfigSchema.safeParse(relevant);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}

export const APP_CONFIG = Symbol('APP_CONFIG');
