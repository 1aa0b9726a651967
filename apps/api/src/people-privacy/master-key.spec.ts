import { randomBytes } from 'node:crypto';
import { ConfigError, loadAppConfig } from '../config/app-config';
import { INSECURE_DEVELOPMENT_MASTER_KEY, masterKeyOf } from './master-key';

describe('LEERKRING_MASTER_KEY', () => {
  const key = randomBytes(32).toString('base64');

  it('is read as 32 bytes from base64', () => {
    const config = loadAppConfig({ LEERKRING_MASTER_KEY: key, NODE_ENV: 'production' });
    expect(masterKeyOf(config).equals(Buffer.from(key, 'base64'))).toBe(true);
  });

  it('is required in production, named in the error', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrow(/LEERKRING_MASTER_KEY: is required in production/);
    expect(() => masterKeyOf({ NODE_ENV: 'production', LEERKRING_MASTER_KEY: undefined })).toThrow(/LEERKRING_MASTER_KEY/);
  });

  it('refuses what is not 32 bytes of base64, naming the variable', () => {
    for (const wrong of ['geheim', randomBytes(16).toString('base64'), randomBytes(33).toString('base64'), `${key.slice(0, -2)}!=`]) {
      expect(() => loadAppConfig({ LEERKRING_MASTER_KEY: wrong })).toThrow(/LEERKRING_MASTER_KEY: must be 32 random bytes in base64/);
    }
  });

  it('falls back to the development key outside production only', () => {
    for (const NODE_ENV of ['development', 'test'] as const) {
      expect(masterKeyOf(loadAppConfig({ NODE_ENV })).equals(Buffer.from(INSECURE_DEVELOPMENT_MASTER_KEY, 'base64'))).toBe(true);
    }
    expect(Buffer.from(INSECURE_DEVELOPMENT_MASTER_KEY, 'base64').toString()).toBe('leerkring-only-for-development!!');
  });
});
