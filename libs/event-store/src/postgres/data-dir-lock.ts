import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Another process has the embedded database open. */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
  constructor(readonly dataDir: string, readonly pid: number) {
    super(`De ingebouwde database in ${dataDir} is in gebruik door proces ${pid}. ` +
      'Stop dat proces eerst (bijvoorbeeld npm start), of gebruik een PostgreSQL-server via DATABASE_URL.');
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * PGlite keeps no lock of its own: two processes opening one folder would corrupt it. A pid
 * file claims the folder; a claim whose process is gone is taken over.
 */
export async function claimDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = join(dataDir, 'leerkring.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => unlink(file).catch(() => undefined);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && isAlive(pid)) throw new DataDirInUseError(dataDir, pid);
      await unlink(file).catch(() => undefined);
    }
  }
  throw new Error(`could not claim ${dataDir}`);
}
