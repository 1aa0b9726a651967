import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** Where `nest build api` writes the API's entry point (the path `npm start` runs). */
export const COMPILED_API = join(ROOT, 'dist', 'apps', 'api', 'apps', 'api', 'src', 'main.js');

/** `COMPILED_API` as package.json's scripts write it: relative to the root, with forward slashes. */
const COMPILED_API_IN_SCRIPTS = relative(ROOT, COMPILED_API).split(sep).join('/');

/**
 * The Node options `npm start` gives the API (its `node ... main.js`): the bench runs the API
 * with the same ones, so what it measures is what `npm start` runs.
 */
export function startNodeOptions(startScript: string): string[] {
  const command = startScript.split('&&').map((part) => part.trim().split(/\s+/)).find((words) => words.includes(COMPILED_API_IN_SCRIPTS));
  if (!command || command[0] !== 'node') throw new Error(`npm start does not run \`node ... ${COMPILED_API_IN_SCRIPTS}\`: ${startScript}`);
  return command.slice(1, command.indexOf(COMPILED_API_IN_SCRIPTS));
}

export const START_NODE_OPTIONS = startNodeOptions(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start,
);

/** What the build compiles: the API with the libraries it imports, and the settings of the compiler. */
const SOURCES = ['apps/api/src', 'libs', 'tsconfig.base.json', 'apps/api/tsconfig.app.json', 'nest-cli.json'].map((path) => join(ROOT, path));

/** The last change under `path` (a file or a folder, walked whole). */
function lastChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, lastChange(join(path, name))), stats.mtimeMs);
}

function nestBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const build = spawn('npx', ['nest', 'build', 'api'], { cwd: ROOT, stdio: 'inherit' });
    build.once('error', reject);
    build.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`nest build api exited with ${code}`))));
  });
}

/**
 * The API measured is the compiled build `npm start` runs: through `@swc-node/register` its
 * compiler and source maps would sit in the API's heap and inflate its RSS. Builds only when the
 * build is missing or older than a source, so repeated runs do not pay for it; answers what it did.
 */
export async function ensureApiBuild(): Promise<string> {
  if (existsSync(COMPILED_API) && statSync(COMPILED_API).mtimeMs > Math.max(...SOURCES.map(lastChange))) {
    return 'the API build (dist) was newer than its sources and was used as it was';
  }
  const started = performance.now();
  await nestBuild();
  return `API built with \`nest build api\` in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}
