import { ConfigError, loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  it('defaults to the embedded store on port 3000', () => {
    expect(loadAppConfig({})).toEqual({ NODE_ENV: 'development', PORT: 3000, LEERKRING_DATA_DIR: './.data' });
  });

  it('reads every variable it knows', () => {
    const config = loadAppConfig({
      PORT: '8080', DATABASE_URL: 'postgres://u@db/leerkring',
      EVENTSTORE_CONNECTION_STRING: 'esdb://es:2113?tls=false', LEERKRING_DATA_DIR: '/var/lib/leerkring', NODE_ENV: 'production',
    });
    expect(config).toMatchObject({ PORT: 8080, DATABASE_URL: 'postgres://u@db/leerkring', NODE_ENV: 'production' });
  });

  it('names the wrong variable and the rule it breaks', () => {
    expect(() => loadAppConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadAppConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadAppConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must start with postgres:\/\//);
    expect(() => loadAppConfig({ EVENTSTORE_CONNECTION_STRING: 'http://x' })).toThrow(/EVENTSTORE_CONNECTION_STRING/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadAppConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
