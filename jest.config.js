// NestJS 12 ships ESM only; jest on Node 20 runs CommonJS, so swc transforms those packages too.
const esmOnly = [
  '@nestjs', '@as-integrations', 'file-type', 'strtok3', 'token-types', '@tokenizer',
  'uint8array-extras', '@borewit',
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

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper: {
    '^@leerkring/(domain|event-store)$': '<rootDir>/libs/$1/src/index.ts',
  },
  testTimeout: 30000,
};
