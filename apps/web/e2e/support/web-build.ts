import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../../..');
export const WEB_DIST = join(REPO_ROOT, 'dist/web');
const WEB_APP = join(REPO_ROOT, 'apps/web');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/**
 * The production bundle the tests drive: built once, and again only when a source of the web app
 * is newer than the build (the browser tests run what `npm start` serves, not a dev server).
 */
function isFresh(): boolean {
  const built = join(WEB_DIST, 'index.html');
  const sources = ['src', 'index.html', 'vite.config.mts'].map((p) => join(WEB_APP, p));
  return existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime));
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Browser suites in parallel jest workers build once: the first takes the lock, the others wait for it. */
export function ensureWebBuild(): void {
  const lock = join(REPO_ROOT, 'dist/.web-build.lock');
  mkdirSync(join(REPO_ROOT, 'dist'), { recursive: true });
  for (const started = Date.now(); !isFresh();) {
    try {
      mkdirSync(lock);
    } catch {
      // A lock older than two minutes is left by a run that was killed.
      const lockedAt = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - Math.max(lockedAt, started) > 120_000) rmSync(lock, { recursive: true, force: true });
      sleep(500);
      continue;
    }
    try {
      if (!isFresh()) {
        execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(WEB_APP, 'vite.config.mts'), '--logLevel', 'warn'], {
          // jest sets NODE_ENV=test, which would give React's development build: test what ships.
          cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' },
        });
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
