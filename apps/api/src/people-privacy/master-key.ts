import type { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/app-config';
import { KEY_BYTES } from './personal-data-cipher';

/**
 * The master key used when `LEERKRING_MASTER_KEY` is unset outside production: it is in the
 * source code, so it protects nothing. It only lets development and tests run without a secret.
 * Production refuses to start without a key of its own (app-config.ts).
 */
export const INSECURE_DEVELOPMENT_MASTER_KEY = 'bGVlcmtyaW5nLW9ubHktZm9yLWRldmVsb3BtZW50ISE=';

/** The master key that wraps every person's data key, from the configuration. */
export function masterKeyOf(config: Pick<AppConfig, 'NODE_ENV' | 'LEERKRING_MASTER_KEY'>): Buffer {
  const configured = config.LEERKRING_MASTER_KEY;
  if (configured === undefined && config.NODE_ENV === 'production') {
    // app-config.ts refuses this already; kept so that no path can fall back in production.
    throw new ConfigError('Invalid configuration:\n  LEERKRING_MASTER_KEY: is required in production');
  }
  const key = Buffer.from(configured ?? INSECURE_DEVELOPMENT_MASTER_KEY, 'base64');
  if (key.length !== KEY_BYTES) {
    throw new ConfigError(`Invalid configuration:\n  LEERKRING_MASTER_KEY: must be ${KEY_BYTES} bytes in base64`);
  }
  return key;
}
