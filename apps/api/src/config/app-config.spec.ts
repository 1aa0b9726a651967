import { ConfigError, loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  it('defaults to the embedded store on port 3000', () => {
    expect(loadAppConfig({})).toEqual({
      NODE_ENV: 'development', PORT: 3000, LEERKRING_DATA_DIR: './.data',
      // Sign-in: the development issuer (no OIDC_ISSUER) with the claims it writes.
      OIDC_AUDIENCE: 'leerkring', OIDC_ROLE_CLAIM: 'leerkring_role', OIDC_REGIONS_CLAIM: 'leerkring_regions',
      AUTH_CLOCK_SKEW_SECONDS: 60, RATE_LIMIT_PER_MINUTE: 1200,
    });
  });

  it('reads every variable it knows', () => {
    const config = loadAppConfig({
      PORT: '8080', DATABASE_URL: 'postgres://u@db/leerkring',
      EVENTSTORE_CONNECTION_STRING: 'esdb://es:2113?tls=false', LEERKRING_DATA_DIR: '/var/lib/leerkring', NODE_ENV: 'production',
      LEERKRING_MASTER_KEY: 'q7mW6VvYb0yqkq4l5m3Q0jv6m7rX3bqg1m9Y2m2aZ0A=',
    });
    expect(config).toMatchObject({ PORT: 8080, DATABASE_URL: 'postgres://u@db/leerkring', NODE_ENV: 'production' });
  });

  it('names the wrong variable and the rule it breaks', () => {
    expect(() => loadAppConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadAppConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadAppConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must start with postgres:\/\//);
    expect(() => loadAppConfig({ EVENTSTORE_CONNECTION_STRING: 'http://x' })).toThrow(/EVENTSTORE_CONNECTION_STRING/);
    // The client would accept the setting and then fail at the first connection.
    expect(() => loadAppConfig({ EVENTSTORE_CONNECTION_STRING: 'kurrentdb://es:2113' })).toThrow(/must start with esdb:\/\/ or esdb\+discover:\/\//);
  });

  it('treats an empty variable as unset', () => {
    expect(loadAppConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
