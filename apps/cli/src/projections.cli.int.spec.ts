import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openEmbeddedEventStore } from '@leerkring/event-store';

const run = promisify(execFile);
const cli = (dataDir: string, ...args: string[]) => run(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'projections.cli.ts'), ...args], {
  env: { ...process.env, LEERKRING_DATA_DIR: dataDir, DATABASE_URL: '', EVENTSTORE_CONNECTION_STRING: '' },
});

describe('npm run projections', () => {
  it('reports status, rebuilds a read model with progress, and refuses an unknown name', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'leerkring-cli-'));
    const store = await openEmbeddedEventStore(dataDir);
    for (const [regionId, name] of [['JZ36', 'West-Brabant West'], ['JZ08', 'Flevoland']] as const) {
      await store.append(`region-${regionId}`, [{ type: 'RegionRegistered', data: { regionId, slug: regionId.toLowerCase(), name, province: 'Nederland' } }]);
    }
    await store.close();

    const before = await cli(dataDir, 'status');
    expect(before.stdout).toContain('regions');
    expect(before.stdout).toContain('nooit');

    const rebuilt = await cli(dataDir, 'rebuild', 'regions');
    expect(rebuilt.stdout).toContain('Projectie regions is opnieuw opgebouwd');

    const reopened = await openEmbeddedEventStore(dataDir);
    const rows = await reopened.sql.query<{ name: string }>('SELECT name FROM rm_regions.regions ORDER BY name');
    const [checkpoint] = await reopened.sql.query<{ events_seen: number }>(`SELECT events_seen FROM projection_checkpoints WHERE name = 'regions' AND slot = 'live'`);
    await reopened.close();
    expect(rows.map((r) => r.name)).toEqual(['Flevoland', 'West-Brabant West']);
    expect(Number(checkpoint!.events_seen)).toBe(2);

    await expect(cli(dataDir, 'rebuild', 'nope')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Onbekende projectie') });
  }, 120_000);
});
