import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError } from './data-dir-lock';
import { PgliteSqlClient } from './pglite-sql-client';

describe('the embedded data folder', () => {
  it('is refused to a second opener while the first has it, and free again after close', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leerkring-lock-'));
    const first = await PgliteSqlClient.open(dir);
    // A second process is simulated by a live pid that is not ours: our parent's.
    await writeFile(join(dir, 'leerkring.pid'), String(process.ppid));
    await expect(PgliteSqlClient.open(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    await writeFile(join(dir, 'leerkring.pid'), String(process.pid));
    await first.close();
    const again = await PgliteSqlClient.open(dir);
    await again.close();
  });

  it('takes over a claim whose process is gone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leerkring-lock-'));
    await writeFile(join(dir, 'leerkring.pid'), '999999');
    const client = await PgliteSqlClient.open(dir);
    await client.close();
  });
});
