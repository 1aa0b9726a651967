// NestJS 12 ships ESM only; jest on Node 20 runs CommonJS, so swc transforms those packages too.
const esmOnly = [
  '@nestjs', '@as-integrations', 'file-type', 'strtok3', 'token-types', '@tokenizer',
  'uint8array-extras', '@borewit', 'jose',
];

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

// West of Greenwich, so a date handled as a local midnight shows up as the day before in tests,
// not first on a user's machine. (Set before jest starts its workers, which inherit it.)
process.env.TZ = 'America/New_York';

// Suites that need a server run only where one is configured; say so instead of failing.
const needsServer = [
  ['TEST_DATABASE_URL', '\\.postgres\\.int\\.spec\\.ts$', 'PostgreSQL suites'],
  ['EVENTSTORE_CONNECTION_STRING', '\\.eventstoredb\\.int\\.spec\\.ts$', 'EventStoreDB suites'],
];
const notConfigured = needsServer.filter(([variable]) => !process.env[variable]);
for (const [variable, , what] of notConfigured) {
  console.log(`[leerkring] ${variable} is not set: the ${what} do not run (embedded store only).`);
}

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper: {
    '^@leerkring/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^@leerkring/([a-z-]+)/testing$': '<rootDir>/libs/$1/src/testing/index.ts',
  },
  testPathIgnorePatterns: ['/node_modules/', ...notConfigured.map(([, pattern]) => pattern)],
  // Generous: the suites share two cores with PostgreSQL and Chromium in CI; a hang still fails.
  testTimeout: 90000,
};
