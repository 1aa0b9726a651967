import { START_NODE_OPTIONS, startNodeOptions } from './api-build';

describe('startNodeOptions', () => {
  it('reads the Node options of the command that runs the compiled API', () => {
    expect(startNodeOptions('npm run build:web && nest build api && node --max-old-space-size=512 dist/apps/api/apps/api/src/main.js'))
      .toEqual(['--max-old-space-size=512']);
    expect(startNodeOptions('node dist/apps/api/apps/api/src/main.js')).toEqual([]);
  });

  it('refuses a start script that does not run the compiled API with node', () => {
    expect(() => startNodeOptions('nest start')).toThrow('npm start does not run');
  });

  it('is read from package.json', () => {
    expect(START_NODE_OPTIONS).toEqual(expect.arrayContaining([expect.stringMatching(/^--max-old-space-size=\d+$/)]));
  });
});
