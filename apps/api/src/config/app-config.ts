import { z } from 'zod';

const optionalUrl = (protocols: readonly string[], example: string) =>
  z.string().trim().min(1).optional().refine(
    (value) => value === undefined || protocols.some((p) => value.startsWith(`${p}://`)),
    { message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')} (for example ${example})` },
  );

/** Every setting Leerkring reads from the environment, checked once at start. */
export const appConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  DATABASE_URL: optionalUrl(['postgres', 'postgresql'], 'postgres://user@localhost:5432/leerkring'),
  EVENTSTORE_CONNECTION_STRING: optionalUrl(['esdb', 'esdb+discover', 'kurrentdb', 'kurrentdb+discover', 'kdb', 'kdb+discover'], 'esdb://localhost:2113?tls=false'),
  LEERKRING_DATA_DIR: z.string().trim().min(1).default('./.data'),
  /** `auto` (also when unset): `npm start` loads the demo programme into an empty embedded store; `off`: never. */
  LEERKRING_DEMO_DATA: z.enum(['auto', 'off']).optional(),
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
